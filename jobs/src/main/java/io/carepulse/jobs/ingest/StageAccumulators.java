package io.carepulse.jobs.ingest;

import io.carepulse.models.StageTimer;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.RuntimeContext;

/** Adds each stage's time to the accumulator {@code <stage>-nanos} of the running task. */
final class StageAccumulators implements StageTimer {

    private final RuntimeContext context;
    private final Map<String, LongCounter> counters = new HashMap<>();

    StageAccumulators(RuntimeContext context) {
        this.context = context;
    }

    @Override
    public void record(String stage, long nanos) {
        counters.computeIfAbsent(stage, s -> context.getLongCounter(JobCounters.nanos(s))).add(nanos);
    }
}
