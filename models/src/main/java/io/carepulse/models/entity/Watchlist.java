package io.carepulse.models.entity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The organisations a deployment watches (config/watchlist.yaml). */
public record Watchlist(List<WatchedOrganisation> organisations) implements Serializable {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory())
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Watchlist {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }

    /** Reads and validates a watchlist file; errors name the file and the offending key. */
    public static Watchlist load(Path file) {
        Watchlist watchlist;
        try {
            watchlist = YAML.readValue(Files.readAllBytes(file), Watchlist.class);
        } catch (JsonMappingException e) {
            throw new WatchlistException(file + ": " + describePath(e) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new WatchlistException(file + ": cannot read the watchlist: " + e.getMessage(), e);
        }
        if (watchlist == null) {
            throw new WatchlistException(file + ": the watchlist is empty");
        }
        List<String> problems = watchlist.problems();
        if (!problems.isEmpty()) {
            throw new WatchlistException(file + ": " + String.join("; ", problems));
        }
        return watchlist;
    }

    /** Every inconsistency, each naming its key (e.g. organisations[1].facilities[0].id). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (organisations.isEmpty()) {
            problems.add("organisations: at least one organisation is needed");
        }
        Set<String> ids = new HashSet<>();
        for (int o = 0; o < organisations.size(); o++) {
            WatchedOrganisation org = organisations.get(o);
            String key = "organisations[" + o + "]";
            checkEntity(key, org.id(), org.name(), ids, problems);
            Set<String> facilityIds = new HashSet<>();
            for (int f = 0; f < org.facilities().size(); f++) {
                WatchedFacility facility = org.facilities().get(f);
                checkEntity(key + ".facilities[" + f + "]", facility.id(), facility.name(), ids, problems);
                facilityIds.add(facility.id());
            }
            for (int p = 0; p < org.providers().size(); p++) {
                WatchedProvider provider = org.providers().get(p);
                String pkey = key + ".providers[" + p + "]";
                checkEntity(pkey, provider.id(), provider.name(), ids, problems);
                if (provider.facility() != null && !facilityIds.contains(provider.facility())) {
                    problems.add(pkey + ".facility: \"" + provider.facility()
                            + "\" is not a facility of " + org.id());
                }
            }
        }
        return problems;
    }

    private static void checkEntity(String key, String id, String name, Set<String> ids, List<String> problems) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(key + ".id: must be lower-case letters, digits, - or _ (got " + id + ")");
        } else if (!ids.add(id)) {
            problems.add(key + ".id: \"" + id + "\" is used twice");
        }
        if (name == null || name.isBlank()) {
            problems.add(key + ".name: is missing");
        }
    }

    private static String describePath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
