package io.carepulse.jobs.elastic;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriterStateSerializer;

/** Checkpoints the documents the sink holds but has not yet had acknowledged. */
final class BulkEntryStateSerializer extends AsyncSinkWriterStateSerializer<BulkEntry> {

    @Override
    protected void serializeRequestToStream(BulkEntry entry, DataOutputStream out) throws IOException {
        out.writeUTF(entry.index());
        out.writeUTF(entry.id());
        out.writeInt(entry.document().length);
        out.write(entry.document());
    }

    @Override
    protected BulkEntry deserializeRequestFromStream(long requestSize, DataInputStream in) throws IOException {
        String index = in.readUTF();
        String id = in.readUTF();
        byte[] document = new byte[in.readInt()];
        in.readFully(document);
        return new BulkEntry(index, id, document);
    }

    @Override
    public int getVersion() {
        return 1;
    }
}
