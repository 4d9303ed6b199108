package io.carepulse.jobs.cli;

import io.carepulse.jobs.config.ConfigException;
import io.carepulse.models.entity.WatchlistException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The carepulse command line (scripts/carepulse); every command has --help. */
@Command(
        name = "carepulse",
        mixinStandardHelpOptions = true,
        versionProvider = CarePulseCli.Version.class,
        description = "Reputation monitoring and sentiment analytics for healthcare organisations.",
        subcommands = {RunCommand.class, CommandLine.HelpCommand.class})
public final class CarePulseCli {

    public static final int EXIT_BAD_CONFIG = 2;

    public static void main(String[] args) {
        int exit = 1;
        try {
            exit = commandLine().execute(args);
        } catch (Throwable e) {
            e.printStackTrace();
        } finally {
            // client and Flink threads must not keep a finished or failed command alive
            System.exit(exit);
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new CarePulseCli()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException || e instanceof WatchlistException) {
                cmd.getErr().println("carepulse: configuration error: " + e.getMessage());
                return EXIT_BAD_CONFIG;
            }
            throw e;
        });
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CarePulseCli.class.getPackage().getImplementationVersion();
            return new String[] {"carepulse " + (version != null ? version : "(development build)")};
        }
    }
}
