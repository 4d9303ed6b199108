package io.carepulse.jobs.bench;

import io.carepulse.jobs.config.CarePulseConfig;
import io.carepulse.jobs.elastic.BulkEntry;
import io.carepulse.jobs.elastic.ElasticsearchSink;
import io.carepulse.jobs.ingest.JobEnvironments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Our sink alone: a Flink job that only sends ready documents (from files, one per subtask) through it. */
final class SinkReference {

    private SinkReference() {}

    /** Lines of {@code index TAB id TAB json}, as {@link Benchmark} writes them. */
    static final class ToBulkEntry implements MapFunction<String, BulkEntry> {
        private final String fromPrefix;
        private final String toPrefix;

        ToBulkEntry(String fromPrefix, String toPrefix) {
            this.fromPrefix = fromPrefix;
            this.toPrefix = toPrefix;
        }

        @Override
        public BulkEntry map(String line) {
            int first = line.indexOf('\t');
            int second = line.indexOf('\t', first + 1);
            String index = toPrefix + line.substring(0, first).substring(fromPrefix.length());
            return new BulkEntry(index, line.substring(first + 1, second),
                    line.substring(second + 1).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Documents per second over the job's net run time. */
    static double measure(CarePulseConfig config, Path documentsDir, long count, String fromPrefix, String toPrefix)
            throws Exception {
        StreamExecutionEnvironment env = JobEnvironments.create(config.job());
        env.fromSource(FileSource.forRecordStreamFormat(new TextLineInputFormat(),
                                new org.apache.flink.core.fs.Path(documentsDir.toUri())).build(),
                        WatermarkStrategy.noWatermarks(), "documents")
                .map(new ToBulkEntry(fromPrefix, toPrefix))
                .name("to-bulk-entry")
                .sinkTo(new ElasticsearchSink(config.elasticsearch(), "mentions"))
                .name("index-documents");
        JobExecutionResult result = env.execute("carepulse-sink-reference");
        return count / (result.getNetRuntime(TimeUnit.MILLISECONDS) / 1000.0);
    }
}
