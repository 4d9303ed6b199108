package io.carepulse.jobs.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.carepulse.jobs.elastic.BulkEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The limit for our sink: plain elasticsearch-java loops sending the same documents with
 * synchronous {@code _bulk} requests of the same size, one loop per sink subtask.
 */
final class BulkReference {

    private BulkReference() {}

    /** Documents per second; {@code rename} maps each document's index to the reference's own. */
    static double measure(ElasticsearchClient client, List<BulkEntry> documents, int batchSize, int threads,
                          UnaryOperator<String> rename) throws InterruptedException {
        List<Thread> loops = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        int share = (documents.size() + threads - 1) / threads;
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            List<BulkEntry> part = documents.subList(Math.min(documents.size(), t * share),
                    Math.min(documents.size(), (t + 1) * share));
            Thread loop = new Thread(() -> {
                try {
                    send(client, part, batchSize, rename);
                } catch (RuntimeException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "bulk-reference-" + t);
            loops.add(loop);
            loop.start();
        }
        for (Thread loop : loops) {
            loop.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return documents.size() / seconds;
    }

    private static void send(ElasticsearchClient client, List<BulkEntry> documents, int batchSize,
                             UnaryOperator<String> rename) {
        for (int from = 0; from < documents.size(); from += batchSize) {
            BulkRequest.Builder request = new BulkRequest.Builder();
            for (BulkEntry entry : documents.subList(from, Math.min(documents.size(), from + batchSize))) {
                BinaryData document = BinaryData.of(entry.document(), ContentType.APPLICATION_JSON);
                request.operations(op -> op.index(i -> i.index(rename.apply(entry.index())).id(entry.id()).document(document)));
            }
            try {
                BulkResponse response = client.bulk(request.build());
                if (response.errors()) {
                    throw new IllegalStateException("the reference _bulk loop had refused documents");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
