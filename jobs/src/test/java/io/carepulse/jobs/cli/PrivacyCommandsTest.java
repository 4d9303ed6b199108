package io.carepulse.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scan-phi, check-reply and eval phi with the real detector (CoreNLP's recogniser included). */
class PrivacyCommandsTest {

    private final CliRun cli = new CliRun();

    @Test
    void scanPhiPrintsOneLinePerMentionWithOffsetsIntoTheOriginalText(@TempDir Path dir) throws Exception {
        String text = "@LakesideCares 😡 my mom's MRN 00482913 and nobody can find her chart";
        Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"m1\", \"platform\": \"twitter\", \"kind\": \"post\","
                + " \"text\": \"" + text + "\", \"created_at\": \"2026-10-01T10:00:00Z\", \"author\": {\"handle\": \"jo\"}}\n"
                + "{\"id\": \"m2\", \"platform\": \"twitter\", \"kind\": \"post\", \"text\": \"Lakeside North was great\","
                + " \"created_at\": \"2026-10-01T10:00:00Z\"}\n");
        assertThat(cli.run("scan-phi", "--input", input.toString())).isZero();
        List<JsonNode> lines = cli.out().lines().map(PrivacyCommandsTest::json).toList();
        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0);
        assertThat(first.get("id").asText()).isEqualTo("m1");
        assertThat(first.get("redacted_text").asText()).isEqualTo("@LakesideCares 😡 my mom's MRN [MRN] and nobody can find her chart");
        JsonNode finding = first.get("findings").get(0);
        assertThat(finding.get("type").asText()).isEqualTo("MRN");
        // offsets count code points: the emoji before the number counts once, as in Python
        int[] codePoints = text.codePoints().toArray();
        assertThat(new String(codePoints, finding.get("start").asInt(), finding.get("end").asInt() - finding.get("start").asInt()))
                .isEqualTo("00482913");
        assertThat(lines.get(1).get("findings")).isEmpty();
    }

    @Test
    void checkReplyExitsThreeWithSpansAndARewriteWhenUnsafe() {
        assertThat(cli.run("check-reply", "--text", "Hi Maria, we're sorry Diego's MRI on 7/13 was delayed.")).isEqualTo(3);
        assertThat(cli.out()).contains("NOT SAFE").contains("discloses NAME").contains("\"Maria\"").contains("Suggested rewrite:");
    }

    @Test
    void checkReplyExitsZeroWhenSafe() {
        assertThat(cli.run("check-reply", "--text", "Thank you for sharing this. Please contact our patient relations team.")).isZero();
        assertThat(cli.out()).startsWith("SAFE");
    }

    @Test
    void evalPhiReportsPerTypeAndTheLeaks() throws Exception {
        assertThat(cli.run("eval", "phi", "--json", "--data", "../config/evaluation/phi/test.jsonl")).isZero();
        JsonNode result = json(cli.out().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
        assertThat(result.get("n").asInt()).isEqualTo(320);
        assertThat(result.get("precision").asDouble()).isGreaterThan(0.9);
        assertThat(result.get("recall").asDouble()).isGreaterThan(0.85);
        assertThat(result.at("/per_type/PHONE/recall").asDouble()).isGreaterThan(0.9);
        assertThat(result.has("leaks")).isTrue();
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
