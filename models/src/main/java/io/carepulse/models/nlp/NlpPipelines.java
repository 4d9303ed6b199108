package io.carepulse.models.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.io.IOUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP pipelines, each built once per JVM on first use and shared by every scorer and
 * every Flink subtask in the JVM: loading models takes seconds and memory, so no operator may
 * build its own. A pipeline's annotate() is safe to call from several threads on different
 * documents.
 */
public final class NlpPipelines {

    private static final Logger LOG = LoggerFactory.getLogger(NlpPipelines.class);
    private static final ConcurrentMap<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();
    private static final String CASINGS = "edu/stanford/nlp/models/truecase/MixDisambiguation.list";
    private static final String NAME_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private NlpPipelines() {}

    /**
     * Tokens and sentences: what the sentiment scorer reads text with. Not parts of speech: the
     * tagger alone runs about 2,600 tweets/s on one thread here, under a third of the scorer's
     * speed without it, and the rules find what they need (numbers, negators) without it.
     */
    public static StanfordCoreNLP tokens() {
        return PIPELINES.computeIfAbsent("tokens", name -> build(name, tokenProperties()));
    }

    static Properties tokenProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        // social text: a line break ends a thought even without a full stop
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.options", "untokenizable=noneKeep");
        return props;
    }

    /**
     * The usual capitals of words that are most often written with some ("maya" → "Maya", "icu" →
     * "ICU", not "will"): the list CoreNLP's truecaser disambiguates with, 181,000 words, read once.
     * The truecaser's own model would cost 650 MB of heap, and slows every other stage with it.
     */
    public static Map<String, String> casings() {
        return Casings.WORDS;
    }

    private static final class Casings {
        static final Map<String, String> WORDS = load();

        private static Map<String, String> load() {
            Map<String, String> words = new HashMap<>(250_000);
            try (BufferedReader lines = IOUtils.readerFromString(CASINGS)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        words.put(line.substring(0, tab), line.substring(tab + 1).strip());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read CoreNLP's truecasing list " + CASINGS, e);
            }
            return Map.copyOf(words);
        }
    }

    /**
     * Person names for the privacy detector: CoreNLP's 3-class CRF (PERSON, ORGANIZATION,
     * LOCATION) applied straight to the tokens of {@link #tokens()}. Its features are words and
     * word shapes, not parts of speech, so the tagger and lemmatiser that the ner annotator would
     * run first (and SUTime, numeric and fine-grained sub-annotators) are skipped: several times
     * faster. Still far slower than tokenizing, so the detector runs it only on texts whose words
     * suggest a person may be named.
     */
    public static CRFClassifier<CoreLabel> names() {
        return Names.CLASSIFIER;
    }

    private static final class Names {
        static final CRFClassifier<CoreLabel> CLASSIFIER = load();

        private static CRFClassifier<CoreLabel> load() {
            long start = System.nanoTime();
            LOG.info("Loading CoreNLP name recogniser ({})", NAME_MODEL);
            try {
                CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(NAME_MODEL);
                LOG.info("CoreNLP name recogniser loaded in {} s", String.format("%.1f", (System.nanoTime() - start) / 1e9));
                return classifier;
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("cannot load the CoreNLP name model " + NAME_MODEL, e);
            }
        }
    }

    private static StanfordCoreNLP build(String name, Properties props) {
        long start = System.nanoTime();
        LOG.info("Loading CoreNLP pipeline '{}' ({})", name, props.getProperty("annotators"));
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        LOG.info("CoreNLP pipeline '{}' loaded in {} s", name,
                String.format("%.1f", (System.nanoTime() - start) / 1e9));
        return pipeline;
    }
}
