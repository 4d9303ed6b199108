package io.carepulse.jobs.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.carepulse.models.sentiment.HealthcareSentimentScorer;
import io.carepulse.models.sentiment.SentimentLabel;
import io.carepulse.models.sentiment.SentimentModel;
import io.carepulse.models.sentiment.SentimentScore;
import io.carepulse.models.sentiment.SentimentScorer;
import io.carepulse.models.sentiment.SentimentThresholds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code carepulse eval sentiment}: scores rated files with the scorer the job uses and compares
 * with the human ratings. A file the packaged model was trained on is recognised by its hash:
 * its direct figures are in-sample, so its cross-validated ones (from training) are reported
 * beside them.
 */
public final class SentimentEvaluation {

    /**
     * One file's figures.
     *
     * @param crossValidated the figures from training when the model was trained on this file, else null
     */
    public record FileResult(String file, SentimentMetrics metrics, double docsPerSecond, SentimentMetrics crossValidated) {

        public boolean inTraining() {
            return crossValidated != null;
        }

        /** The figures to report: cross-validated for a training file, else the direct ones. */
        public SentimentMetrics reported() {
            return inTraining() ? crossValidated : metrics;
        }
    }

    private final SentimentScorer scorer;
    private final Map<String, SentimentMetrics> trainingFigures;

    public SentimentEvaluation(SentimentThresholds thresholds) throws IOException {
        this.scorer = new HealthcareSentimentScorer(thresholds);
        this.trainingFigures = trainingFigures();
    }

    public FileResult evaluate(Path file) throws IOException {
        List<RatedText> rows = RatedTexts.read(file);
        double[] scores = new double[rows.size()];
        SentimentLabel[] labels = new SentimentLabel[rows.size()];
        double[] ratings = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            SentimentScore score = scorer.score(rows.get(i).text());
            scores[i] = score.score();
            labels[i] = score.label();
            ratings[i] = rows.get(i).rating();
        }
        double docsPerSecond = Throughput.docsPerSecond(rows.size(), () -> rows.forEach(r -> scorer.score(r.text())));
        SentimentMetrics metrics = SentimentMetrics.of(scores, labels, ratings);
        SentimentMetrics cv = trainingFigures.get(RatedTexts.sha256(file));
        return new FileResult(file.getFileName().toString(), metrics, docsPerSecond, cv);
    }

    public static ObjectNode json(ObjectMapper mapper, SentimentMetrics m) {
        return mapper.createObjectNode().put("n", m.n()).put("pearson_r", round(m.pearsonR()))
                .put("accuracy3", round(m.accuracy3())).put("macro_f1", round(m.macroF1()))
                .put("binary_accuracy", round(m.binaryAccuracy()));
    }

    /**
     * A file the model was trained on reports its cross-validated figures, as the table does;
     * its in-sample figures (the model scoring what it learned) are kept apart.
     */
    public static ObjectNode json(ObjectMapper mapper, FileResult r) {
        ObjectNode node = mapper.createObjectNode().put("file", r.file());
        node.setAll(json(mapper, r.reported()));
        node.put("docs_per_s", Math.round(r.docsPerSecond()));
        node.put("in_training", r.inTraining());
        if (r.inTraining()) {
            node.set("in_sample", json(mapper, r.metrics()));
        }
        return node;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Cross-validated figures of the packaged model's training files, by the files' hashes. */
    private static Map<String, SentimentMetrics> trainingFigures() throws IOException {
        Map<String, SentimentMetrics> figures = new HashMap<>();
        try (InputStream in = SentimentModel.class.getResourceAsStream(SentimentTraining.METADATA)) {
            if (in == null) {
                return figures;
            }
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode data : root.path("training_data")) {
                JsonNode cv = root.path("cross_validated").path(data.path("file").asText());
                if (!cv.isMissingNode()) {
                    figures.put(data.path("sha256").asText(), new SentimentMetrics(cv.path("n").asInt(),
                            cv.path("pearson_r").asDouble(), cv.path("accuracy3").asDouble(),
                            cv.path("macro_f1").asDouble(), cv.path("binary_accuracy").asDouble()));
                }
            }
        }
        return figures;
    }

    /** The default evaluation files: the development sets, then our healthcare set. */
    public static List<Path> defaultFiles(Path dataDir, Path projectDir) throws IOException {
        List<Path> files = new ArrayList<>(DataFiles.in(dataDir.resolve("sentiment"), ".*\\.txt"));
        files.add(projectDir.resolve("config/evaluation/sentiment/healthcare_mentions.tsv"));
        return files;
    }
}
