package io.carepulse.jobs.elastic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;

/** Checks documents against the strict mappings of config/elasticsearch, field by field. */
final class IndexMappingAssert {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexMappingAssert() {}

    static JsonNode template(String resource) throws IOException {
        try (InputStream in = IndexMappingAssert.class.getResourceAsStream("/elasticsearch/" + resource)) {
            return JSON.readTree(in);
        }
    }

    /** Every field of the document (leaves, dotted) is mapped, except below a disabled object. */
    static void assertMapped(JsonNode document, String templateResource) throws IOException {
        JsonNode properties = template(templateResource).at("/template/mappings/properties");
        TreeSet<String> unmapped = new TreeSet<>();
        collectUnmapped(document, properties, "", unmapped);
        assertThat(unmapped).as("fields written but not in the mapping of " + templateResource).isEmpty();
    }

    /** Dotted paths of the mapped fields: leaves and nested objects; the per-sentence spans count as one. */
    static java.util.List<String> fieldPaths(JsonNode properties, String prefix) {
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = prefix + field.getKey();
            JsonNode mapping = field.getValue();
            boolean object = mapping.has("properties");
            if (!object || "nested".equals(mapping.path("type").asText()) || path.equals("sentiment.sentences")) {
                paths.add(path);
            }
            if (object && !path.equals("sentiment.sentences")) {
                paths.addAll(fieldPaths(mapping.get("properties"), path + "."));
            }
        }
        return paths;
    }

    private static void collectUnmapped(JsonNode node, JsonNode properties, String prefix, TreeSet<String> unmapped) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode mapping = properties.get(field.getKey());
            String path = prefix + field.getKey();
            if (mapping == null) {
                unmapped.add(path);
                continue;
            }
            if (mapping.path("enabled").asBoolean(true) && mapping.has("properties")) {
                JsonNode value = field.getValue();
                for (JsonNode element : value.isArray() ? value : JSON.createArrayNode().add(value)) {
                    collectUnmapped(element, mapping.get("properties"), path + ".", unmapped);
                }
            }
        }
    }
}
