package io.carepulse.models.mention;

import java.io.Serializable;

/** Reactions a mention had when it was collected; a count the platform did not give is null. */
public record Engagement(Long likes, Long shares, Long replies) implements Serializable {}
