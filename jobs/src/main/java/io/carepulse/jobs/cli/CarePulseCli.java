package io.carepulse.jobs.cli;

import io.carepulse.jobs.config.ConfigException;
import io.carepulse.models.entity.WatchlistException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The carepulse command line (scripts/carepulse); every command has --help. */
@Command(
        name = "carepulse",
        mixinStandardHelpOptions = true,
        versionProvider = CarePulseCli.Version.class,
        description = "Reputation monitoring and sentiment analytics for healthcare organisations.",
        subcommands = {RunCommand.class, BenchCommand.class, EvalCommand.class, TrainCommand.class, ScanPhiCommand.class,
            CheckReplyCommand.class,
            CommandLine.HelpCommand.class})
public final class CarePulseCli {

    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_CONFIG = 2;

    private static final Logger LOG = LoggerFactory.getLogger(CarePulseCli.class);

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
            // the reason first, in one place; the whole trace is in the log for whoever needs it
            LOG.error("{} failed", cmd.getCommandName(), e);
            cmd.getErr().println("carepulse " + cmd.getCommandName() + " failed: " + reason(e));
            return EXIT_FAILED;
        });
    }

    /** The message, and the innermost cause's where it says more (a failed Flink job wraps the real reason). */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(e.getMessage());
        return root == e || root.getMessage() == null || message.contains(root.getMessage())
                ? message
                : message + " (cause: " + root.getMessage() + ")";
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CarePulseCli.class.getPackage().getImplementationVersion();
            return new String[] {"carepulse " + (version != null ? version : "(development build)")};
        }
    }
}
