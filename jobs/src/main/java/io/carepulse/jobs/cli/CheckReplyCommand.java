package io.carepulse.jobs.cli;

import io.carepulse.models.privacy.HealthPrivacyDetector;
import io.carepulse.models.privacy.PhiFinding;
import io.carepulse.models.privacy.ReplyCheck;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** carepulse check-reply: is a draft reply to a review safe to post? */
@Command(name = "check-reply", mixinStandardHelpOptions = true, description = {
    "Checks a draft reply to a public review before it is posted: does it disclose PHI (a name, a date of",
    "care, a record number...) or confirm that the reviewer is a patient (\"your visit\", \"your procedure\")?",
    "Prints each problem with its span and a suggested safe rewrite. Exit code 0 when safe, 3 when not.",
    "The draft comes from --text, or from standard input."})
final class CheckReplyCommand implements Callable<Integer> {

    static final int EXIT_UNSAFE = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--text", paramLabel = "TEXT", description = "The draft reply (default: read standard input).")
    String text;

    InputStream stdin = System.in;

    @Override
    public Integer call() throws Exception {
        String draft = text != null ? text : new String(stdin.readAllBytes(), StandardCharsets.UTF_8).strip();
        if (draft.isEmpty()) {
            spec.commandLine().getErr().println("carepulse check-reply: no draft (pass --text or pipe it in)");
            return CarePulseCli.EXIT_BAD_CONFIG;
        }
        ReplyCheck.Result result = new ReplyCheck(new HealthPrivacyDetector()).check(draft);
        PrintWriter out = spec.commandLine().getOut();
        if (result.safe()) {
            out.println("SAFE: no PHI and no confirmation that the reviewer is a patient.");
            out.flush();
            return 0;
        }
        out.println("NOT SAFE to post:");
        for (PhiFinding f : result.phi()) {
            out.printf("  discloses %s at %d-%d: \"%s\"%n", f.type(), f.start(), f.end(), draft.substring(f.start(), f.end()));
        }
        for (ReplyCheck.Span s : result.confirmations()) {
            out.printf("  confirms a patient relationship at %d-%d: \"%s\"%n", s.start(), s.end(), draft.substring(s.start(), s.end()));
        }
        out.println("Suggested rewrite:");
        out.println("  " + result.suggestion());
        out.flush();
        return EXIT_UNSAFE;
    }
}
