package io.carepulse.jobs.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.carepulse.models.linear.InverseDocumentFrequency;
import io.carepulse.models.misinformation.LinearMisinformationScorer;
import io.carepulse.models.misinformation.MisinformationFeatures;
import io.carepulse.models.misinformation.MisinformationModel;
import io.carepulse.models.misinformation.RiskThresholds;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code carepulse train misinformation}: reads the training CSVs, trains the model, and writes
 * it with its metadata (training data and their SHA-256, C, cross-validated figures, and the
 * figures on the validation files) where the scorer loads it from.
 */
public final class MisinformationTraining {

    private static final Logger LOG = LoggerFactory.getLogger(MisinformationTraining.class);

    private MisinformationTraining() {}

    /** The healthcare training sets are named healthcare_*.csv (config/training/misinformation). */
    static boolean isHealthcare(Path file) {
        return file.getFileName().toString().startsWith("healthcare");
    }

    public static MisinformationTrainer.Result run(List<Path> trainingFiles, List<Path> validationFiles, Path outputDir,
                                                   MisinformationTrainer.Options options) throws IOException {
        Map<Path, List<LabelledPost>> postsByFile = new LinkedHashMap<>();
        for (Path file : trainingFiles) {
            List<LabelledPost> posts = LabelledPosts.read(file);
            postsByFile.put(file, posts);
            LOG.info("{}: {} posts ({} misinformation)", file.getFileName(), posts.size(),
                    posts.stream().filter(LabelledPost::fake).count());
        }
        MisinformationFeatures unweighed = new MisinformationFeatures();
        InverseDocumentFrequency rarity = InverseDocumentFrequency.count(MisinformationFeatures.DIMENSION,
                postsByFile.values().stream().flatMap(List::stream).parallel().map(p -> unweighed.vector(p.text())).toList());
        MisinformationFeatures features = new MisinformationFeatures(rarity.weights());
        List<MisinformationTrainer.Example> examples = new ArrayList<>();
        postsByFile.forEach((file, posts) -> examples.addAll(posts.parallelStream()
                .map(p -> MisinformationTrainer.example(features, p, isHealthcare(file))).toList()));
        MisinformationTrainer.Result result = new MisinformationTrainer(options).train(examples, rarity);
        Files.createDirectories(outputDir);
        try (OutputStream out = Files.newOutputStream(outputDir.resolve(MisinformationModel.RESOURCE))) {
            result.model().write(out);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("model", LinearMisinformationScorer.MODEL);
        root.put("trained_at", Instant.now().toString());
        root.put("news_c", result.news().c());
        root.put("c", result.chosen().c());
        root.put("features_weighed_by", "inverse document frequency over " + rarity.documents() + " training posts");
        root.put("healthcare_repeat", result.chosen().healthcareRepeat());
        root.put("learned_without_links_and_hashtags_too", options.stripped());
        ArrayNode data = root.putArray("training_data");
        for (Path file : trainingFiles) {
            data.addObject().put("file", file.getFileName().toString()).put("sha256", RatedTexts.sha256(file));
        }
        ArrayNode newsCv = root.putArray("news_cross_validated");
        for (MisinformationTrainer.NewsTrial t : result.newsTrials()) {
            figure(newsCv.addObject().put("c", t.c()), "covid_weighted_f1", t.covidF1());
        }
        ArrayNode cv = root.putArray("cross_validated");
        for (MisinformationTrainer.Trial t : result.trials()) {
            ObjectNode trial = cv.addObject().put("c", t.c()).put("healthcare_repeat", t.healthcareRepeat());
            figure(trial, "covid_weighted_f1", t.covidF1());
            figure(trial, "healthcare_weighted_f1", t.healthcareF1());
        }
        LinearMisinformationScorer scorer = new LinearMisinformationScorer(result.model(), RiskThresholds.DEFAULT);
        ArrayNode validation = root.putArray("validation");
        for (Path file : validationFiles) {
            MisinformationEvaluation.FileResult r = new MisinformationEvaluation(scorer, RiskThresholds.DEFAULT).evaluate(file);
            LOG.info("{}", MisinformationEvaluation.summary(r));
            validation.add(MisinformationEvaluation.json(json, r));
        }
        json.writeValue(outputDir.resolve(MisinformationModel.METADATA).toFile(), root);
        return result;
    }

    /** A figure to four places; null when it was not measured (a single setting is not cross-validated). */
    private static void figure(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, Math.round(value * 10000) / 10000.0);
        }
    }
}
