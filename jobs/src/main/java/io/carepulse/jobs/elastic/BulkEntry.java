package io.carepulse.jobs.elastic;

import java.io.Serializable;

/**
 * One document for the {@code _bulk} API, already serialised: the sink batches, retries and
 * checkpoints these without knowing what they contain.
 */
public record BulkEntry(String index, String id, byte[] document) implements Serializable {

    /** Bytes on the wire: the document plus its action line. */
    public long sizeInBytes() {
        return document.length + index.length() + id.length() + 40L;
    }
}
