package io.carepulse.jobs.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/EVALUATION.md holds one section per scorer, between {@code <!-- name:start -->} and
 * {@code <!-- name:end -->}; an evaluation command replaces its own section and leaves the rest.
 */
public final class EvaluationReport {

    private EvaluationReport() {}

    public static void replaceSection(Path file, String name, String markdown) throws IOException {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        String block = start + "\n" + markdown.strip() + "\n" + end;
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
                : "# Evaluation\n\nFigures written by the evaluation commands (`scripts/carepulse eval ...`); "
                        + "do not edit between the markers.\n";
        int a = text.indexOf(start);
        int b = text.indexOf(end);
        String updated = a >= 0 && b > a
                ? text.substring(0, a) + block + text.substring(b + end.length())
                : text.stripTrailing() + "\n\n" + block + "\n";
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
