package io.carepulse.jobs.bench;

import java.util.Map;

/**
 * The figures of one benchmark run.
 *
 * @param stageMicros time per input mention in each stage of the job, summed over subtasks
 * @param aloneRates mentions per second of each stage alone on one thread, without Flink
 */
public record BenchResult(
        String date,
        String commit,
        int cores,
        long ramBytes,
        long maxHeapBytes,
        int parallelism,
        SyntheticMentions.Written input,
        double wallSeconds,
        double jobCpuSeconds,
        double elasticsearchCpuSeconds,
        long peakHeapUsed,
        long peakHeapLive,
        double elasticsearchDocsPerSecond,
        double elasticsearchMillisPerDoc,
        Map<String, Double> stageMicros,
        Map<String, Double> aloneRates,
        int referenceDocuments,
        double rawBulkRate,
        double sinkRate,
        Counts counts) {

    /** The counts check: every input indexed once, every bad line a dead letter, every repost linked. */
    public record Counts(
            long expectedMentions, long mentionDocuments,
            long expectedDeadLetters, long deadLetters,
            long expectedDuplicates, long duplicatesLinked) {

        public boolean passed() {
            return expectedMentions == mentionDocuments && expectedDeadLetters == deadLetters
                    && expectedDuplicates == duplicatesLinked;
        }
    }

    public double mentionsPerSecond() {
        return input.lines() / wallSeconds;
    }

    public double sinkShareOfRaw() {
        return sinkRate / rawBulkRate;
    }

    /** The stage with the most time per mention, and how much more it takes than all others together. */
    public String limitingStage() {
        return stageMicros.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("none");
    }

    public double limitingFactor() {
        double limiting = stageMicros.getOrDefault(limitingStage(), 0.0);
        double others = stageMicros.values().stream().mapToDouble(Double::doubleValue).sum() - limiting;
        return others == 0 ? Double.POSITIVE_INFINITY : limiting / others;
    }
}
