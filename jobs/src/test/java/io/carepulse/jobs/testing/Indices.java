package io.carepulse.jobs.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Reading back what a test indexed, after a refresh so every acknowledged document counts. */
public final class Indices {

    private final ElasticsearchClient client;

    public Indices(ElasticsearchClient client) {
        this.client = client;
    }

    public long count(String index) {
        try {
            client.indices().refresh(r -> r.index(index).ignoreUnavailable(true).allowNoIndices(true));
            return client.count(c -> c.index(index).ignoreUnavailable(true).allowNoIndices(true)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to 10,000 documents (enough for any test), with their versions. */
    public List<Hit<JsonNode>> all(String index) {
        try {
            client.indices().refresh(r -> r.index(index).ignoreUnavailable(true).allowNoIndices(true));
            return client.search(s -> s.index(index).size(10_000).version(true), JsonNode.class).hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
