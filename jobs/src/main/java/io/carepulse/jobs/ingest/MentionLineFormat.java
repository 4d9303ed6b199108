package io.carepulse.jobs.ingest;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.impl.StreamFormatAdapter;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.connector.file.src.util.RecordAndPosition;

/**
 * Reads newline-delimited JSON files line by line, like Flink's TextLineInputFormat, but keeps
 * the file and line number of every record: a stream format never learns which file it
 * reads, a bulk format does (from the split). Blank lines separate nothing in JSON Lines and
 * are not records, so they are skipped here.
 */
public final class MentionLineFormat implements BulkFormat<RawRecord, FileSourceSplit> {

    private final StreamFormatAdapter<String> lines = new StreamFormatAdapter<>(new TextLineInputFormat());

    @Override
    public Reader<RawRecord> createReader(Configuration config, FileSourceSplit split) throws IOException {
        return new LineReader(lines.createReader(config, split), split.path().getPath());
    }

    @Override
    public Reader<RawRecord> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
        return new LineReader(lines.restoreReader(config, split), split.path().getPath());
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<RawRecord> getProducedType() {
        return TypeInformation.of(RawRecord.class);
    }

    private record LineReader(Reader<String> lines, String file) implements Reader<RawRecord> {

        @Override
        public RecordIterator<RawRecord> readBatch() throws IOException {
            RecordIterator<String> batch = lines.readBatch();
            return batch == null ? null : new LineIterator(batch, file);
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    private record LineIterator(RecordIterator<String> batch, String file) implements RecordIterator<RawRecord> {

        @Override
        public RecordAndPosition<RawRecord> next() {
            RecordAndPosition<String> line = batch.next();
            while (line != null && line.getRecord().isBlank()) {
                line = batch.next();
            }
            if (line == null) {
                return null;
            }
            // a non-splittable text file is read from its start, so the records skipped to
            // reach this one are its line number
            long lineNumber = line.getRecordSkipCount();
            RawRecord record = new RawRecord("file:" + file + ":" + lineNumber, line.getRecord());
            return new RecordAndPosition<>(record, line.getOffset(), line.getRecordSkipCount());
        }

        @Override
        public void releaseBatch() {
            batch.releaseBatch();
        }
    }
}
