package io.carepulse.models.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.models.text.TextSpan;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packaged scorer (real CoreNLP tokenizer, lexicons and trained model) on sentences whose
 * reading is not in doubt. Accuracy is measured by the evaluation command, not here.
 */
class HealthcareSentimentScorerTest {

    private static final SentimentScorer SCORER = new HealthcareSentimentScorer(SentimentThresholds.DEFAULT);

    private static SentimentLabel label(String text) {
        return SCORER.score(text).label();
    }

    @Test
    void plainPraiseAndPlainComplaints() {
        assertThat(label("The nurses were wonderful and the doctor was so kind.")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Worst hospital in the city.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("They billed me twice and nobody answers the phone.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Waited 6 hours in the ER and still not seen")).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void healthcareSensesAreNotReadWithTheirEverydayPolarity() {
        assertThat(label("Tested negative, thank god")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("My biopsy came back positive.")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The pain is gone!")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("Dad is in critical condition tonight.")).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void whetherAnOpinionIsVoicedDecidesNeutralNotTheStrengthOfTheWords() {
        SentimentScore notice = SCORER.score("The flu clinic will be closed on Monday for the holiday.");
        SentimentScore question = SCORER.score("Does the clinic on Main Street take walk-ins on Sundays?");
        SentimentScore quietComplaint = SCORER.score("Had my knee surgery moved three times now. Still no date.");
        assertThat(notice.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(question.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(quietComplaint.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(quietComplaint.opinion()).isGreaterThan(SentimentThresholds.DEFAULT.opinionFrom())
                .isGreaterThan(notice.opinion() + 0.5).isGreaterThan(question.opinion() + 0.5);
    }

    @Test
    void negationContrastAndEmphasis() {
        assertThat(label("Honestly not bad at all")).isEqualTo(SentimentLabel.POSITIVE);
        // negation turns praise around; the score of so short and plain a sentence stays small,
        // but it is an opinion, so the label is clear
        assertThat(SCORER.score("The staff was not helpful").score())
                .isNegative()
                .isLessThan(SCORER.score("The staff was helpful").score() - 0.3);
        assertThat(label("The staff was not helpful")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The staff was not helpful at all and the nurse was not friendly either"))
                .isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(SCORER.score("The ER was GREAT!!! 😍").score())
                .isGreaterThan(SCORER.score("The ER was great.").score());
    }

    @Test
    void scoresEachSentenceWithItsOffsetsAndEachAspectNamed() {
        String text = "The surgeon was excellent and the nurses were kind. The billing department is a disaster.";
        SentimentScore score = SCORER.score(text);
        assertThat(score.sentences()).hasSize(2);
        SentenceSentiment first = score.sentences().get(0);
        SentenceSentiment second = score.sentences().get(1);
        assertThat(text.substring(first.start(), first.end())).endsWith("kind.");
        assertThat(first.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(second.label()).isEqualTo(SentimentLabel.NEGATIVE);
        Map<Aspect, SentimentLabel> aspects = score.aspects().stream()
                .collect(Collectors.toMap(AspectSentiment::aspect, AspectSentiment::label));
        assertThat(aspects).containsEntry(Aspect.STAFF, SentimentLabel.POSITIVE)
                .containsEntry(Aspect.BILLING, SentimentLabel.NEGATIVE);
    }

    @Test
    void eachComparedTargetGetsItsOwnSentiment() {
        String text = "Mercy was great, unlike Lakeside which was a nightmare.";
        List<TargetSentiment> targets = SCORER.scoreTargets(text, List.of(span(text, "Mercy"), span(text, "Lakeside")));
        assertThat(targets).extracting(TargetSentiment::label).containsExactly(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE);
        assertThat(targets).allSatisfy(t -> assertThat(t.own()).isTrue());

        String better = "Mercy Ridge is so much better than Lakeside";
        assertThat(SCORER.scoreTargets(better, List.of(span(better, "Mercy Ridge"), span(better, "Lakeside"))))
                .extracting(TargetSentiment::label).containsExactly(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE);
    }

    private static TextSpan span(String text, String part) {
        int start = text.indexOf(part);
        return new TextSpan(start, start + part.length());
    }
}
