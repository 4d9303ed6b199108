package io.carepulse.jobs.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationReportTest {

    @Test
    void replacesOnlyItsOwnSectionAndAppendsANewOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("EVALUATION.md");
        EvaluationReport.replaceSection(file, "sentiment", "## Sentiment\nfirst");
        EvaluationReport.replaceSection(file, "misinformation", "## Misinformation\nkept");
        EvaluationReport.replaceSection(file, "sentiment", "## Sentiment\nsecond");

        String text = Files.readString(file);
        assertThat(text).startsWith("# Evaluation")
                .contains("<!-- sentiment:start -->\n## Sentiment\nsecond\n<!-- sentiment:end -->")
                .contains("## Misinformation\nkept")
                .doesNotContain("first");
        assertThat(text.indexOf("sentiment:start")).isLessThan(text.indexOf("misinformation:start"));
    }
}
