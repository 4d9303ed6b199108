package io.carepulse.models.entity;

import java.io.Serializable;

/**
 * A watched entity a mention is about. {@code organisationId} is always set (an organisation's
 * own id for an organisation match); {@code facilityId} is set for a facility, and for a
 * provider who works at one. {@code start} and {@code end} locate the match in the text, or
 * are -1 when it did not come from the text (the author's account, a hint).
 */
public record EntityMatch(
        String entityId,
        String name,
        EntityKind kind,
        String organisationId,
        String facilityId,
        MatchSource matchedBy,
        String matchedText,
        int start,
        int end)
        implements Serializable {

    public boolean inText() {
        return start >= 0;
    }
}
