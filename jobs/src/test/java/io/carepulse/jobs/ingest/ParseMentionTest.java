package io.carepulse.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.models.mention.DeadLetter;
import io.carepulse.models.mention.Mention;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class ParseMentionTest {

    @Test
    void validRecordsFlowOnAndInvalidOnesBecomeDeadLettersWithTheirReason() throws Exception {
        try (OneInputStreamOperatorTestHarness<RawRecord, Mention> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(new ParseMention())) {
            harness.processElement(new RawRecord("file:/in.jsonl:1", """
                    {"id":"1","platform":"twitter","kind":"post","text":"ok","created_at":"2026-10-01T00:00:00Z"}"""), 0);
            harness.processElement(new RawRecord("file:/in.jsonl:2", "{\"id\":\"2\"}"), 0);
            harness.processElement(new RawRecord("kafka:mentions/0@7", ""), 0);

            assertThat(harness.extractOutputValues()).extracting(Mention::id).containsExactly("1");
            List<DeadLetter> letters = harness.getSideOutput(ParseMention.DEAD_LETTERS).stream()
                    .map(StreamRecord::getValue).toList();
            assertThat(letters).extracting(DeadLetter::origin).containsExactly("file:/in.jsonl:2", "kafka:mentions/0@7");
            DeadLetter missingFields = letters.get(0);
            assertThat(missingFields.stage()).isEqualTo("parse");
            assertThat(missingFields.raw()).isEqualTo("{\"id\":\"2\"}");
            assertThat(missingFields.reason()).contains("missing required field \"text\"");
            assertThat(letters.get(1).reason()).isEqualTo("empty record");
        }
    }

}
