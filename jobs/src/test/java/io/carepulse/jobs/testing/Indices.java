package io.carepulse.jobs.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reading back what a test indexed, once the index's primary shards are started (a count on an
 * index created a moment ago answers 503 until then) and after a refresh, so every acknowledged
 * document counts.
 */
public final class Indices {

    private final ElasticsearchClient client;

    public Indices(ElasticsearchClient client) {
        this.client = client;
    }

    public long count(String index) {
        try {
            makeReadable(index);
            return client.count(c -> c.index(index).ignoreUnavailable(true).allowNoIndices(true)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to 10,000 documents (enough for any test), with their versions. */
    public List<Hit<JsonNode>> all(String index) {
        try {
            makeReadable(index);
            return client.search(s -> s.index(index).size(10_000).version(true), JsonNode.class).hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void makeReadable(String index) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            client.cluster().health(h -> h.index(index).waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("30s")));
        }
        client.indices().refresh(r -> r.index(index).ignoreUnavailable(true).allowNoIndices(true));
    }
}
