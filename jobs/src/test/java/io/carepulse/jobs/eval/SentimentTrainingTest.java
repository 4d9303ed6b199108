package io.carepulse.jobs.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carepulse.models.linear.FeatureVector;
import io.carepulse.models.sentiment.SentimentFeatures;
import io.carepulse.models.sentiment.SentimentModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a real (tiny) model with liblinear, end to end through the files the command writes. */
class SentimentTrainingTest {

    private static final String[] GOOD = {"great", "wonderful", "excellent", "friendly", "helpful", "amazing"};
    private static final String[] BAD = {"terrible", "awful", "rude", "horrible", "useless", "disgusting"};
    private static final String[] THINGS = {"staff", "service", "visit", "nurse", "product", "film", "food", "clinic"};

    @Test
    void learnsPolarityFromRatedFilesAndWritesModelAndMetadata(@TempDir Path dir) throws Exception {
        List<Path> files = List.of(
                rated(dir.resolve("tweets_small.txt"), "so %s lol, the %s was %s!!"),
                rated(dir.resolve("amazonReviews_small.txt"), "The %s arrived and it is %s, the %s works."),
                rated(dir.resolve("movieReviewSnippets_small.txt"), "A %s film whose %s is %s throughout."),
                rated(dir.resolve("healthcare_small.tsv"), "%s experience at the clinic, the %s was %s"));
        Path out = dir.resolve("model");

        SentimentTrainer.Result result = SentimentTraining.run(files, out,
                new SentimentTrainer.Options(0.3, 1.0, 1.0, 2.0, 2, 2, 2, 7));

        assertThat(result.crossValidated()).containsOnlyKeys(
                "tweets_small.txt", "amazonReviews_small.txt", "movieReviewSnippets_small.txt", "healthcare_small.tsv");
        result.crossValidated().values().forEach(m -> assertThat(m.pearsonR()).isGreaterThan(0.5));

        SentimentModel model;
        try (InputStream in = Files.newInputStream(out.resolve(SentimentModel.RESOURCE))) {
            model = SentimentModel.read(in);
        }
        SentimentFeatures features = new SentimentFeatures();
        FeatureVector praise = features.of("the nurse was wonderful and so helpful");
        FeatureVector complaint = features.of("the nurse was rude and the visit awful");
        assertThat(model.score(praise, model.style(praise))).isPositive();
        assertThat(model.score(complaint, model.style(complaint))).isNegative();
        FeatureVector notice = features.of("usual experience at the clinic, the staff was there");
        assertThat(model.opinion(notice)).isLessThan(result.thresholds().opinionFrom())
                .isLessThan(model.opinion(praise)).isLessThan(model.opinion(complaint));
        assertThat(result.thresholds().opinionFrom()).isLessThan(model.opinion(praise)).isLessThan(model.opinion(complaint));

        JsonNode metadata = new ObjectMapper().readTree(out.resolve(SentimentTraining.METADATA).toFile());
        assertThat(metadata.path("training_data")).hasSize(4);
        assertThat(metadata.path("training_data").get(3).path("sha256").asText())
                .isEqualTo(RatedTexts.sha256(files.get(3)));
        assertThat(metadata.path("thresholds").path("opinion_from").asDouble())
                .isEqualTo(result.thresholds().opinionFrom());
        assertThat(metadata.path("cross_validated").path("healthcare_small.tsv").has("macro_f1")).isTrue();
    }

    /** 72 texts: good, bad and neutral, every word combination once. */
    private static Path rated(Path file, String pattern) throws Exception {
        List<String> lines = new ArrayList<>();
        int id = 0;
        for (String thing : THINGS) {
            for (int k = 0; k < GOOD.length; k += 2) {
                lines.add(line(++id, 3.0, String.format(Locale.ROOT, pattern, GOOD[k], thing, GOOD[k + 1])));
                lines.add(line(++id, -3.0, String.format(Locale.ROOT, pattern, BAD[k], thing, BAD[k + 1])));
                lines.add(line(++id, 0.0, String.format(Locale.ROOT, pattern, "usual", thing, "there")));
            }
        }
        return Files.write(file, lines);
    }

    private static String line(int id, double rating, String text) {
        return id + "\t" + rating + "\t" + text;
    }
}
