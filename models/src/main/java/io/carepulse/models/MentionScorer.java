package io.carepulse.models;

import io.carepulse.models.entity.EntityMatch;
import io.carepulse.models.entity.EntityMatcher;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.misinformation.MisinformationExposure;
import io.carepulse.models.misinformation.MisinformationRisk;
import io.carepulse.models.misinformation.MisinformationScorer;
import io.carepulse.models.privacy.PrivacyGuard;
import io.carepulse.models.privacy.PrivacyScan;
import io.carepulse.models.sentiment.EntitySentiment;
import io.carepulse.models.sentiment.SentimentScore;
import io.carepulse.models.sentiment.SentimentScorer;
import io.carepulse.models.sentiment.SentimentThresholds;
import io.carepulse.models.sentiment.TargetSentiment;
import io.carepulse.models.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores mentions: the privacy scan first, then the text-only scores (sentiment, misinformation
 * risk: expensive, shared by duplicates) and the mention-specific ones (which entities it is
 * about, the sentiment toward each, the star rating's part, the misinformation exposure its
 * reach gives). Usable from a job, a CLI or a test. Each stage's time goes to the
 * {@link StageTimer}, under the names in {@link #STAGES}.
 */
public final class MentionScorer {

    public static final String ENTITY_MATCH = "entity-match";
    public static final String SENTIMENT = "sentiment";
    public static final String ENTITY_SENTIMENT = "entity-sentiment";
    public static final String MISINFORMATION = "misinformation";
    public static final String PRIVACY = "privacy";
    public static final List<String> STAGES = List.of(PRIVACY, ENTITY_MATCH, SENTIMENT, ENTITY_SENTIMENT, MISINFORMATION);
    /** How much a review's stars count in its sentiment, against its text. */
    public static final double RATING_WEIGHT = 0.5;

    private final EntityMatcher entityMatcher;
    private final SentimentScorer sentimentScorer;
    private final SentimentThresholds thresholds;
    private final MisinformationScorer misinformationScorer;
    private final PrivacyGuard privacyGuard;
    private final StageTimer timer;

    public MentionScorer(EntityMatcher entityMatcher, SentimentScorer sentimentScorer, SentimentThresholds thresholds,
                         MisinformationScorer misinformationScorer, PrivacyGuard privacyGuard, StageTimer timer) {
        this.entityMatcher = entityMatcher;
        this.sentimentScorer = sentimentScorer;
        this.thresholds = thresholds;
        this.misinformationScorer = misinformationScorer;
        this.privacyGuard = privacyGuard;
        this.timer = timer;
    }

    /**
     * Finds and redacts PHI: the first step for every mention, so that only the redacted text is
     * scored, indexed or logged after it.
     */
    public PrivacyScan guard(Mention mention) {
        long start = System.nanoTime();
        PrivacyScan scan = privacyGuard.scan(mention);
        timer.record(PRIVACY, System.nanoTime() - start);
        return scan;
    }

    public TextScores scoreText(String text) {
        long start = System.nanoTime();
        SentimentScore sentiment = sentimentScorer.score(text);
        timer.record(SENTIMENT, System.nanoTime() - start);
        start = System.nanoTime();
        MisinformationRisk misinformation = misinformationScorer.score(text);
        timer.record(MISINFORMATION, System.nanoTime() - start);
        return new TextScores(sentiment, misinformation);
    }

    /**
     * Completes a mention whose text was already scored (possibly as an earlier duplicate's).
     *
     * @param mention with its redacted text ({@link #guard})
     */
    public ScoredMention score(Mention mention, PrivacyScan privacy, String fingerprint, String duplicateOf, TextScores textScores) {
        long start = System.nanoTime();
        List<EntityMatch> entities = entityMatcher.match(mention);
        timer.record(ENTITY_MATCH, System.nanoTime() - start);
        SentimentScore sentiment = withRating(textScores.sentiment(), mention.rating());
        start = System.nanoTime();
        List<EntitySentiment> entitySentiments = entitySentiments(mention.text(), entities, sentiment);
        timer.record(ENTITY_SENTIMENT, System.nanoTime() - start);
        MisinformationExposure exposure = MisinformationExposure.of(textScores.misinformation().risk(), mention);
        return new ScoredMention(mention, fingerprint, duplicateOf, entities, textScores, sentiment, entitySentiments,
                exposure, privacy);
    }

    /** Stars 1..5 as -1..+1, weighed with the text: the reviewer's own verdict is strong evidence. */
    private SentimentScore withRating(SentimentScore text, Double rating) {
        if (rating == null) {
            return text;
        }
        double stars = (rating - 3) / 2;
        double score = (1 - RATING_WEIGHT) * text.score() + RATING_WEIGHT * stars;
        // any verdict but three stars is an opinion; three stars say "neither", which weighs towards neutral
        double opinion = (1 - RATING_WEIGHT) * text.opinion() + RATING_WEIGHT * (stars == 0 ? 0 : 1);
        return new SentimentScore(score, opinion, thresholds.label(score, opinion), text.sentences(), text.aspects(),
                text.model());
    }

    /**
     * Each entity's own sentiment when the mention names organisations of more than one watched
     * owner in its text ("Mercy was great, unlike Lakeside"); otherwise the mention's.
     */
    private List<EntitySentiment> entitySentiments(String text, List<EntityMatch> entities, SentimentScore mention) {
        List<EntityMatch> inText = entities.stream().filter(EntityMatch::inText).toList();
        long organisations = inText.stream().map(EntityMatch::organisationId).distinct().count();
        List<EntitySentiment> result = new ArrayList<>();
        if (organisations < 2) {
            for (EntityMatch e : entities) {
                result.add(new EntitySentiment(e.entityId(), mention.score(), mention.label(), false));
            }
            return result;
        }
        List<TargetSentiment> targets = sentimentScorer.scoreTargets(text,
                inText.stream().map(e -> new TextSpan(e.start(), e.end())).toList());
        int t = 0;
        for (EntityMatch e : entities) {
            if (e.inText()) {
                TargetSentiment target = targets.get(t++);
                result.add(new EntitySentiment(e.entityId(), target.score(), target.label(), target.own()));
            } else {
                result.add(new EntitySentiment(e.entityId(), mention.score(), mention.label(), false));
            }
        }
        return result;
    }
}
