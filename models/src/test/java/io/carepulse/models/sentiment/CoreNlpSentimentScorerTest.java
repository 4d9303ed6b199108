package io.carepulse.models.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Against the real CoreNLP models (loaded once for this JVM). */
class CoreNlpSentimentScorerTest {

    private static final SentimentScorer SCORER = new CoreNlpSentimentScorer(SentimentThresholds.DEFAULT);

    @Test
    void clearPraiseAndClearComplaintGetOppositeLabels() {
        SentimentScore praise = SCORER.score("The nurses were wonderful and the doctor was kind and very helpful.");
        SentimentScore complaint = SCORER.score("The worst hospital I have ever been to. Terrible care.");
        assertThat(praise.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(complaint.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(praise.score()).isGreaterThan(complaint.score());
        assertThat(praise.model()).isEqualTo(CoreNlpSentimentScorer.MODEL);
    }

    @Test
    void scoresEachSentenceWithItsOffsets() {
        String text = "The surgeon was excellent. The billing department is a disaster.";
        SentimentScore score = SCORER.score(text);
        assertThat(score.sentences()).hasSize(2);
        SentenceSentiment first = score.sentences().get(0);
        SentenceSentiment second = score.sentences().get(1);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("The surgeon was excellent.");
        assertThat(text.substring(second.start(), second.end())).isEqualTo("The billing department is a disaster.");
        assertThat(first.score()).isGreaterThan(second.score());
        assertThat(score.score()).isBetween(second.score(), first.score());
    }

    @Test
    void aSentenceLongerThanTheParserLimitIsStillScored() {
        String longSentence = "We waited and " + "waited and ".repeat(80) + "nobody came.";
        SentimentScore score = SCORER.score(longSentence);
        assertThat(score.score()).isBetween(-1.0, 1.0);
        assertThat(score.sentences()).hasSize(1);
    }
}
