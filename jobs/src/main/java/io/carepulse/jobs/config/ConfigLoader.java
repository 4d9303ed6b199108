package io.carepulse.jobs.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads {@link CarePulseConfig}: the YAML file, then CAREPULSE_* environment variables, then
 * command-line overrides, each replacing the one before key by key. Paths written in the file
 * are relative to the file's folder; paths from the environment or the command line to the
 * working directory. Every error names the key and where its value came from.
 */
public final class ConfigLoader {

    /** Keys whose values are secrets: accepted from the environment, never from the file. */
    private static final List<String> SECRET_KEYS = List.of("elasticsearch.password", "elasticsearch.api-key");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper BINDER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .addModule(new SimpleModule()
                    .addDeserializer(Duration.class, fromText(Durations::parse))
                    .addDeserializer(ByteSize.class, fromText(ByteSize::parse))
                    .addDeserializer(Path.class, fromText(Path::of)))
            .build();

    private final Path file;
    private final Map<String, String> origins = new HashMap<>();

    private ConfigLoader(Path file) {
        this.file = file;
    }

    public static CarePulseConfig load(Path file) {
        return load(file, System.getenv(), Map.of());
    }

    /**
     * @param overrides values by key (e.g. "elasticsearch.url"), as given on the command line
     */
    public static CarePulseConfig load(Path file, Map<String, String> env, Map<String, String> overrides) {
        return new ConfigLoader(file).read(env, overrides);
    }

    private CarePulseConfig read(Map<String, String> env, Map<String, String> overrides) {
        ObjectNode tree = readFile();
        Map<String, Class<?>> leaves = ConfigKeys.leaves();
        for (String key : SECRET_KEYS) {
            JsonNode value = at(tree, key);
            if (value != null && !value.isNull() && !value.asText().isEmpty()) {
                throw new ConfigException(file + ": key " + key + ": secrets must not be written in the "
                        + "config file; set " + ConfigKeys.envName(key) + " or " + key + "-file");
            }
        }
        rejectUnknownKeys(tree, "", leaves);
        resolvePaths(tree, leaves, file.toAbsolutePath().getParent());
        Path workingDir = Path.of("").toAbsolutePath();
        for (Map.Entry<String, Class<?>> leaf : leaves.entrySet()) {
            String envName = ConfigKeys.envName(leaf.getKey());
            String value = env.get(envName);
            if (value != null) {
                set(tree, leaf.getKey(), leaf.getValue() == Path.class ? workingDir.resolve(value).normalize().toString() : value);
                origins.put(leaf.getKey(), "environment variable " + envName);
            }
        }
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            Class<?> type = leaves.get(override.getKey());
            if (type == null) {
                throw new IllegalArgumentException("no configuration key " + override.getKey());
            }
            String value = override.getValue();
            set(tree, override.getKey(), type == Path.class ? workingDir.resolve(value).normalize().toString() : value);
            origins.put(override.getKey(), "command line");
        }
        CarePulseConfig config = bind(tree);
        List<String> problems = ConfigValidator.problems(config);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.stream().map(this::describe).collect(Collectors.joining("\n")));
        }
        return withSecretsFromFiles(config);
    }

    /** Reads the API key and password files now, so a wrong path fails at start, not mid-run. */
    private CarePulseConfig withSecretsFromFiles(CarePulseConfig config) {
        ElasticsearchConfig es = config.elasticsearch();
        String apiKey = es.apiKeyFile() == null ? es.apiKey() : readSecret("elasticsearch.api-key-file", es.apiKeyFile());
        String password = es.passwordFile() == null ? es.password() : readSecret("elasticsearch.password-file", es.passwordFile());
        ElasticsearchConfig resolved = new ElasticsearchConfig(es.url(), es.startLocal(), es.indexPrefix(), es.username(),
                password, es.passwordFile(), apiKey, es.apiKeyFile(), es.caCertificate(), es.bulk());
        return new CarePulseConfig(config.source(), config.input(), config.kafka(), resolved, config.job(),
                config.sentiment(), config.misinformation(), config.watchlist());
    }

    private String readSecret(String key, Path secretFile) {
        try {
            String secret = Files.readString(secretFile, StandardCharsets.UTF_8).strip();
            if (secret.isEmpty()) {
                throw new ConfigException(origin(key) + ": key " + key + ": " + secretFile + " is empty");
            }
            return secret;
        } catch (IOException e) {
            throw new ConfigException(origin(key) + ": key " + key + ": cannot read " + secretFile + " (" + e + ")", e);
        }
    }

    private ObjectNode readFile() {
        try {
            JsonNode root = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || root.isMissingNode()) {
                return YAML.createObjectNode();
            }
            if (!root.isObject()) {
                throw new ConfigException(file + ": must be a YAML mapping of keys");
            }
            return (ObjectNode) root;
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the configuration file (" + e + ")", e);
        }
    }

    private CarePulseConfig bind(ObjectNode tree) {
        try {
            return BINDER.treeToValue(tree, CarePulseConfig.class);
        } catch (JsonMappingException e) {
            String key = keyOf(e);
            String problem = e.getOriginalMessage().startsWith("Cannot map `null`") ? "is missing" : e.getOriginalMessage();
            throw new ConfigException(origin(key) + ": key " + key + ": " + problem, e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Unknown keys are mistakes (a typo leaves a default in force unnoticed), so they are errors. */
    private void rejectUnknownKeys(JsonNode node, String prefix, Map<String, Class<?>> leaves) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = prefix + names.next();
            if (leaves.containsKey(key)) {
                continue; // a leaf, possibly a map such as kafka.properties whose keys are free
            }
            boolean parent = leaves.keySet().stream().anyMatch(leaf -> leaf.startsWith(key + "."));
            if (!parent) {
                String siblings = leaves.keySet().stream()
                        .filter(leaf -> leaf.startsWith(prefix) && leaf.indexOf('.', prefix.length()) < 0)
                        .map(leaf -> leaf.substring(prefix.length()))
                        .collect(Collectors.joining(", "));
                String level = prefix.isEmpty() ? "at the top level" : "in " + prefix.substring(0, prefix.length() - 1);
                throw new ConfigException(file + ": unknown key " + key + " (known " + level + ": " + siblings + ")");
            }
            JsonNode child = node.get(key.substring(prefix.length()));
            if (child.isObject()) {
                rejectUnknownKeys(child, key + ".", leaves);
            }
        }
    }

    /** "key: problem" from the validator, with where that key's value came from. */
    private String describe(String problem) {
        String key = problem.substring(0, problem.indexOf(':'));
        return origin(key) + ": key " + problem;
    }

    private String origin(String key) {
        return origins.getOrDefault(key, file.toString());
    }

    private static void resolvePaths(ObjectNode tree, Map<String, Class<?>> leaves, Path base) {
        leaves.forEach((key, type) -> {
            JsonNode value = at(tree, key);
            if (type == Path.class && value != null && value.isTextual() && !value.asText().isBlank()) {
                set(tree, key, base.resolve(value.asText()).normalize().toString());
            }
        });
    }

    private static JsonNode at(ObjectNode tree, String key) {
        JsonNode node = tree;
        for (String part : key.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    private static void set(ObjectNode tree, String key, String value) {
        String[] parts = key.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                child = node.putObject(parts[i]);
            }
            node = (ObjectNode) child;
        }
        node.put(parts[parts.length - 1], value);
    }

    private static String keyOf(JsonMappingException e) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            parts.add(ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return String.join(".", parts);
    }

    private static <T> JsonDeserializer<T> fromText(Function<String, T> parse) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                if (text == null) {
                    return null;
                }
                try {
                    return parse.apply(text);
                } catch (RuntimeException e) {
                    throw JsonMappingException.from(p, e.getMessage(), e);
                }
            }
        };
    }
}
