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
        Reading overall = read(whole, style);

        List<SentenceSentiment> sentences = new ArrayList<>();
        for (SentimentText.Sentence sentence : tokenized.sentences()) {
            Reading s = tokenized.sentences().size() == 1 ? overall : read(features.of(sentence.tokens()), style);
            sentences.add(new SentenceSentiment(sentence.begin(), sentence.end(), s.score(), s.label()));
        }
        return new SentimentScore(overall.score(), overall.opinion(), overall.label(), sentences,
                aspects(tokenized, style), MODEL);
    }

    @Override
    public List<TargetSentiment> scoreTargets(String text, List<TextSpan> targets) {
        SentimentText tokenized = features.tokenize(text);
        FeatureVector whole = features.of(SentimentFeatures.allTokens(tokenized));
        double[] style = model.style(whole);
        Reading overall = read(whole, style);
        List<Clause> clauses = Clauses.of(tokenized);
        List<TargetSentiment> result = new ArrayList<>();
        for (TextSpan target : targets) {
            Mean mean = new Mean();
            for (int c = 0; c < clauses.size(); c++) {
                Clause clause = clauses.get(c);
                if (target.overlaps(clause.begin(), clause.end())) {
                    Reading r = clauseReading(clauses, c, style);
                    if (r != null) {
                        mean.add(r);
                    }
                }
            }
            Reading own = mean.count == 0 ? overall : mean.reading();
            result.add(new TargetSentiment(own.score(), own.label(), mean.count > 0));
        }
        return result;
    }

    /** A span's score and opinion, and the label they give. */
    private record Reading(double score, double opinion, SentimentLabel label) {}

    private Reading read(FeatureVector f, double[] style) {
        return reading(model.score(f, style), model.opinion(f));
    }

    private Reading reading(double score, double opinion) {
        return new Reading(score, opinion, thresholds.label(score, opinion));
    }

    /** The mean of several clauses' readings. */
    private final class Mean {
        double score;
        double opinion;
        int count;

        void add(Reading r) {
            score += r.score();
            opinion += r.opinion();
            count++;
        }

        Reading reading() {
            return HealthcareSentimentScorer.this.reading(score / count, opinion / count);
        }
    }

    /**
     * A clause's own reading; for a comparison without words of its own ("better than Lakeside",
     * "unlike Lakeside"), the opposite of the clause it is compared with; null when neither.
     */
    private Reading clauseReading(List<Clause> clauses, int c, double[] style) {
        Clause clause = clauses.get(c);
        if (rules.score(clause.tokens()).sum() != 0) {
            return read(features.of(clause.tokens()), style);
        }
        if (clause.comparative() && c > 0 && rules.score(clauses.get(c - 1).tokens()).sum() != 0) {
            Reading compared = read(features.of(clauses.get(c - 1).tokens()), style);
            return reading(-compared.score(), compared.opinion());
        }
        return null;
    }

    /** Each aspect named: the mean reading of the clauses naming it (their sentence's, if they have no sentiment words). */
    private List<AspectSentiment> aspects(SentimentText tokenized, double[] style) {
        Map<Aspect, Mean> means = new EnumMap<>(Aspect.class);
        for (SentimentText.Sentence sentence : tokenized.sentences()) {
            Reading sentenceReading = null;
            for (Clause clause : Clauses.of(new SentimentText(tokenized.text(), List.of(sentence)))) {
                Reading clauseReading = null;
                for (Aspect aspect : Aspect.values()) {
                    if (!names(clause, aspect)) {
                        continue;
                    }
                    if (clauseReading == null) {
                        if (rules.score(clause.tokens()).sum() != 0) {
                            clauseReading = read(features.of(clause.tokens()), style);
                        } else {
                            if (sentenceReading == null) {
                                sentenceReading = read(features.of(sentence.tokens()), style);
                            }
                            clauseReading = sentenceReading;
                        }
                    }
                    means.computeIfAbsent(aspect, a -> new Mean()).add(clauseReading);
                }
            }
        }
        List<AspectSentiment> aspects = new ArrayList<>();
        means.forEach((aspect, mean) -> {
            Reading r = mean.reading();
            aspects.add(new AspectSentiment(aspect, r.score(), r.label()));
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
