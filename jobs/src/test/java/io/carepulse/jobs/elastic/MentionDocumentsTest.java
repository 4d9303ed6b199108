package io.carepulse.jobs.elastic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carepulse.models.ScoredMention;
import io.carepulse.models.TextScores;
import io.carepulse.models.entity.EntityKind;
import io.carepulse.models.entity.EntityMatch;
import io.carepulse.models.entity.MatchSource;
import io.carepulse.models.mention.Author;
import io.carepulse.models.mention.Engagement;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.mention.MentionKind;
import io.carepulse.models.misinformation.MisinformationExposure;
import io.carepulse.models.misinformation.MisinformationRisk;
import io.carepulse.models.misinformation.RiskLevel;
import io.carepulse.models.privacy.PhiFinding;
import io.carepulse.models.privacy.PhiType;
import io.carepulse.models.privacy.PrivacyIncident;
import io.carepulse.models.privacy.PrivacyScan;
import io.carepulse.models.sentiment.Aspect;
import io.carepulse.models.sentiment.AspectSentiment;
import io.carepulse.models.sentiment.EntitySentiment;
import io.carepulse.models.sentiment.SentenceSentiment;
import io.carepulse.models.sentiment.SentimentLabel;
import io.carepulse.models.sentiment.SentimentScore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final MentionDocuments documents = new MentionDocuments(new IndexNames("carepulse-"));

    static ScoredMention fullyPopulated() {
        Mention mention = new Mention("gr-1", "google_reviews", MentionKind.REVIEW, "Dr. Rao was great. Parking was not.",
                Instant.parse("2026-09-30T23:30:00Z"), "https://maps.example.org/r/1", new Author("jane", 12L, false),
                4.0, new Engagement(3L, null, 1L), "gr-0", "en", List.of("mercy-ridge"), "{\"collector\":\"bw\",\"n\":1}");
        EntityMatch rao = new EntityMatch("dr-anita-rao", "Dr. Anita Rao", EntityKind.PROVIDER, "mercy-ridge",
                "mercy-ridge-general", MatchSource.ALIAS, "Dr. Rao", 0, 7);
        SentimentScore text = new SentimentScore(0.123456, 0.456789, SentimentLabel.NEUTRAL, List.of(
                new SentenceSentiment(0, 18, 0.6, SentimentLabel.POSITIVE),
                new SentenceSentiment(19, 35, -0.4, SentimentLabel.NEGATIVE)),
                List.of(new AspectSentiment(Aspect.STAFF, 0.6, SentimentLabel.POSITIVE),
                        new AspectSentiment(Aspect.FACILITIES, -0.4, SentimentLabel.NEGATIVE)), "test-model");
        SentimentScore withRating = new SentimentScore(0.31, 0.73, SentimentLabel.POSITIVE, text.sentences(), text.aspects(), "test-model");
        MisinformationRisk risk = new MisinformationRisk(0.91, RiskLevel.HIGH, List.of("miracle cure claim", "\"detox\""),
                "test-misinformation");
        return new ScoredMention(mention, "fp", "0123456789abcdef0123456789abcdef", List.of(rao), new TextScores(text, risk),
                withRating, List.of(new EntitySentiment("dr-anita-rao", 0.6, SentimentLabel.POSITIVE, true)),
                MisinformationExposure.of(risk.risk(), mention),
                new PrivacyScan(List.of(new PhiFinding(PhiType.NAME, 0, 7, 0.9), new PhiFinding(PhiType.DATE, 10, 15, 0.85),
                        new PhiFinding(PhiType.NAME, 20, 25, 0.9)), "[NAME] was great.", PrivacyIncident.HIGH));
    }

    @Test
    void goesToTheIndexOfItsEventMonthUnderItsStableId() {
        ScoredMention scored = fullyPopulated();
        BulkEntry entry = documents.entry(scored, Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(entry.index()).isEqualTo("carepulse-mentions-2026.09");
        assertThat(entry.id()).isEqualTo(scored.mention().documentId());
    }

    @Test
    void writesTheDocumentedFields() throws Exception {
        JsonNode doc = JSON.readTree(documents.entry(fullyPopulated(), Instant.parse("2026-11-25T00:00:00Z")).document());
        assertThat(doc.get("mention_id").asText()).isEqualTo("gr-1");
        assertThat(doc.get("kind").asText()).isEqualTo("review");
        assertThat(doc.get("created_at").asText()).isEqualTo("2026-09-30T23:30:00Z");
        assertThat(doc.at("/author/followers").asLong()).isEqualTo(12);
        assertThat(doc.at("/engagement").has("shares")).isFalse();
        assertThat(doc.at("/extra/collector").asText()).isEqualTo("bw");
        assertThat(doc.get("is_duplicate").asBoolean()).isTrue();
        assertThat(doc.get("organisation_ids")).hasSize(1);
        assertThat(doc.at("/entities/0/matched_by").asText()).isEqualTo("alias");
        assertThat(doc.at("/sentiment/score").asDouble()).isEqualTo(0.31);
        assertThat(doc.at("/sentiment/text_score").asDouble()).isEqualTo(0.1235);
        assertThat(doc.at("/sentiment/opinion").asDouble()).isEqualTo(0.73);
        assertThat(doc.at("/sentiment/rating_blended").asBoolean()).isTrue();
        assertThat(doc.at("/sentiment/sentences/1/label").asText()).isEqualTo("negative");
        assertThat(doc.at("/entities/0/sentiment_score").asDouble()).isEqualTo(0.6);
        assertThat(doc.at("/entities/0/sentiment_from_clauses").asBoolean()).isTrue();
        assertThat(doc.get("aspects")).extracting(JsonNode::asText).containsExactly("staff", "facilities");
        assertThat(doc.at("/aspect_sentiment/facilities").asDouble()).isEqualTo(-0.4);
        assertThat(doc.at("/misinformation/risk").asDouble()).isEqualTo(0.91);
        assertThat(doc.at("/misinformation/level").asText()).isEqualTo("high");
        assertThat(doc.at("/misinformation/reasons/0").asText()).isEqualTo("miracle cure claim");
        assertThat(doc.at("/misinformation/reasons/1").asText()).isEqualTo("\"detox\"");
        // jane: 12 followers, 3 likes, 1 reply
        assertThat(doc.at("/misinformation/estimated_reach").asLong()).isEqualTo(12 + 10 + 3);
        assertThat(doc.at("/misinformation/exposure").asDouble()).isEqualTo(Math.round(0.91 * Math.log10(35) / 7 * 10000) / 10000.0);
        assertThat(doc.at("/misinformation/model").asText()).isEqualTo("test-misinformation");
        assertThat(doc.at("/privacy/findings").asInt()).isEqualTo(3);
        assertThat(doc.at("/privacy/types").valueStream().map(JsonNode::asText)).containsExactly("NAME", "DATE");
        assertThat(doc.at("/privacy/counts/name").asInt()).isEqualTo(2);
        assertThat(doc.at("/privacy/incident").asText()).isEqualTo("high");
    }

    @Test
    void everyMappedFieldIsDocumented() throws Exception {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/INDICES.md"));
        for (String template : List.of("mentions.json", "deadletter.json")) {
            JsonNode properties = IndexMappingAssert.template(template).at("/template/mappings/properties");
            assertThat(IndexMappingAssert.fieldPaths(properties, ""))
                    .allSatisfy(field -> assertThat(docs).as(template).contains("`" + field + "`"));
        }
    }

    @Test
    void everyFieldWrittenIsInTheStrictMapping() throws Exception {
        JsonNode doc = JSON.readTree(documents.entry(fullyPopulated(), Instant.now()).document());
        IndexMappingAssert.assertMapped(doc, "mentions.json");
    }
}
