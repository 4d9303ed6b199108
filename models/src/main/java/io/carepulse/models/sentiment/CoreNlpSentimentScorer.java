package io.carepulse.models.sentiment;

import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.Tree;
import io.carepulse.models.nlp.NlpPipelines;
import java.util.ArrayList;
import java.util.List;
import org.ejml.simple.SimpleMatrix;

/**
 * Sentiment from CoreNLP's recursive neural tensor network (RNTN). Each sentence's five-class
 * distribution (very negative .. very positive) becomes its expected value on [-1, 1]; the
 * text's score is the mean over sentences weighted by their length in tokens, so a long
 * complaint is not outvoted by a short "Thanks."
 */
public final class CoreNlpSentimentScorer implements SentimentScorer {

    public static final String MODEL = "corenlp-rntn";
    private static final double[] CLASS_VALUES = {-1.0, -0.5, 0.0, 0.5, 1.0};

    private final StanfordCoreNLP pipeline;
    private final SentimentThresholds thresholds;

    public CoreNlpSentimentScorer(SentimentThresholds thresholds) {
        this(NlpPipelines.sentiment(), thresholds);
    }

    CoreNlpSentimentScorer(StanfordCoreNLP pipeline, SentimentThresholds thresholds) {
        this.pipeline = pipeline;
        this.thresholds = thresholds;
    }

    @Override
    public SentimentScore score(String text) {
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        List<SentenceSentiment> sentences = new ArrayList<>();
        double weighted = 0;
        int weights = 0;
        for (CoreSentence sentence : document.sentences()) {
            Tree tree = sentence.sentimentTree();
            if (tree == null) {
                continue;
            }
            double score = expectedValue(RNNCoreAnnotations.getPredictions(tree));
            sentences.add(new SentenceSentiment(sentence.charOffsets().first(), sentence.charOffsets().second(),
                    score, thresholds.label(score)));
            int tokens = sentence.tokens().size();
            weighted += score * tokens;
            weights += tokens;
        }
        double score = weights == 0 ? 0.0 : clamp(weighted / weights);
        return new SentimentScore(score, thresholds.label(score), sentences, MODEL);
    }

    private static double expectedValue(SimpleMatrix predictions) {
        double value = 0;
        for (int i = 0; i < CLASS_VALUES.length; i++) {
            value += predictions.get(i) * CLASS_VALUES[i];
        }
        return value;
    }

    private static double clamp(double score) {
        return Math.max(-1.0, Math.min(1.0, score));
    }
}
