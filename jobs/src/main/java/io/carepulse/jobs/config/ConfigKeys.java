package io.carepulse.jobs.config;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The keys of the configuration, read off the records themselves so that the YAML keys, the
 * environment variables and the documentation cannot drift apart: component {@code maxActions}
 * of {@code elasticsearch.bulk} is key {@code elasticsearch.bulk.max-actions} and environment
 * variable {@code CAREPULSE_ELASTICSEARCH_BULK_MAX_ACTIONS}.
 */
public final class ConfigKeys {

    public static final String ENV_PREFIX = "CAREPULSE_";

    private ConfigKeys() {}

    /** Every leaf key of the configuration with the Java type of its value, in declaration order. */
    public static Map<String, Class<?>> leaves() {
        Map<String, Class<?>> leaves = new LinkedHashMap<>();
        collect(CarePulseConfig.class, "", leaves);
        return leaves;
    }

    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    static String kebab(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('-').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void collect(Class<?> type, String prefix, Map<String, Class<?>> into) {
        for (RecordComponent component : type.getRecordComponents()) {
            String key = prefix + kebab(component.getName());
            Class<?> valueType = component.getType();
            if (valueType.isRecord() && valueType != ByteSize.class) {
                collect(valueType, key + ".", into);
            } else {
                into.put(key, valueType);
            }
        }
    }
}
