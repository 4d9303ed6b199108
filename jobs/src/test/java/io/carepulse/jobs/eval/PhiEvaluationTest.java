package io.carepulse.jobs.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.models.privacy.PhiDetector;
import io.carepulse.models.privacy.PhiFinding;
import io.carepulse.models.privacy.PhiType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precision counts the detector's findings, recall the annotated identifiers, and a leak is any character left in clear. */
class PhiEvaluationTest {

    @TempDir
    Path dir;

    private PhiEvaluation.Result evaluate(String row, PhiDetector detector) throws IOException {
        Path file = dir.resolve("one.jsonl");
        Files.writeString(file, row + "\n");
        return new PhiEvaluation(detector).evaluate(file);
    }

    @Test
    void twoFindingsOnOneNameAreOneIdentifierFound() throws IOException {
        // "Teddy K." annotated once, found as "Teddy" and "K."
        String row = "{\"id\":\"x\",\"text\":\"— Teddy K.\",\"findings\":[{\"type\":\"NAME\",\"start\":2,\"end\":10,\"text\":\"Teddy K.\"}]}";
        PhiEvaluation.Result result = evaluate(row, text -> List.of(
                new PhiFinding(PhiType.NAME, 2, 7, 0.9), new PhiFinding(PhiType.NAME, 8, 10, 0.9)));
        int[] names = result.counts().get(PhiType.NAME);
        assertThat(names).containsExactly(2, 0, 1, 0, 0);
        assertThat(PhiEvaluation.Result.recall(names)).isEqualTo(1.0);
        assertThat(result.annotated()).isEqualTo(1);
        assertThat(result.leaks()).isZero();
    }

    @Test
    void oneFindingOverTwoNamesFindsBothAndAPartLeftIsALeak() throws IOException {
        // "Ngozi & Obinna" annotated as two names; one finding covers both, another covers half of a date
        String row = "{\"id\":\"x\",\"text\":\"Ngozi & Obinna 3/14\",\"findings\":[{\"type\":\"NAME\",\"start\":0,\"end\":5,\"text\":\"Ngozi\"},"
                + "{\"type\":\"NAME\",\"start\":8,\"end\":14,\"text\":\"Obinna\"},{\"type\":\"DATE\",\"start\":15,\"end\":19,\"text\":\"3/14\"}]}";
        PhiEvaluation.Result result = evaluate(row, text -> List.of(
                new PhiFinding(PhiType.NAME, 0, 14, 0.9), new PhiFinding(PhiType.DATE, 15, 17, 0.9)));
        assertThat(result.counts().get(PhiType.NAME)).containsExactly(1, 0, 2, 0, 0);
        assertThat(result.counts().get(PhiType.DATE)).containsExactly(1, 0, 1, 0, 1);
        assertThat(result.leaks()).isEqualTo(1);
        assertThat(PhiEvaluation.Result.precision(result.overall())).isEqualTo(1.0);
        assertThat(PhiEvaluation.Result.recall(result.overall())).isEqualTo(1.0);
    }

    @Test
    void anIdentifierFoundUnderAnotherTypeIsMissedButNotLeaked() throws IOException {
        // a patient's fax taken for a phone: redacted all the same
        String row = "{\"id\":\"x\",\"text\":\"fax 608-555-0142\",\"findings\":[{\"type\":\"FAX\",\"start\":4,\"end\":16,\"text\":\"608-555-0142\"}]}";
        PhiEvaluation.Result result = evaluate(row, text -> List.of(new PhiFinding(PhiType.PHONE, 4, 16, 0.9)));
        assertThat(result.counts().get(PhiType.FAX)).containsExactly(0, 0, 0, 1, 0);
        assertThat(result.counts().get(PhiType.PHONE)).containsExactly(0, 1, 0, 0, 0);
        assertThat(result.leaks()).isZero();
    }
}
