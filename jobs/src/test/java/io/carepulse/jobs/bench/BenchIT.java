package io.carepulse.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.jobs.config.CarePulseConfig;
import io.carepulse.jobs.testing.ElasticsearchExtension;
import io.carepulse.jobs.testing.TestElasticsearch;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A tiny benchmark run: every phase works and the counts check holds. Timings are not asserted. */
@ExtendWith(ElasticsearchExtension.class)
class BenchIT {

    @Test
    void aSmallRunPassesTheCountsCheck(TestElasticsearch es, @TempDir Path dir) throws Exception {
        CarePulseConfig config = es.config(Map.of(
                "input.path", dir.resolve("mentions.jsonl").toString(),
                "elasticsearch.index-prefix", "it-bench-"));
        BenchResult result = new Benchmark(config, SyntheticMentions.Options.of(200, 7), 5, 1_000).run();

        BenchResult.Counts counts = result.counts();
        assertThat(counts.passed()).as(counts.toString()).isTrue();
        assertThat(counts.expectedMentions() + counts.expectedDeadLetters()).isEqualTo(200);
        assertThat(counts.expectedDuplicates()).isPositive();
        assertThat(result.stageMicros()).containsKeys("parse-validate", "entity-match", "sentiment", "document");
        assertThat(result.aloneRates()).containsKeys("parse-validate+entity-match", "sentiment");
        assertThat(BenchReport.markdown(result)).contains("| counts check | passed:");
    }
}
