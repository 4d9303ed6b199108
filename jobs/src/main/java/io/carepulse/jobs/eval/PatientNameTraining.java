package io.carepulse.jobs.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import edu.stanford.nlp.util.CoreMap;
import io.carepulse.models.nlp.NlpPipelines;
import io.carepulse.models.privacy.PatientNames;
import io.carepulse.models.privacy.PhiFinding;
import io.carepulse.models.privacy.PhiType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the patient name recogniser of the privacy detector on the development files of the PHI
 * corpus: each sentence's tokens, labelled PERSON where the corpus marks a NAME and O elsewhere,
 * so that the staff, public figures and pets the labelling guide leaves in clear are learned as
 * not names. The features are those of CoreNLP's 3-class model, its word clusters (distributional
 * similarity) included: a few thousand labelled names cannot teach what a name looks like in
 * general, clusters learned from a large body of English news can.
 */
public final class PatientNameTraining {

    /** What the model was trained on and how long it took. */
    public record Result(Path model, int mentions, int sentences, int tokens, int nameTokens, double seconds) {}

    public static final String METADATA = "patient-names.crf.json";
    private static final Logger LOG = LoggerFactory.getLogger(PatientNameTraining.class);
    private static final String PERSON = "PERSON";
    private static final String OTHER = "O";

    private PatientNameTraining() {}

    public static Result run(List<Path> files, Path outputDir) throws IOException {
        long start = System.nanoTime();
        List<List<CoreLabel>> sentences = new ArrayList<>();
        int mentions = 0;
        for (Path file : files) {
            for (PhiCorpus.Labelled mention : PhiCorpus.read(file)) {
                sentences.addAll(labelledSentences(mention));
                mentions++;
            }
            LOG.info("Read {}: {} mentions, {} sentences so far", file.getFileName(), mentions, sentences.size());
        }
        int tokens = sentences.stream().mapToInt(List::size).sum();
        int names = (int) sentences.stream().flatMap(List::stream)
                .filter(t -> PERSON.equals(t.get(CoreAnnotations.AnswerAnnotation.class))).count();
        LOG.info("Training the patient name recogniser on {} tokens, {} of them in names", tokens, names);
        Path clusters = Files.createTempFile("carepulse-word-clusters", ".tsv");
        try {
            writeClusters(clusters);
            CRFClassifier<CoreLabel> recogniser = new CRFClassifier<>(features(clusters));
            // what reading a training file does to each document, and classifying a sentence does to it: without
            // the word shapes (and the small-letter words they are judged by) the model learns a different task
            ObjectBankWrapper<CoreLabel> reading = new ObjectBankWrapper<>(recogniser.flags, null, recogniser.getKnownLCWords());
            List<List<CoreLabel>> documents = sentences.stream().map(reading::processDocument).toList();
            recogniser.train(documents, recogniser.makeReaderAndWriter());
            Files.createDirectories(outputDir);
            recogniser.serializeClassifier(outputDir.resolve(PatientNames.RESOURCE).toString());
        } finally {
            Files.deleteIfExists(clusters);
        }
        Result result = new Result(outputDir.resolve(PatientNames.RESOURCE), mentions, sentences.size(), tokens, names,
                (System.nanoTime() - start) / 1e9);
        writeMetadata(files, outputDir.resolve(METADATA), result);
        LOG.info("Patient name recogniser trained in {} s, written to {}", String.format("%.0f", result.seconds()), result.model());
        return result;
    }

    /** The mention's sentences as the detector tokenizes them, each token PERSON inside an annotated name. */
    static List<List<CoreLabel>> labelledSentences(PhiCorpus.Labelled mention) {
        List<PhiFinding> names = mention.gold().stream().filter(f -> f.type() == PhiType.NAME).toList();
        Annotation doc = new Annotation(mention.text());
        NlpPipelines.tokens().annotate(doc);
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labelled = new ArrayList<>();
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                CoreLabel word = new CoreLabel();
                word.setWord(token.word());
                word.setValue(token.word());
                boolean name = names.stream().anyMatch(n -> n.start() <= token.beginPosition() && token.endPosition() <= n.end());
                word.set(CoreAnnotations.AnswerAnnotation.class, name ? PERSON : OTHER);
                word.set(CoreAnnotations.GoldAnswerAnnotation.class, name ? PERSON : OTHER);
                labelled.add(word);
            }
            sentences.add(labelled);
        }
        return sentences;
    }

    /** The flags of CoreNLP's english.all.3class.distsim.prop, with its word clusters. */
    static Properties features(Path clusters) {
        Properties props = new Properties();
        props.setProperty("useClassFeature", "true");
        props.setProperty("useWord", "true");
        props.setProperty("useNGrams", "true");
        props.setProperty("noMidNGrams", "true");
        props.setProperty("maxNGramLeng", "6");
        props.setProperty("usePrev", "true");
        props.setProperty("useNext", "true");
        props.setProperty("useLongSequences", "true");
        props.setProperty("useSequences", "true");
        props.setProperty("usePrevSequences", "true");
        props.setProperty("useTypeSeqs", "true");
        props.setProperty("useTypeSeqs2", "true");
        props.setProperty("useTypeySequences", "true");
        props.setProperty("useOccurrencePatterns", "true");
        props.setProperty("useLastRealWord", "true");
        props.setProperty("useNextRealWord", "true");
        props.setProperty("normalize", "true");
        props.setProperty("wordShape", "chris2useLC");
        props.setProperty("useDisjunctive", "true");
        props.setProperty("disjunctionWidth", "5");
        props.setProperty("maxLeft", "1");
        props.setProperty("useObservedSequencesOnly", "true");
        props.setProperty("useQN", "true");
        props.setProperty("QNsize", "25");
        props.setProperty("featureDiffThresh", "0.05");
        props.setProperty("useDistSim", "true");
        props.setProperty("distSimLexicon", clusters.toString());
        props.setProperty("numberEquivalenceDistSim", "true");
        props.setProperty("unknownWordDistSimClass", "0");
        return props;
    }

    /**
     * CoreNLP ships its word clusters only inside its trained models, not as the file training
     * reads them from; the 3-class model (the one {@link NlpPipelines#names()} loads) holds them in
     * its feature factory, in a private field.
     */
    @SuppressWarnings("unchecked")
    private static void writeClusters(Path file) throws IOException {
        Map<String, String> lexicon;
        try {
            CRFClassifier<CoreLabel> news = NlpPipelines.names();
            Field field = NERFeatureFactory.class.getDeclaredField("lexicon");
            field.setAccessible(true);
            lexicon = (Map<String, String>) field.get(news.featureFactories.get(0));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IOException("cannot read the word clusters of CoreNLP's 3-class name model (has CoreNLP changed?)", e);
        }
        if (lexicon == null || lexicon.isEmpty()) {
            throw new IOException("CoreNLP's 3-class name model has no word clusters (has CoreNLP changed?)");
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : lexicon.entrySet()) {
                out.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        LOG.info("Word clusters of {} words read from CoreNLP's 3-class name model", lexicon.size());
    }

    private static void writeMetadata(List<Path> files, Path target, Result result) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("model", "carepulse-patient-names-1");
        root.put("trained_at", Instant.now().toString());
        root.put("features", "CoreNLP english.all.3class.distsim.prop, with its word clusters");
        root.put("mentions", result.mentions()).put("sentences", result.sentences()).put("tokens", result.tokens())
                .put("name_tokens", result.nameTokens()).put("seconds", Math.round(result.seconds()));
        ArrayNode data = root.putArray("training_data");
        for (Path file : files) {
            data.addObject().put("file", file.getFileName().toString()).put("sha256", RatedTexts.sha256(file));
        }
        json.writeValue(target.toFile(), root);
    }
}
