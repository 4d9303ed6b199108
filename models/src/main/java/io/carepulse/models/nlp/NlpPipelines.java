package io.carepulse.models.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP pipelines, each built once per JVM on first use and shared by every scorer and
 * every Flink subtask in the JVM: loading the parser and sentiment models takes seconds and
 * hundreds of megabytes, so no operator may build its own. A pipeline's annotate() is safe to
 * call from several threads on different documents.
 */
public final class NlpPipelines {

    private static final Logger LOG = LoggerFactory.getLogger(NlpPipelines.class);
    private static final ConcurrentMap<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

    private NlpPipelines() {}

    /** Tokens, sentences, parts of speech, constituency parse and the RNTN sentiment model. */
    public static StanfordCoreNLP sentiment() {
        return PIPELINES.computeIfAbsent("sentiment", name -> build(name, sentimentProperties()));
    }

    static Properties sentimentProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
        // social text: a line break ends a thought even without a full stop
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // the PCFG parser's cost grows with the cube of sentence length; beyond this a sentence
        // is scored from its parts rather than stall the pipeline
        props.setProperty("parse.maxlen", "70");
        props.setProperty("tokenize.options", "untokenizable=noneKeep");
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
