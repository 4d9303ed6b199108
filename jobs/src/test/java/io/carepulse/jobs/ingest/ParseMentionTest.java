package io.carepulse.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.models.mention.DeadLetter;
import io.carepulse.models.mention.Mention;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class ParseMentionTest {

    @Test
    void validRecordsFlowOnInvalidOnesBecomeDeadLettersBlankLinesAreSkipped() throws Exception {
        try (OneInputStreamOperatorTestHarness<RawRecord, Mention> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(new ParseMention())) {
            harness.processElement(new RawRecord("file:/in.jsonl:1", """
                    {"id":"1","platform":"twitter","kind":"post","text":"ok","created_at":"2026-10-01T00:00:00Z"}"""), 0);
            harness.processElement(new RawRecord("file:/in.jsonl:2", "{\"id\":\"2\"}"), 0);
            harness.processElement(new RawRecord("file:/in.jsonl:3", "   "), 0);

            assertThat(harness.extractOutputValues()).extracting(Mention::id).containsExactly("1");
            assertThat(harness.getSideOutput(ParseMention.DEAD_LETTERS)).singleElement().satisfies(record -> {
                DeadLetter letter = ((StreamRecord<DeadLetter>) record).getValue();
                assertThat(letter.origin()).isEqualTo("file:/in.jsonl:2");
                assertThat(letter.stage()).isEqualTo("parse");
                assertThat(letter.raw()).isEqualTo("{\"id\":\"2\"}");
                assertThat(letter.reason()).contains("missing required field \"text\"");
            });
        }
    }

}
