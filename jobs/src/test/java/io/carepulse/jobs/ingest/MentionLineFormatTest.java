package io.carepulse.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentionLineFormatTest {

    @Test
    void everyLineCarriesItsFileAndLineNumberAndBlankLinesAreNotRecords(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, "first\nsecond\n\nfourth\n");
        FileSourceSplit split = new FileSourceSplit("0", new org.apache.flink.core.fs.Path(file.toUri()), 0,
                Files.size(file), 0, Files.size(file));
        List<RawRecord> records = new ArrayList<>();
        try (BulkFormat.Reader<RawRecord> reader = new MentionLineFormat().createReader(new Configuration(), split)) {
            for (BulkFormat.RecordIterator<RawRecord> batch = reader.readBatch(); batch != null; batch = reader.readBatch()) {
                for (RecordAndPosition<RawRecord> r = batch.next(); r != null; r = batch.next()) {
                    records.add(r.getRecord());
                }
                batch.releaseBatch();
            }
        }
        assertThat(records).containsExactly(
                new RawRecord("file:" + file + ":1", "first"),
                new RawRecord("file:" + file + ":2", "second"),
                new RawRecord("file:" + file + ":4", "fourth"));
    }
}
