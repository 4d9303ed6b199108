package io.carepulse.jobs.bench;

import java.util.Locale;
import java.util.stream.Collectors;

/** A benchmark result as a Markdown section for docs/BENCHMARKS.md (also what the command prints). */
public final class BenchReport {

    private BenchReport() {}

    public static String markdown(BenchResult r) {
        BenchResult.Counts c = r.counts();
        double totalMicros = r.stageMicros().values().stream().mapToDouble(Double::doubleValue).sum();
        String stages = r.stageMicros().entrySet().stream()
                .map(e -> e.getKey() + " " + micros(e.getValue()) + " (" + percent(e.getValue() / totalMicros) + ")")
                .collect(Collectors.joining(" · "));
        String alone = r.aloneRates().entrySet().stream()
                .map(e -> e.getKey() + " " + count(e.getValue()) + "/s")
                .collect(Collectors.joining(" · "));
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### %s, commit %s, N = %,d%n%n", r.date(), r.commit(), r.input().lines()));
        md.append(String.format(Locale.ROOT, "Machine: %d cores, %s RAM; job heap limit %s; parallelism %d.%n%n",
                r.cores(), gib(r.ramBytes()), gib(r.maxHeapBytes()), r.parallelism()));
        md.append("| figure | value |\n| --- | --- |\n");
        row(md, "end to end", String.format(Locale.ROOT, "%s mentions/s (%,d lines in %.1f s, start-up included)",
                count(r.mentionsPerSecond()), r.input().lines(), r.wallSeconds()));
        row(md, "CPU", String.format(Locale.ROOT, "job %.1f s, Elasticsearch %.1f s", r.jobCpuSeconds(), r.elasticsearchCpuSeconds()));
        row(md, "peak job heap", gib(r.peakHeapUsed()) + " in use, " + gib(r.peakHeapLive()) + " live after GC");
        row(md, "Elasticsearch indexing", String.format(Locale.ROOT, "%s docs/s over the run, %.2f ms of indexing per document",
                count(r.elasticsearchDocsPerSecond()), r.elasticsearchMillisPerDoc()));
        row(md, "time per mention in the job", stages);
        row(md, "stages alone, one thread, no Flink", alone);
        row(md, String.format(Locale.ROOT, "plain `_bulk` loop (%d threads, %,d documents)", r.parallelism(), r.referenceDocuments()),
                count(r.rawBulkRate()) + " docs/s");
        row(md, "our sink alone (parallelism " + r.parallelism() + ", same documents)", String.format(Locale.ROOT,
                "%s docs/s = %s of the plain loop", count(r.sinkRate()), percent(r.sinkShareOfRaw())));
        row(md, "counts check", String.format(Locale.ROOT, "%s: %,d of %,d mentions indexed once, %,d of %,d dead letters, %,d of %,d duplicates linked",
                c.passed() ? "passed" : "FAILED", c.mentionDocuments(), c.expectedMentions(),
                c.deadLetters(), c.expectedDeadLetters(), c.duplicatesLinked(), c.expectedDuplicates()));
        row(md, "limiting stage", String.format(Locale.ROOT, "%s: %s of the job's stage time, %s× all other stages together",
                r.limitingStage(), percent(r.stageMicros().get(r.limitingStage()) / totalMicros), count(r.limitingFactor())));
        return md.toString();
    }

    private static void row(StringBuilder md, String figure, String value) {
        md.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }

    static String count(double n) {
        if (Double.isInfinite(n)) {
            return "∞";
        }
        return n >= 100 ? String.format(Locale.ROOT, "%,.0f", n) : String.format(Locale.ROOT, "%.1f", n);
    }

    private static String micros(double us) {
        return us >= 100 ? String.format(Locale.ROOT, "%,.0f µs", us) : String.format(Locale.ROOT, "%.1f µs", us);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, share < 0.001 ? "%.2f%%" : "%.1f%%", share * 100);
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
    }
}
