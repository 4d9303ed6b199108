package io.carepulse.models.mention;

import java.util.Locale;
import java.util.Optional;

/** What sort of public text a mention is. */
public enum MentionKind {
    POST,
    COMMENT,
    REPLY,
    REVIEW;

    /** The lower-case name used in input records and in the index. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MentionKind> fromCode(String code) {
        for (MentionKind kind : values()) {
            if (kind.code().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
