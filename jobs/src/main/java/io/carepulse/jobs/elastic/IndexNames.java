package io.carepulse.jobs.elastic;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The names of CarePulse's indices under a configurable prefix: mentions go to one index per
 * event month ({@code carepulse-mentions-2026.10}), so old months can be dropped or frozen
 * whole; dead letters to one index.
 */
public record IndexNames(String prefix) implements Serializable {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM").withZone(ZoneOffset.UTC);

    public String mentions(Instant eventTime) {
        return prefix + "mentions-" + MONTH.format(eventTime);
    }

    /** Matches every monthly mentions index: for queries, templates and Kibana data views. */
    public String allMentions() {
        return prefix + "mentions-*";
    }

    public String deadLetters() {
        return prefix + "deadletter";
    }
}
