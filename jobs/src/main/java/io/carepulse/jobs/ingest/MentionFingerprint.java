package io.carepulse.jobs.ingest;

import io.carepulse.models.mention.Fingerprint;
import io.carepulse.models.mention.Mention;
import org.apache.flink.api.java.functions.KeySelector;

/** Keys mentions by content fingerprint, so reposts and duplicates meet in one place. */
public final class MentionFingerprint implements KeySelector<Mention, String> {

    @Override
    public String getKey(Mention mention) {
        return Fingerprint.of(mention.text());
    }
}
