package io.carepulse.models.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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

    private NlpPipelines() {}

    /**
     * Tokens and sentences: what the sentiment scorer reads text with. Not parts of speech: the
     * tagger alone runs about 1,100 tweets/s on one thread here, half of what a scorer must
     * sustain, and the rules find what they need (numbers, negators) without it.
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
     * Person names for the privacy detector, configured lean: the 3-class CRF only (PERSON,
     * ORGANIZATION, LOCATION), without SUTime, numeric and fine-grained sub-annotators, which
     * the detector's own patterns cover. Still far slower than tokenizing, so the detector runs
     * it only on texts whose words suggest a patient may be named.
     */
    public static StanfordCoreNLP names() {
        return PIPELINES.computeIfAbsent("names", name -> build(name, nameProperties()));
    }

    static Properties nameProperties() {
        Properties props = tokenProperties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.additional.regexner.mapping", "");
        return props;
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
