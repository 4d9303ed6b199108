package io.carepulse.jobs.elastic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carepulse.models.mention.DeadLetter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterDocumentsTest {

    private final DeadLetterDocuments documents = new DeadLetterDocuments(new IndexNames("cp-"));

    @Test
    void keepsReasonOriginAndTheRecordTruncatedWhenHuge() throws Exception {
        String raw = "x".repeat(DeadLetter.MAX_RAW_LENGTH + 10);
        DeadLetter letter = DeadLetter.of("invalid JSON", DeadLetter.STAGE_PARSE, "file:/in.jsonl:3", raw, Instant.EPOCH);
        BulkEntry entry = documents.entry(letter);
        JsonNode doc = new ObjectMapper().readTree(entry.document());
        assertThat(entry.index()).isEqualTo("cp-deadletter");
        assertThat(doc.get("reason").asText()).isEqualTo("invalid JSON");
        assertThat(doc.get("origin").asText()).isEqualTo("file:/in.jsonl:3");
        assertThat(doc.get("raw").asText()).hasSize(DeadLetter.MAX_RAW_LENGTH);
        assertThat(doc.get("raw_length").asInt()).isEqualTo(raw.length());
        assertThat(doc.get("raw_truncated").asBoolean()).isTrue();
        IndexMappingAssert.assertMapped(doc, "deadletter.json");
    }

    @Test
    void theSameBadLineFromTheSamePlaceKeepsItsId() {
        DeadLetter first = DeadLetter.of("r", "parse", "file:/in.jsonl:3", "{bad", Instant.EPOCH);
        DeadLetter again = DeadLetter.of("r", "parse", "file:/in.jsonl:3", "{bad", Instant.now());
        DeadLetter elsewhere = DeadLetter.of("r", "parse", "file:/in.jsonl:4", "{bad", Instant.EPOCH);
        assertThat(documents.entry(again).id()).isEqualTo(documents.entry(first).id());
        assertThat(documents.entry(elsewhere).id()).isNotEqualTo(documents.entry(first).id());
    }

    @Test
    void aRejectedLineIsStoredWithItsPhiRedacted() throws Exception {
        String raw = "{\"id\": \"1\", \"text\": \"my mom's MRN 00482913, call me at 614-555-0128\", \"created_at\": \"yesterday\"}";
        DeadLetter letter = DeadLetter.of("created_at: not a date", DeadLetter.STAGE_PARSE, "file:/in.jsonl:9", raw, Instant.EPOCH);
        JsonNode doc = new ObjectMapper().readTree(documents.entry(letter).document());
        assertThat(doc.get("raw").asText()).doesNotContain("00482913").doesNotContain("614-555-0128")
                .contains("MRN [MRN]").contains("[PHONE]");
        assertThat(doc.get("raw_redactions").asInt()).isEqualTo(2);
        assertThat(doc.get("raw_length").asInt()).isEqualTo(raw.length());
    }
}
