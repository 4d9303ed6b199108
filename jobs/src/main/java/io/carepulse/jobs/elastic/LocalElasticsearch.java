package io.carepulse.jobs.elastic;

import io.carepulse.jobs.config.CarePulseHome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local Elasticsearch node, started and stopped through scripts/elasticsearch.sh so that the
 * command line, the integration tests and a developer at a shell all run it the same way.
 */
public final class LocalElasticsearch {

    private static final Logger LOG = LoggerFactory.getLogger(LocalElasticsearch.class);
    private static final int OUTPUT_LINES_KEPT = 60;

    private final int port;
    private final Path homeDir;

    /**
     * @param homeDir this node's config, data and logs; null for the script's default
     */
    public LocalElasticsearch(int port, Path homeDir) {
        this.port = port;
        this.homeDir = homeDir;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void start() {
        run("start");
    }

    public void stop() {
        run("stop");
    }

    /** Whether a URL points at this machine, where we may start a node ourselves. */
    public static boolean isLocal(String url) {
        String host = URI.create(url).getHost();
        return "127.0.0.1".equals(host) || "localhost".equals(host);
    }

    /** Whether anything answers HTTP at the URL (any status: a secured cluster answers 401). */
    public static boolean answers(String url) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/_cluster/health"))
                    .timeout(Duration.ofSeconds(5)).build();
            http.send(request, HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void run(String command) {
        Path script = CarePulseHome.dir().resolve("scripts/elasticsearch.sh");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("ES_PORT", Integer.toString(port));
        if (homeDir != null) {
            env.put("ES_HOME_DIR", homeDir.toString());
        }
        Deque<String> output = new ArrayDeque<>();
        try {
            Process process = builder.start();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    LOG.info("{}", line);
                    output.addLast(line);
                    if (output.size() > OUTPUT_LINES_KEPT) {
                        output.removeFirst();
                    }
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("scripts/elasticsearch.sh " + command + " failed (exit " + exit
                        + "):\n" + String.join("\n", output));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script + " " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script + " " + command, e);
        }
    }
}
