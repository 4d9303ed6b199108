package io.carepulse.models.sentiment;

import io.carepulse.models.linear.FeatureVector;
import io.carepulse.models.sentiment.Clauses.Clause;
import io.carepulse.models.sentiment.SentimentText.Token;
import io.carepulse.models.text.TextSpan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * CarePulse's sentiment scorer for social and review text about healthcare. CoreNLP reads the
 * text (tokens and sentences; its POS tagger alone runs about 2,600 docs/s, under a third of
 * this scorer's speed without it, see docs/SENTIMENT.md); VADER-style lexicon rules, extended with
 * healthcare senses, weigh its words; a trained linear model ({@link SentimentModel}) turns
 * those and the words themselves into a score in [-1, 1]. Sentences, aspects and compared
 * targets are scored by the same model on their own clauses, with the whole text's style.
 * Thread-safe; the CoreNLP pipeline and the model are shared.
 */
public final class HealthcareSentimentScorer implements SentimentScorer {

    public static final String MODEL = "carepulse-sentiment-1";

    private final SentimentFeatures features;
    private final SentimentModel model;
    private final SentimentThresholds thresholds;
    private final ValenceRules rules = new ValenceRules();

    public HealthcareSentimentScorer(SentimentThresholds thresholds) {
        this(new SentimentFeatures(), SentimentModel.bundled(), thresholds);
    }

    public HealthcareSentimentScorer(SentimentFeatures features, SentimentModel model, SentimentThresholds thresholds) {
        this.features = features;
        this.model = model;
        this.thresholds = thresholds;
    }

    @Override
    public SentimentScore score(String text) {
        SentimentText tokenized = features.tokenize(text);
        FeatureVector whole = features.of(SentimentFeatures.allTokens(tokenized));
        double[] style = model.style(whole);
        double score = model.score(whole, style);

        List<SentenceSentiment> sentences = new ArrayList<>();
        for (SentimentText.Sentence sentence : tokenized.sentences()) {
            double s = tokenized.sentences().size() == 1 ? score : model.score(features.of(sentence.tokens()), style);
            sentences.add(new SentenceSentiment(sentence.begin(), sentence.end(), s, thresholds.label(s)));
        }
        return new SentimentScore(score, thresholds.label(score), sentences, aspects(tokenized, style), MODEL);
    }

    @Override
    public List<TargetSentiment> scoreTargets(String text, List<TextSpan> targets) {
        SentimentText tokenized = features.tokenize(text);
        FeatureVector whole = features.of(SentimentFeatures.allTokens(tokenized));
        double[] style = model.style(whole);
        double overall = model.score(whole, style);
        List<Clause> clauses = Clauses.of(tokenized);
        List<TargetSentiment> result = new ArrayList<>();
        for (TextSpan target : targets) {
            double sum = 0;
            int own = 0;
            for (int c = 0; c < clauses.size(); c++) {
                Clause clause = clauses.get(c);
                if (!target.overlaps(clause.begin(), clause.end())) {
                    continue;
                }
                Double s = clauseScore(clauses, c, style);
                if (s != null) {
                    sum += s;
                    own++;
                }
            }
            double score = own == 0 ? overall : sum / own;
            result.add(new TargetSentiment(score, thresholds.label(score), own > 0));
        }
        return result;
    }

    /**
     * A clause's own score; for a comparison without words of its own ("better than Lakeside",
     * "unlike Lakeside"), the opposite of the clause it is compared with; null when neither.
     */
    private Double clauseScore(List<Clause> clauses, int c, double[] style) {
        Clause clause = clauses.get(c);
        if (rules.score(clause.tokens()).sum() != 0) {
            return model.score(features.of(clause.tokens()), style);
        }
        if (clause.comparative() && c > 0 && rules.score(clauses.get(c - 1).tokens()).sum() != 0) {
            return -model.score(features.of(clauses.get(c - 1).tokens()), style);
        }
        return null;
    }

    /** Each aspect named: the mean score of the clauses naming it (their sentence's, if they have no sentiment words). */
    private List<AspectSentiment> aspects(SentimentText tokenized, double[] style) {
        Map<Aspect, double[]> sums = new EnumMap<>(Aspect.class);
        for (SentimentText.Sentence sentence : tokenized.sentences()) {
            Double sentenceScore = null;
            for (Clause clause : Clauses.of(new SentimentText(tokenized.text(), List.of(sentence)))) {
                Double clauseScore = null;
                for (Aspect aspect : Aspect.values()) {
                    if (!names(clause, aspect)) {
                        continue;
                    }
                    if (clauseScore == null) {
                        if (rules.score(clause.tokens()).sum() != 0) {
                            clauseScore = model.score(features.of(clause.tokens()), style);
                        } else {
                            if (sentenceScore == null) {
                                sentenceScore = model.score(features.of(sentence.tokens()), style);
                            }
                            clauseScore = sentenceScore;
                        }
                    }
                    double[] sum = sums.computeIfAbsent(aspect, a -> new double[2]);
                    sum[0] += clauseScore;
                    sum[1]++;
                }
            }
        }
        List<AspectSentiment> aspects = new ArrayList<>();
        sums.forEach((aspect, sum) -> {
            double mean = sum[0] / sum[1];
            aspects.add(new AspectSentiment(aspect, mean, thresholds.label(mean)));
        });
        return aspects;
    }

    private static boolean names(Clause clause, Aspect aspect) {
        for (Token token : clause.tokens()) {
            if (aspect.isCue(token.norm())) {
                return true;
            }
        }
        return false;
    }
}
