package io.carepulse.jobs.ingest;

/** Names of the accumulators a finished run reports (see MentionScoringJob's summary). */
public final class JobCounters {

    public static final String READ = "mentions-read";
    public static final String INVALID = "mentions-invalid";
    public static final String SCORED = "mentions-scored";
    public static final String DUPLICATES = "duplicates-linked";
    public static final String UNMATCHED = "mentions-unmatched";

    private JobCounters() {}
}
