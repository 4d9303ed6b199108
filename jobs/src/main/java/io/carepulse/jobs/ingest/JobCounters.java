package io.carepulse.jobs.ingest;

/**
 * Names of the accumulators a finished run reports: counts, and the nanoseconds each stage
 * spent ({@code <stage>-nanos}, summed over subtasks) for the benchmark's time shares.
 */
public final class JobCounters {

    public static final String READ = "mentions-read";
    public static final String INVALID = "mentions-invalid";
    public static final String SCORED = "mentions-scored";
    public static final String DUPLICATES = "duplicates-linked";
    public static final String UNMATCHED = "mentions-unmatched";

    public static final String PARSE = "parse-validate";

    public static String nanos(String stage) {
        return stage + "-nanos";
    }

    private JobCounters() {}
}
