package io.carepulse.jobs.elastic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.carepulse.models.mention.DeadLetter;
import io.carepulse.models.privacy.HealthPrivacyDetector;
import io.carepulse.models.privacy.PhiDetector;
import io.carepulse.models.privacy.PhiFinding;
import io.carepulse.models.privacy.Redaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.flink.api.common.functions.MapFunction;

/** Turns a dead letter into its document in {@code <prefix>deadletter} (docs/INDICES.md). */
public final class DeadLetterDocuments implements MapFunction<DeadLetter, BulkEntry> {

    private static final JsonFactory JSON = new JsonFactory();

    private final IndexNames indexNames;
    private transient PhiDetector detector;

    public DeadLetterDocuments(IndexNames indexNames) {
        this.indexNames = indexNames;
    }

    @Override
    public BulkEntry map(DeadLetter letter) {
        return entry(letter);
    }

    /** The record as received goes in redacted: a rejected line can hold PHI as well as a valid one. */
    public BulkEntry entry(DeadLetter letter) {
        if (detector == null) {
            detector = new HealthPrivacyDetector();
        }
        List<PhiFinding> findings = detector.detect(letter.raw());
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + letter.raw().length());
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("reason", letter.reason());
            g.writeStringField("stage", letter.stage());
            g.writeStringField("origin", letter.origin());
            g.writeStringField("raw", Redaction.redact(letter.raw(), findings));
            g.writeNumberField("raw_redactions", findings.size());
            g.writeNumberField("raw_length", letter.rawLength());
            g.writeBooleanField("raw_truncated", letter.truncated());
            g.writeStringField("received_at", letter.receivedAt().toString());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dead letter from " + letter.origin(), e);
        }
        return new BulkEntry(indexNames.deadLetters(), letter.documentId(), out.toByteArray());
    }
}
