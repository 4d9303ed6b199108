package io.carepulse.jobs.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.carepulse.models.misinformation.MisinformationFeatures;
import io.carepulse.models.misinformation.MisinformationScorer;
import io.carepulse.models.misinformation.RiskThresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores labelled posts with the misinformation scorer: a post is flagged when its risk reaches
 * the medium level. Each file is scored as written and again with its links and hashtags
 * removed, the form in which most hospital mentions arrive.
 */
public final class MisinformationEvaluation {

    public record FileResult(String file, ClassificationMetrics metrics, ClassificationMetrics stripped, double docsPerSecond) {}

    private final MisinformationScorer scorer;
    private final RiskThresholds thresholds;

    public MisinformationEvaluation(MisinformationScorer scorer, RiskThresholds thresholds) {
        this.scorer = scorer;
        this.thresholds = thresholds;
    }

    public FileResult evaluate(Path file) throws IOException {
        List<LabelledPost> posts = LabelledPosts.read(file);
        boolean[] actual = new boolean[posts.size()];
        boolean[] predicted = new boolean[posts.size()];
        for (int i = 0; i < posts.size(); i++) {
            actual[i] = posts.get(i).fake();
            predicted[i] = flagged(posts.get(i).text());
        }
        double docsPerSecond = Throughput.docsPerSecond(posts.size(), () -> posts.forEach(p -> scorer.score(p.text())));
        boolean[] strippedPredicted = new boolean[posts.size()];
        for (int i = 0; i < posts.size(); i++) {
            strippedPredicted[i] = flagged(MisinformationFeatures.withoutUrlsAndHashtags(posts.get(i).text()));
        }
        return new FileResult(file.getFileName().toString(), ClassificationMetrics.of(actual, predicted),
                ClassificationMetrics.of(actual, strippedPredicted), docsPerSecond);
    }

    private boolean flagged(String text) {
        return scorer.score(text).risk() >= thresholds.medium();
    }

    public static ObjectNode json(ObjectMapper mapper, FileResult r) {
        ObjectNode node = mapper.createObjectNode().put("file", r.file());
        node.setAll(json(mapper, r.metrics()));
        node.put("docs_per_s", Math.round(r.docsPerSecond()));
        node.set("without_urls_and_hashtags", json(mapper, r.stripped()));
        return node;
    }

    private static ObjectNode json(ObjectMapper mapper, ClassificationMetrics m) {
        ObjectNode node = mapper.createObjectNode().put("n", m.n()).put("accuracy", round(m.accuracy()))
                .put("weighted_f1", round(m.weightedF1())).put("macro_f1", round(m.macroF1()));
        ObjectNode confusion = node.putObject("confusion");
        confusion.put("real_as_real", m.confusion()[0][0]).put("real_as_fake", m.confusion()[0][1])
                .put("fake_as_real", m.confusion()[1][0]).put("fake_as_fake", m.confusion()[1][1]);
        return node;
    }

    public static String summary(FileResult r) {
        return String.format(Locale.ROOT, "%s: n=%d accuracy=%.4f weighted F1=%.4f macro F1=%.4f; without links and hashtags:"
                        + " weighted F1=%.4f; %,.0f docs/s", r.file(), r.metrics().n(), r.metrics().accuracy(),
                r.metrics().weightedF1(), r.metrics().macroF1(), r.stripped().weightedF1(), r.docsPerSecond());
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** The validation split of the public data set and the hand-labelled healthcare set. */
    public static List<Path> defaultFiles(Path dataDir, Path projectDir) {
        List<Path> files = new ArrayList<>();
        Path validation = dataDir.resolve("misinformation/Constraint_Val.csv");
        if (Files.isRegularFile(validation)) {
            files.add(validation);
        }
        files.add(projectDir.resolve("config/evaluation/misinformation/healthcare_claims.csv"));
        return files;
    }
}
