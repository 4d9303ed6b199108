package io.carepulse.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CarePulseCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CarePulseCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: carepulse").contains("run");
        for (String command : CarePulseCli.commandLine().getSubcommands().keySet()) {
            if (!command.equals("help")) {
                assertThat(run(command, "--help")).as(command + " --help").isZero();
                assertThat(out.toString()).contains("Usage: carepulse " + command);
            }
        }
        assertThat(out.toString()).contains("--input").contains("--kafka").contains("--es");
    }

    @Test
    void aConfigurationErrorExitsWithTwoAndNamesTheKey(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("carepulse.yaml");
        Files.writeString(config, Files.readString(Path.of("../config/carepulse.yaml"))
                .replace("parallelism: 2", "parallelism: 0"));
        assertThat(run("run", "--config", config.toString())).isEqualTo(CarePulseCli.EXIT_BAD_CONFIG);
        assertThat(err.toString()).contains(config + ": key job.parallelism: must be at least 1, got 0");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("run", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
    }
}
