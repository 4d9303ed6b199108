package io.carepulse.jobs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.carepulse.jobs.config.ConfigKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docker/ cannot run on machines without a Docker engine (ours), so what can drift is checked
 * here: configuration variables the stack sets must exist, and versions must match the build.
 */
class DockerFilesTest {

    private static final Path DOCKER = Path.of("../docker");

    @Test
    void everyCarePulseVariableInTheComposeFileIsAConfigurationKey() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(DOCKER.resolve("compose.yaml").toFile());
        Set<String> known = ConfigKeys.leaves().keySet().stream().map(ConfigKeys::envName).collect(Collectors.toSet());
        Set<String> used = compose.get("services").findValues("environment").stream()
                .flatMap(env -> iterable(env.fieldNames()).stream())
                .filter(name -> name.startsWith(ConfigKeys.ENV_PREFIX))
                .collect(Collectors.toSet());
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    @Test
    void imagesMatchTheVersionsWeBuildAndTestWith() throws Exception {
        String pom = Files.readString(Path.of("../pom.xml"));
        assertThat(Files.readString(DOCKER.resolve("Dockerfile"))).contains("FROM flink:" + property(pom, "flink.version") + "-java17");
        String compose = Files.readString(DOCKER.resolve("compose.yaml"));
        assertThat(compose).contains("elasticsearch:" + property(pom, "elasticsearch.version"))
                .contains("apache/kafka:" + property(pom, "kafka.version"))
                .contains("io.carepulse.jobs.ingest.MentionScoringJob");
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(m.find()).as(name + " in pom.xml").isTrue();
        return m.group(1);
    }

    private static <T> java.util.List<T> iterable(java.util.Iterator<T> it) {
        java.util.List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
