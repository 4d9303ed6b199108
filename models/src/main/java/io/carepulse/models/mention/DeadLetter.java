package io.carepulse.models.mention;

import java.io.Serializable;
import java.time.Instant;

/**
 * An input record that could not become an indexed mention, kept with the reason so that
 * nothing is lost silently.
 *
 * @param stage where it failed: {@code parse} (invalid input) or {@code index} (Elasticsearch
 *     rejected the document)
 * @param origin where the record came from, e.g. {@code file:/data/in.jsonl:17} or
 *     {@code kafka:mentions/2@1042}
 * @param raw the record as received (at most {@link #MAX_RAW_LENGTH} characters)
 * @param rawLength the length of the record as received
 */
public record DeadLetter(String reason, String stage, String origin, String raw, int rawLength, Instant receivedAt)
        implements Serializable {

    public static final int MAX_RAW_LENGTH = 32_768;
    public static final String STAGE_PARSE = "parse";
    public static final String STAGE_INDEX = "index";

    public static DeadLetter of(String reason, String stage, String origin, String raw, Instant receivedAt) {
        String kept = raw.length() > MAX_RAW_LENGTH ? raw.substring(0, MAX_RAW_LENGTH) : raw;
        return new DeadLetter(reason, stage, origin, kept, raw.length(), receivedAt);
    }

    public boolean truncated() {
        return raw.length() < rawLength;
    }

    /** Stable per origin and content: re-reading the same bad line does not add a second letter. */
    public String documentId() {
        return DocumentIds.of(stage, origin, raw);
    }
}
