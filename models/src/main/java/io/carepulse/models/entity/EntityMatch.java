package io.carepulse.models.entity;

import java.io.Serializable;

/**
 * A watched entity a mention is about. {@code organisationId} is always set (an organisation's
 * own id for an organisation match); {@code facilityId} is set for a facility, and for a
 * provider who works at one.
 */
public record EntityMatch(
        String entityId,
        String name,
        EntityKind kind,
        String organisationId,
        String facilityId,
        MatchSource matchedBy,
        String matchedText)
        implements Serializable {}
