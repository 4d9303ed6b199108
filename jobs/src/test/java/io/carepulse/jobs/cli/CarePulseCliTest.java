package io.carepulse.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CarePulseCliTest {

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("--help")).isZero();
        assertThat(cli.out()).contains("Usage: carepulse").contains("run");
        for (String command : CarePulseCli.commandLine().getSubcommands().keySet()) {
            if (!command.equals("help")) {
                assertThat(run(command, "--help")).as(command + " --help").isZero();
                assertThat(cli.out()).contains("Usage: carepulse " + command);
            }
        }
        assertThat(cli.out()).contains("--input").contains("--kafka").contains("--es");
    }

    @Test
    void aConfigurationErrorExitsWithTwoAndNamesTheKey(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("carepulse.yaml");
        Files.writeString(config, Files.readString(Path.of("../config/carepulse.yaml"))
                .replace("parallelism: 2", "parallelism: 0"));
        assertThat(run("run", "--config", config.toString())).isEqualTo(CarePulseCli.EXIT_BAD_CONFIG);
        assertThat(cli.err()).contains(config + ": key job.parallelism: must be at least 1, got 0");
    }

    @Test
    void trainingNamesWithoutDevelopmentFilesSaysWhereItLooked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("test1.jsonl"), "{\"text\": \"held out, never trained on\", \"findings\": []}\n");
        assertThat(run("train", "names", "--corpus", dir.toString(), "--out", dir.resolve("model").toString()))
                .isEqualTo(CarePulseCli.EXIT_BAD_CONFIG);
        assertThat(cli.err()).contains("no dev*.jsonl in " + dir);
        assertThat(dir.resolve("model")).doesNotExist();
    }

    @Test
    void crossValidatingNamesNeedsAFoldPerFileAtMost(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dev1.jsonl"), "{\"text\": \"no one named\", \"findings\": []}\n");
        assertThat(run("train", "names", "--corpus", dir.toString(), "--cross-validate", "2")).isEqualTo(CarePulseCli.EXIT_BAD_CONFIG);
        assertThat(cli.err()).contains("at most one per development file (1 in " + dir + "), got 2");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("run", "--no-such-option")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option: '--no-such-option'");
    }
}
