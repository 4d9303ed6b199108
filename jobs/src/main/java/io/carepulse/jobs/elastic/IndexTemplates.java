package io.carepulse.jobs.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.carepulse.jobs.config.ElasticsearchConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs CarePulse's index templates (config/elasticsearch/*.json, packaged in the jar) under
 * the configured prefix. PUT replaces a template of the same name, so installing at every
 * start is idempotent and brings mapping changes to the next index created.
 */
public final class IndexTemplates {

    private static final Logger LOG = LoggerFactory.getLogger(IndexTemplates.class);

    /** A template file and the index pattern it governs. */
    private record Template(String resource, String name, String pattern) {}

    private IndexTemplates() {}

    /** Connects, fails clearly if the cluster cannot be reached or refuses us, and installs. */
    public static void install(ElasticsearchConfig config) {
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(config)) {
            try {
                connection.client().cluster().health(h -> h.timeout(t -> t.time("10s")));
            } catch (Exception e) {
                throw new IllegalStateException("Elasticsearch at " + config.url()
                        + " is not reachable or refused us: " + BulkFailures.describe(e), e);
            }
            install(connection.client(), new IndexNames(config.indexPrefix()));
        }
    }

    public static void install(ElasticsearchClient client, IndexNames names) {
        List<Template> templates = List.of(
                new Template("mentions.json", names.prefix() + "mentions", names.allMentions()),
                new Template("deadletter.json", names.prefix() + "deadletter", names.deadLetters()));
        for (Template template : templates) {
            try (InputStream json = IndexTemplates.class.getResourceAsStream("/elasticsearch/" + template.resource())) {
                if (json == null) {
                    throw new IllegalStateException("index template " + template.resource() + " is not packaged");
                }
                client.indices().putIndexTemplate(r -> r.withJson(json)
                        .name(template.name())
                        .indexPatterns(template.pattern()));
                LOG.info("Index template {} installed for {}", template.name(), template.pattern());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot install index template " + template.name(), e);
            }
        }
    }
}
