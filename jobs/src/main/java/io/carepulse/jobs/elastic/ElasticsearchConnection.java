package io.carepulse.jobs.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.ElasticsearchTransportConfig;
import co.elastic.clients.transport.TransportUtils;
import io.carepulse.jobs.config.ElasticsearchConfig;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One connection to Elasticsearch (the official Java client over its Rest5Client transport),
 * with API-key or basic authentication and a private CA where configured. Retries are left to
 * the callers: the sink retries with its own backoff, per document.
 */
public final class ElasticsearchConnection implements AutoCloseable {

    private final ElasticsearchTransport transport;
    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient asyncClient;

    private ElasticsearchConnection(ElasticsearchTransport transport) {
        this.transport = transport;
        this.client = new ElasticsearchClient(transport);
        this.asyncClient = new ElasticsearchAsyncClient(transport);
    }

    public static ElasticsearchConnection open(ElasticsearchConfig config) {
        ElasticsearchTransportConfig.Builder builder = new ElasticsearchTransportConfig.Builder().host(config.url());
        if (config.apiKey() != null) {
            builder.apiKey(config.apiKey());
        } else if (config.username() != null && config.password() != null) {
            builder.usernameAndPassword(config.username(), config.password());
        }
        if (config.caCertificate() != null) {
            try {
                builder.sslContext(TransportUtils.sslContextFromHttpCaCrt(config.caCertificate().toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read CA certificate " + config.caCertificate(), e);
            }
        }
        return new ElasticsearchConnection(builder.build().buildTransport());
    }

    public ElasticsearchClient client() {
        return client;
    }

    public ElasticsearchAsyncClient asyncClient() {
        return asyncClient;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
