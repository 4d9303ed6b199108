package io.carepulse.jobs.config;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how documents are indexed. Credentials never sit in the file: the API key and
 * password come from CAREPULSE_ELASTICSEARCH_API_KEY / CAREPULSE_ELASTICSEARCH_PASSWORD or
 * from the files named by {@code apiKeyFile} / {@code passwordFile}.
 *
 * @param startLocal start the local node (scripts/elasticsearch.sh) when {@code url} is on this
 *     machine and nothing answers there
 */
public record ElasticsearchConfig(
        String url,
        boolean startLocal,
        String indexPrefix,
        String username,
        String password,
        Path passwordFile,
        String apiKey,
        Path apiKeyFile,
        Path caCertificate,
        BulkConfig bulk)
        implements Serializable {

    /** How the sink batches and retries. */
    public record BulkConfig(
            int maxActions,
            ByteSize maxSize,
            Duration flushInterval,
            int maxInFlight,
            int maxBuffered,
            Duration initialBackoff,
            Duration maxBackoff)
            implements Serializable {}

    /** Never prints the password or the API key: configurations end up in logs. */
    @Override
    public String toString() {
        return "ElasticsearchConfig[url=" + url + ", startLocal=" + startLocal + ", indexPrefix=" + indexPrefix
                + ", username=" + username + ", password=" + (password == null ? null : "****")
                + ", passwordFile=" + passwordFile + ", apiKey=" + (apiKey == null ? null : "****")
                + ", apiKeyFile=" + apiKeyFile + ", caCertificate=" + caCertificate + ", bulk=" + bulk + "]";
    }
}
