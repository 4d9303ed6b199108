package io.carepulse.jobs.ingest;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Kafka message values as raw lines, each with its topic, partition and offset as origin. */
final class KafkaMentionRecords implements KafkaRecordDeserializationSchema<RawRecord> {

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawRecord> out) {
        String origin = "kafka:" + record.topic() + "/" + record.partition() + "@" + record.offset();
        String value = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        out.collect(new RawRecord(origin, value));
    }

    @Override
    public TypeInformation<RawRecord> getProducedType() {
        return TypeInformation.of(RawRecord.class);
    }
}
