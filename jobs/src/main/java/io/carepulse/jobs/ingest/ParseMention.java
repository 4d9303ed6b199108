package io.carepulse.jobs.ingest;

import io.carepulse.models.mention.DeadLetter;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.mention.MentionParser;
import io.carepulse.models.mention.ParseResult;
import java.time.Instant;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Validates raw records into mentions; anything that is not a valid mention (an empty Kafka
 * message included) goes to the {@link #DEAD_LETTERS} side output with the reason, so bad
 * input neither stops the job nor disappears.
 */
public final class ParseMention extends ProcessFunction<RawRecord, Mention> {

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    private transient MentionParser parser;
    private transient Counter read;
    private transient Counter valid;
    private transient Counter invalid;
    private transient LongCounter readTotal;
    private transient LongCounter invalidTotal;
    private transient StageAccumulators times;

    @Override
    public void open(OpenContext openContext) {
        parser = new MentionParser();
        MetricGroup metrics = getRuntimeContext().getMetricGroup().addGroup("carepulse");
        read = metrics.counter("mentionsRead");
        valid = metrics.counter("mentionsValid");
        invalid = metrics.counter("mentionsInvalid");
        readTotal = getRuntimeContext().getLongCounter(JobCounters.READ);
        invalidTotal = getRuntimeContext().getLongCounter(JobCounters.INVALID);
        times = new StageAccumulators(getRuntimeContext());
    }

    @Override
    public void processElement(RawRecord record, Context ctx, Collector<Mention> out) {
        read.inc();
        readTotal.add(1);
        long start = System.nanoTime();
        ParseResult result = parser.parse(record.line());
        times.record(JobCounters.PARSE, System.nanoTime() - start);
        if (result instanceof ParseResult.Parsed parsed) {
            valid.inc();
            out.collect(parsed.mention());
        } else if (result instanceof ParseResult.Rejected rejection) {
            invalid.inc();
            invalidTotal.add(1);
            ctx.output(DEAD_LETTERS, DeadLetter.of(
                    rejection.reason(), DeadLetter.STAGE_PARSE, record.origin(), record.line(), Instant.now()));
        }
    }
}
