package io.carepulse.jobs.elastic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.carepulse.models.ScoredMention;
import io.carepulse.models.entity.EntityMatch;
import io.carepulse.models.mention.Author;
import io.carepulse.models.mention.Engagement;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.misinformation.MisinformationExposure;
import io.carepulse.models.misinformation.MisinformationRisk;
import io.carepulse.models.privacy.PhiType;
import io.carepulse.models.privacy.PrivacyScan;
import io.carepulse.models.sentiment.AspectSentiment;
import io.carepulse.models.sentiment.EntitySentiment;
import io.carepulse.models.sentiment.SentenceSentiment;
import io.carepulse.models.sentiment.SentimentScore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Turns a scored mention into its document in {@code <prefix>mentions-YYYY.MM}, field by field
 * as documented in docs/INDICES.md and mapped in config/elasticsearch/mentions.json. Written by
 * hand rather than by reflection so that renaming a Java field can never silently rename an
 * indexed one (the mapping is strict, so a stray field would be refused).
 */
public final class MentionDocuments extends RichMapFunction<ScoredMention, BulkEntry> {

    /** The accumulator with this step's time, for the benchmark's time shares. */
    public static final String NANOS = "document-nanos";

    private static final JsonFactory JSON = new JsonFactory();

    private final IndexNames indexNames;
    private transient LongCounter nanos;

    public MentionDocuments(IndexNames indexNames) {
        this.indexNames = indexNames;
    }

    @Override
    public void open(OpenContext openContext) {
        nanos = getRuntimeContext().getLongCounter(NANOS);
    }

    @Override
    public BulkEntry map(ScoredMention scored) {
        long start = System.nanoTime();
        BulkEntry entry = entry(scored, Instant.now());
        nanos.add(System.nanoTime() - start);
        return entry;
    }

    public BulkEntry entry(ScoredMention scored, Instant indexedAt) {
        return new BulkEntry(
                indexNames.mentions(scored.mention().createdAt()), scored.documentId(), document(scored, indexedAt));
    }

    static byte[] document(ScoredMention scored, Instant indexedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            Mention m = scored.mention();
            g.writeStartObject();
            g.writeStringField("mention_id", m.id());
            g.writeStringField("platform", m.platform());
            g.writeStringField("kind", m.kind().code());
            g.writeStringField("text", m.text());
            g.writeStringField("created_at", m.createdAt().toString());
            g.writeStringField("indexed_at", indexedAt.toString());
            optional(g, "url", m.url());
            author(g, m.author());
            if (m.rating() != null) {
                g.writeNumberField("rating", m.rating());
            }
            engagement(g, m.engagement());
            optional(g, "in_reply_to", m.inReplyTo());
            optional(g, "language", m.language());
            strings(g, "entity_hints", m.entityHints());
            if (m.extraJson() != null) {
                g.writeFieldName("extra");
                g.writeRawValue(m.extraJson());
            }
            g.writeStringField("fingerprint", scored.fingerprint());
            optional(g, "duplicate_of", scored.duplicateOf());
            g.writeBooleanField("is_duplicate", scored.duplicateOf() != null);
            entities(g, scored);
            sentiment(g, scored);
            aspects(g, scored.sentiment());
            misinformation(g, scored);
            privacy(g, scored.privacy());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the document of mention " + scored.documentId(), e);
        }
        return out.toByteArray();
    }

    private static void author(JsonGenerator g, Author author) throws IOException {
        if (author == null) {
            return;
        }
        g.writeObjectFieldStart("author");
        optional(g, "handle", author.handle());
        optional(g, "followers", author.followers());
        if (author.verified() != null) {
            g.writeBooleanField("verified", author.verified());
        }
        g.writeEndObject();
    }

    private static void engagement(JsonGenerator g, Engagement engagement) throws IOException {
        if (engagement == null) {
            return;
        }
        g.writeObjectFieldStart("engagement");
        optional(g, "likes", engagement.likes());
        optional(g, "shares", engagement.shares());
        optional(g, "replies", engagement.replies());
        g.writeEndObject();
    }

    private static void entities(JsonGenerator g, ScoredMention scored) throws IOException {
        g.writeBooleanField("matched", scored.matched());
        strings(g, "organisation_ids", scored.organisationIds());
        strings(g, "entity_ids", scored.entities().stream().map(EntityMatch::entityId).toList());
        g.writeArrayFieldStart("entities");
        for (int i = 0; i < scored.entities().size(); i++) {
            EntityMatch e = scored.entities().get(i);
            EntitySentiment sentiment = scored.entitySentiments().get(i);
            g.writeStartObject();
            g.writeStringField("entity_id", e.entityId());
            g.writeStringField("name", e.name());
            g.writeStringField("kind", e.kind().code());
            g.writeStringField("organisation_id", e.organisationId());
            optional(g, "facility_id", e.facilityId());
            g.writeStringField("matched_by", e.matchedBy().code());
            g.writeStringField("matched_text", e.matchedText());
            g.writeNumberField("sentiment_score", round(sentiment.score()));
            g.writeStringField("sentiment_label", sentiment.label().code());
            g.writeBooleanField("sentiment_from_clauses", sentiment.fromClauses());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void sentiment(JsonGenerator g, ScoredMention scored) throws IOException {
        SentimentScore sentiment = scored.sentiment();
        g.writeObjectFieldStart("sentiment");
        g.writeNumberField("score", round(sentiment.score()));
        g.writeStringField("label", sentiment.label().code());
        g.writeNumberField("opinion", round(sentiment.opinion()));
        g.writeNumberField("text_score", round(scored.textScores().sentiment().score()));
        g.writeBooleanField("rating_blended", scored.ratingBlended());
        g.writeStringField("model", sentiment.model());
        g.writeArrayFieldStart("sentences");
        for (SentenceSentiment s : sentiment.sentences()) {
            g.writeStartObject();
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeNumberField("score", round(s.score()));
            g.writeStringField("label", s.label().code());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The aspects named, and one number per aspect: Kibana charts aspect_sentiment.billing directly. */
    private static void aspects(JsonGenerator g, SentimentScore sentiment) throws IOException {
        strings(g, "aspects", sentiment.aspects().stream().map(a -> a.aspect().code()).toList());
        if (!sentiment.aspects().isEmpty()) {
            g.writeObjectFieldStart("aspect_sentiment");
            for (AspectSentiment aspect : sentiment.aspects()) {
                g.writeNumberField(aspect.aspect().code(), round(aspect.score()));
            }
            g.writeEndObject();
        }
    }

    /** Risk, level and reasons of the text; exposure and estimated reach of this mention. */
    private static void misinformation(JsonGenerator g, ScoredMention scored) throws IOException {
        MisinformationRisk risk = scored.textScores().misinformation();
        MisinformationExposure exposure = scored.misinformationExposure();
        g.writeObjectFieldStart("misinformation");
        g.writeNumberField("risk", round(risk.risk()));
        g.writeStringField("level", risk.level().code());
        strings(g, "reasons", risk.reasons());
        g.writeNumberField("exposure", round(exposure.exposure()));
        g.writeNumberField("estimated_reach", exposure.estimatedReach());
        g.writeStringField("model", risk.model());
        g.writeEndObject();
    }

    /** What was redacted from the text (types and counts, never the identifiers) and the incident level. */
    private static void privacy(JsonGenerator g, PrivacyScan scan) throws IOException {
        g.writeObjectFieldStart("privacy");
        g.writeNumberField("findings", scan.findings().size());
        Map<PhiType, Integer> counts = scan.counts();
        strings(g, "types", counts.keySet().stream().map(PhiType::name).toList());
        if (!counts.isEmpty()) {
            g.writeObjectFieldStart("counts");
            for (Map.Entry<PhiType, Integer> e : counts.entrySet()) {
                g.writeNumberField(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeStringField("incident", scan.incident().code());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void optional(JsonGenerator g, String field, Long value) throws IOException {
        if (value != null) {
            g.writeNumberField(field, value);
        }
    }

    /** Four decimals are plenty for a score and keep documents small. */
    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
