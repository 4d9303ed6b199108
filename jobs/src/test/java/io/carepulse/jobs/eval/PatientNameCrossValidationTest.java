package io.carepulse.jobs.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.carepulse.models.privacy.HealthPrivacyDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two folds of real (tiny) CRFs, each run inside the real detector on the fold it did not learn from. */
class PatientNameCrossValidationTest {

    private static final String[][] NAMES = {
        {"Lorcan", "Teodoro", "Wiremu", "Ngozi", "Bartholomew", "Ximena", "Agnieszka", "Dashiell"},
        {"Oluwaseun", "Marguerite", "Thaddeus", "Yesenia", "Casimir", "Rosalind", "Anselm", "Florentyna"}};

    private static final String[] SHAPES = {"Huge thanks to the ortho team, %s is walking again",
        "After 9 days on the cardiac floor %s finally ate a full meal", "Shoutout to the night shift, %s slept through for the first time"};

    @Test
    void measuresEachFoldWithAndWithoutTheRecogniserItTrained(@TempDir Path dir) throws Exception {
        List<Path> files = List.of(file(dir.resolve("dev1.jsonl"), NAMES[0]), file(dir.resolve("dev2.jsonl"), NAMES[1]));

        List<PatientNameCrossValidation.Fold> folds = PatientNameCrossValidation.run(files, 2, new HealthPrivacyDetector());

        assertThat(folds).extracting(PatientNameCrossValidation.Fold::files)
                .containsExactly(List.of("dev1.jsonl"), List.of("dev2.jsonl"));
        for (PatientNameCrossValidation.Fold fold : folds) {
            // the rules name a patient in few of these sentences; the recogniser learned the rest from the other fold
            assertThat(fold.without().leaks()).isGreaterThan(NAMES[0].length * SHAPES.length / 2);
            assertThat(fold.with().leaks()).isZero();
            assertThat(fold.with().namesMissed()).isZero();
            assertThat(fold.with().falseFindings()).isEqualTo(fold.without().falseFindings());
        }
    }

    private static Path file(Path file, String[] names) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            for (String shape : SHAPES) {
                String text = String.format(shape, name);
                int start = text.indexOf(name);
                lines.add(json.writeValueAsString(Map.of("text", text, "findings",
                        List.of(Map.of("type", "NAME", "start", start, "end", start + name.length())))));
            }
        }
        return Files.write(file, lines);
    }
}
