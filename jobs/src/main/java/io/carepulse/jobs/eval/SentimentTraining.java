package io.carepulse.jobs.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.carepulse.models.sentiment.SentimentFeatures;
import io.carepulse.models.sentiment.SentimentModel;
import io.carepulse.models.sentiment.TextStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code carepulse train sentiment}: reads the development sets (tweets: social, Amazon
 * snippets: reviews, film snippets: prose) and CarePulse's own healthcare training sets
 * (social posts and reviews), trains and cross-validates, and writes the model with a metadata
 * file recording the training data's hashes, the options, the thresholds and the
 * cross-validated figures.
 */
public final class SentimentTraining {

    private static final Logger LOG = LoggerFactory.getLogger(SentimentTraining.class);
    public static final String METADATA = "sentiment-model.json";

    private SentimentTraining() {}

    /** The style a development file stands for, by its name. */
    static TextStyle styleOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("healthcare")) {
            return TextStyle.HEALTHCARE;
        }
        if (name.contains("movie")) { // before "review": the file is movieReviewSnippets
            return TextStyle.PROSE;
        }
        if (name.contains("tweet") || name.contains("social")) {
            return TextStyle.SOCIAL;
        }
        if (name.contains("amazon") || name.contains("review")) {
            return TextStyle.REVIEW;
        }
        throw new IllegalArgumentException(file + ": the name says neither healthcare, tweet/social, amazon/review "
                + "nor movie, so the kind of its texts is unknown");
    }

    public static SentimentTrainer.Result run(List<Path> files, Path outputDir, SentimentTrainer.Options options)
            throws IOException {
        SentimentFeatures features = new SentimentFeatures();
        List<SentimentTrainer.Example> examples = new ArrayList<>();
        for (Path file : files) {
            TextStyle style = styleOf(file);
            List<RatedText> rows = RatedTexts.read(file);
            long start = System.nanoTime();
            String name = file.getFileName().toString();
            examples.addAll(rows.parallelStream()
                    .map(r -> new SentimentTrainer.Example(name, style, r.target(), features.of(r.text())))
                    .toList());
            LOG.info("{}: {} texts ({}), features in {} s", name, rows.size(), style,
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        }
        SentimentTrainer.Result result = new SentimentTrainer(options).train(examples);
        Files.createDirectories(outputDir);
        try (OutputStream out = Files.newOutputStream(outputDir.resolve(SentimentModel.RESOURCE))) {
            result.model().write(out);
        }
        writeMetadata(files, outputDir.resolve(METADATA), options, result);
        return result;
    }

    private static void writeMetadata(List<Path> files, Path target, SentimentTrainer.Options options,
                                      SentimentTrainer.Result result) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("model", "carepulse-sentiment-1");
        root.put("trained_at", Instant.now().toString());
        root.putPOJO("options", options);
        root.putObject("thresholds")
                .put("opinion_from", result.thresholds().opinionFrom())
                .put("positive_from", result.thresholds().positiveFrom());
        ArrayNode data = root.putArray("training_data");
        for (Path file : files) {
            data.addObject().put("file", file.getFileName().toString()).put("sha256", RatedTexts.sha256(file))
                    .put("style", styleOf(file).name().toLowerCase(Locale.ROOT));
        }
        ObjectNode cv = root.putObject("cross_validated");
        for (Map.Entry<String, SentimentMetrics> e : result.crossValidated().entrySet()) {
            cv.set(e.getKey(), SentimentEvaluation.json(json, e.getValue()));
        }
        json.writeValue(target.toFile(), root);
    }
}
