package io.carepulse.jobs.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carepulse.models.misinformation.LinearMisinformationScorer;
import io.carepulse.models.misinformation.MisinformationFeatures;
import io.carepulse.models.misinformation.MisinformationModel;
import io.carepulse.models.misinformation.RiskThresholds;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a real (tiny) model with LIBLINEAR, end to end through the files the command writes. */
class MisinformationTrainingTest {

    private static final String[] CURES = {"garlic", "bleach", "turmeric", "borax", "silver", "kernels"};
    private static final String[] ILLS = {"cancer", "covid", "diabetes", "autism", "arthritis", "flu"};

    @Test
    void learnsFromLabelledCsvAndWritesModelAndMetadata(@TempDir Path dir) throws Exception {
        Path train = posts(dir.resolve("Constraint_small.csv"), "%s cures %s in days, doctors hide it",
                "Hospital reports %s clinic for %s patients opens today");
        Path healthcare = posts(dir.resolve("healthcare_small.csv"), "my naturopath says %s reverses %s, they hide it",
                "Our %s screening for %s is free this week at the clinic");
        Path out = dir.resolve("model");

        MisinformationTrainer.Result result = MisinformationTraining.run(List.of(train, healthcare), List.of(train), out,
                new MisinformationTrainer.Options(List.of(16.0, 64.0), List.of(1.0, 4.0), List.of(1, 2), 2, 3, true));

        assertThat(result.trials()).hasSize(4);
        assertThat(result.trials()).allSatisfy(t -> {
            assertThat(t.covidF1()).isGreaterThan(0.9);
            assertThat(t.healthcareF1()).isGreaterThan(0.9);
        });
        MisinformationModel model;
        try (InputStream in = Files.newInputStream(out.resolve(MisinformationModel.RESOURCE))) {
            model = MisinformationModel.read(in);
        }
        LinearMisinformationScorer scorer = new LinearMisinformationScorer(model, RiskThresholds.DEFAULT);
        assertThat(scorer.score("garlic cures arthritis in days, doctors hide it").risk()).isGreaterThan(0.5);
        assertThat(scorer.score("Hospital reports flu clinic for cancer patients opens today").risk()).isLessThan(0.5);

        JsonNode metadata = new ObjectMapper().readTree(out.resolve(MisinformationModel.METADATA).toFile());
        assertThat(metadata.path("training_data").get(1).path("sha256").asText()).isEqualTo(RatedTexts.sha256(healthcare));
        assertThat(metadata.path("healthcare_repeat").asInt()).isEqualTo(result.chosen().healthcareRepeat());
        assertThat(metadata.path("cross_validated")).hasSize(4);
        assertThat(metadata.path("validation").get(0).path("weighted_f1").asDouble()).isGreaterThan(0.9);
        assertThat(metadata.path("c").asDouble()).isEqualTo(result.chosen().c());
        assertThat(metadata.path("news_c").asDouble()).isEqualTo(result.news().c());
        assertThat(metadata.path("news_cross_validated")).hasSize(2);
    }

    private static Path posts(Path file, String fake, String real) throws Exception {
        List<String> lines = new ArrayList<>(List.of("id,tweet,label"));
        int id = 0;
        for (String cure : CURES) {
            for (String ill : ILLS) {
                lines.add(++id + ",\"" + String.format(fake, cure, ill) + "\",fake");
                lines.add(++id + ",\"" + String.format(real, ill, cure) + "\",real");
            }
        }
        return Files.write(file, lines);
    }
}
