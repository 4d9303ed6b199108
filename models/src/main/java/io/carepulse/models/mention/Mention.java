package io.carepulse.models.mention;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One public post, comment, reply or review about healthcare, as read from the input.
 *
 * <p>Required components are never null; optional ones are null when the input did not have
 * them. {@code extraJson} holds the input's unknown fields as a JSON object, so nothing a
 * producer sends is lost.
 */
public record Mention(
        String id,
        String platform,
        MentionKind kind,
        String text,
        Instant createdAt,
        String url,
        Author author,
        Double rating,
        Engagement engagement,
        String inReplyTo,
        String language,
        List<String> entityHints,
        String extraJson)
        implements Serializable {

    public Mention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        entityHints = entityHints == null ? List.of() : List.copyOf(entityHints);
    }

    /** The same mention with another text: its redacted one, for everything after the privacy guard. */
    public Mention withText(String newText) {
        return new Mention(id, platform, kind, newText, createdAt, url, author, rating, engagement, inReplyTo, language,
                entityHints, extraJson);
    }

    /** The stable id of this mention's document: the same platform and id always give the same. */
    public String documentId() {
        return DocumentIds.of(platform, id);
    }
}
