package io.carepulse.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.models.LabelThresholds;
import io.carepulse.models.ScoredMention;
import io.carepulse.models.entity.Watchlist;
import io.carepulse.models.mention.Author;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.mention.MentionKind;
import io.carepulse.models.sentiment.SentimentLabel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** With the real CoreNLP sentiment model. */
class ScoreMentionTest {

    private static final String TEXT = "Six hours in the Lakeside Regional ER waiting room. Never again.";

    private static Mention mention(String id, String text, String author) {
        return review(id, text, author, null);
    }

    private static Mention review(String id, String text, String author, Double rating) {
        return new Mention(id, "twitter", MentionKind.POST, text, Instant.parse("2026-10-09T19:00:00Z"), null,
                new Author(author, 10L, false), rating, null, null, null, List.of(), null);
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, Mention, ScoredMention> harness() throws Exception {
        ScoreMention score = new ScoreMention(
                Watchlist.load(Path.of("../config/watchlist.yaml")), LabelThresholds.DEFAULT, Duration.ofDays(1));
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(score, new MentionFingerprint(), Types.STRING);
    }

    @Test
    void scoresATextOnceAndLinksItsRepostsToTheFirst() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, Mention, ScoredMention> harness = harness()) {
            Mention original = mention("1", TEXT, "jdoe");
            harness.processElement(original, 0);
            harness.processElement(mention("2", "RT @jdoe: " + TEXT, "LakesideCares"), 1);
            harness.processElement(original, 2); // the same mention again: a replay
            harness.processElement(mention("3", "Lakeside North was fine.", "amy"), 3);

            List<ScoredMention> out = harness.extractOutputValues();
            assertThat(out).hasSize(4);
            ScoredMention first = out.get(0);
            ScoredMention repost = out.get(1);
            assertThat(first.duplicateOf()).isNull();
            assertThat(first.entities()).extracting(e -> e.entityId()).containsExactly("lakeside-regional");
            assertThat(repost.duplicateOf()).isEqualTo(original.documentId());
            assertThat(first.sentiment().sentences()).hasSize(2);
            assertThat(repost.sentiment().score()).isEqualTo(first.sentiment().score());
            assertThat(repost.sentiment().sentences()).as("spans of the first text do not fit the repost").isEmpty();
            assertThat(repost.fingerprint()).isEqualTo(first.fingerprint());
            // the repost's own author is a Lakeside account: entities are per mention, not shared
            assertThat(repost.entities()).extracting(e -> e.entityId()).containsExactly("lakeside-health", "lakeside-regional");
            assertThat(out.get(2).duplicateOf()).isNull();
            assertThat(out.get(2).sentiment()).isEqualTo(first.sentiment());
            assertThat(out.get(3).duplicateOf()).isNull();
            assertThat(out.get(3).fingerprint()).isNotEqualTo(first.fingerprint());
        }
    }

    @Test
    void eachComparedOrganisationGetsItsOwnSentimentAndStarsCount() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, Mention, ScoredMention> harness = harness()) {
            harness.processElement(mention("c", "Mercy Ridge was great, unlike Lakeside Hospital which was a nightmare.", "amy"), 0);
            harness.processElement(review("r", "The visit was fine.", "ben", 1.0), 1);
            List<ScoredMention> out = harness.extractOutputValues();

            ScoredMention compared = out.get(0);
            assertThat(compared.entities()).extracting(e -> e.organisationId()).containsExactly("mercy-ridge", "lakeside-health");
            assertThat(compared.entitySentiments()).extracting(e -> e.label()).containsExactly(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE);
            assertThat(compared.entitySentiments()).allSatisfy(e -> assertThat(e.fromClauses()).isTrue());

            ScoredMention oneStar = out.get(1);
            assertThat(oneStar.ratingBlended()).isTrue();
            assertThat(oneStar.sentiment().score()).isLessThan(oneStar.textScores().sentiment().score());
            assertThat(oneStar.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        }
    }
}
