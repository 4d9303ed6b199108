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
 * document counts. An index that does not exist yet holds nothing: asking it would race the
 * sink that is about to create it.
 */
public final class Indices {

    private final ElasticsearchClient client;

    public Indices(ElasticsearchClient client) {
        this.client = client;
    }

    public long count(String index) {
        try {
            if (!makeReadable(index)) {
                return 0;
            }
            return client.count(c -> c.index(index).ignoreUnavailable(true).allowNoIndices(true)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to 10,000 documents (enough for any test), with their versions. */
    public List<Hit<JsonNode>> all(String index) {
        try {
            if (!makeReadable(index)) {
                return List.of();
            }
            return client.search(s -> s.index(index).size(10_000).version(true), JsonNode.class).hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the index exists; if it does, its primaries are started and it is refreshed. */
    private boolean makeReadable(String index) throws IOException {
        if (!client.indices().exists(e -> e.index(index)).value()) {
            return false;
        }
        client.cluster().health(h -> h.index(index).waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("30s")));
        client.indices().refresh(r -> r.index(index).ignoreUnavailable(true).allowNoIndices(true));
        return true;
    }
}
