package io.carepulse.jobs.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one progress line per interval from the operators' "carepulse" counters, summed over
 * subtasks: what was read, rejected, scored, linked as duplicate and indexed, and the indexing
 * rate. Counters of finished tasks are kept, so the last line of a bounded run is its total.
 * Configured as metrics.reporter.progress.factory.class (see docs/OPERATIONS.md).
 */
public final class ProgressLogReporter implements MetricReporter, Scheduled {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLogReporter.class);

    private final Map<Counter, String> live = new ConcurrentHashMap<>();
    private final Map<String, Long> finished = new ConcurrentHashMap<>();
    private volatile Gauge<?> restarts;
    private long restartsLogged;
    private Map<String, Long> previous = Map.of();
    private long previousNanos = System.nanoTime();

    @Override
    public void open(MetricConfig config) {}

    @Override
    public void close() {
        report();
    }

    @Override
    public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
        if (metric instanceof Counter counter && isCarePulse(group)) {
            live.put(counter, name);
        } else if (metric instanceof Gauge<?> gauge && "numRestarts".equals(name)) {
            restarts = gauge;
        }
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {
        if (metric instanceof Counter counter && live.remove(counter) != null) {
            finished.merge(name, counter.getCount(), Long::sum);
        }
    }

    @Override
    public synchronized void report() {
        warnOfRestarts();
        Map<String, Long> totals = new LinkedHashMap<>(finished);
        live.forEach((counter, name) -> totals.merge(name, counter.getCount(), Long::sum));
        if (totals.isEmpty() || totals.equals(previous)) {
            return;
        }
        long now = System.nanoTime();
        double seconds = Math.max(1e-3, (now - previousNanos) / 1e9);
        long indexed = totals.getOrDefault("mentionsIndexed", 0L);
        double rate = (indexed - previous.getOrDefault("mentionsIndexed", 0L)) / seconds;
        LOG.info("Progress: read {} (invalid {}), scored {} (duplicates linked {}), indexed {} mentions"
                        + " and {} dead letters ({} refused by Elasticsearch, {} retries); {} mentions/s",
                get(totals, "mentionsRead"), get(totals, "mentionsInvalid"), get(totals, "mentionsScored"),
                get(totals, "duplicatesLinked"), indexed, get(totals, "deadLettersIndexed"),
                get(totals, "mentionsRefused"), get(totals, "mentionsRetried") + get(totals, "deadLettersRetried"),
                String.format("%.0f", rate));
        previous = totals;
        previousNanos = now;
    }

    /**
     * A restart replays the input since the last completed checkpoint: the documents overwrite
     * themselves, but the counts above then include the replayed records.
     */
    private void warnOfRestarts() {
        Gauge<?> gauge = restarts;
        if (gauge != null && gauge.getValue() instanceof Number n && n.longValue() > restartsLogged) {
            restartsLogged = n.longValue();
            LOG.warn("The job restarted ({} time(s) so far; the Flink log at INFO says why): records since the last"
                    + " checkpoint are read again and overwrite their documents, so the counts include replays", restartsLogged);
        }
    }

    private static long get(Map<String, Long> totals, String name) {
        return totals.getOrDefault(name, 0L);
    }

    private static boolean isCarePulse(MetricGroup group) {
        for (String component : group.getScopeComponents()) {
            if ("carepulse".equals(component)) {
                return true;
            }
        }
        return false;
    }
}
