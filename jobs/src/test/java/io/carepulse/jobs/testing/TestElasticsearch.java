package io.carepulse.jobs.testing;

import io.carepulse.jobs.config.CarePulseHome;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.carepulse.jobs.config.CarePulseConfig;
import io.carepulse.jobs.config.ConfigLoader;
import io.carepulse.jobs.elastic.ElasticsearchConnection;
import io.carepulse.jobs.elastic.LocalElasticsearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Elasticsearch node of a test run, with a client, and the means to stop and restart the
 * process (for tests of what the job does while it is away).
 */
public final class TestElasticsearch implements AutoCloseable {

    private final LocalElasticsearch node;
    private final Path home;
    private ElasticsearchConnection connection;

    private TestElasticsearch(LocalElasticsearch node, Path home) {
        this.node = node;
        this.home = home;
    }

    static TestElasticsearch start() {
        try {
            // under /tmp, and world-readable: as root the node runs as an unprivileged user
            Path home = Files.createTempDirectory("carepulse-es-it-");
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            TestElasticsearch es = new TestElasticsearch(new LocalElasticsearch(freePort(), home), home);
            es.node.start();
            return es;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return node.url();
    }

    public synchronized ElasticsearchClient client() {
        if (connection == null) {
            connection = ElasticsearchConnection.open(config(Map.of()).elasticsearch());
        }
        return connection.client();
    }

    /** The project's default configuration, pointed at this node, with the given key overrides. */
    public CarePulseConfig config(Map<String, String> overrides) {
        Map<String, String> all = new HashMap<>(overrides);
        all.put("elasticsearch.url", url());
        all.put("elasticsearch.start-local", "false");
        return ConfigLoader.load(CarePulseHome.dir().resolve("config/carepulse.yaml"), Map.of(), all);
    }

    /** Stops the Elasticsearch process; its data stays for {@link #restart()}. */
    public void stopProcess() {
        node.stop();
    }

    public void restart() {
        node.start();
    }

    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close();
            }
            node.stop();
        } finally {
            deleteRecursively(home);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover folder under /tmp is not worth failing the run for
        }
    }
}
