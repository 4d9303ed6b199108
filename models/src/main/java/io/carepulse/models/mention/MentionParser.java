package io.carepulse.models.mention;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one input line (a JSON object, see docs/INPUT.md) into a {@link Mention}, or says
 * precisely why it cannot. Every problem in the record is reported, not just the first.
 * Thread-safe.
 */
public final class MentionParser {

    public static final int MAX_TEXT_LENGTH = 100_000;
    public static final int MAX_ID_LENGTH = 256;
    /** Further ahead than this, a timestamp is a producer's clock error, not a mention. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofHours(24);

    private static final ObjectMapper JSON =
            JsonMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build();
    private static final Set<String> KNOWN_FIELDS =
            Set.of(
                    "id", "platform", "kind", "text", "created_at", "url", "author", "rating",
                    "engagement", "in_reply_to", "language", "entity_hints");
    private static final Set<String> AUTHOR_FIELDS = Set.of("handle", "followers", "verified");
    private static final Set<String> ENGAGEMENT_FIELDS = Set.of("likes", "shares", "replies");
    private static final Pattern PLATFORM = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
    // control characters other than tab and newline, and the invisible characters
    // (zero-width space, word joiner, BOM) that make equal texts compare unequal; the
    // zero-width joiner stays: emoji sequences need it
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\p{Cc}&&[^\\t\\n]]|[\\u200B\\u2060\\uFEFF]");

    private final Clock clock;

    public MentionParser() {
        this(Clock.systemUTC());
    }

    public MentionParser(Clock clock) {
        this.clock = clock;
    }

    public ParseResult parse(String line) {
        if (line == null || line.isBlank()) {
            return new ParseResult.Rejected("empty record");
        }
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new ParseResult.Rejected("invalid JSON: " + e.getOriginalMessage()
                    + " (column " + e.getLocation().getColumnNr() + ")");
        }
        if (!root.isObject()) {
            return new ParseResult.Rejected("not a JSON object but " + describe(root));
        }
        return new RecordReader((ObjectNode) root).read();
    }

    /** Collects every problem of one record while reading its fields. */
    private final class RecordReader {
        private final ObjectNode root;
        private final List<String> problems = new ArrayList<>();
        private final ObjectNode extra = JSON.createObjectNode();

        RecordReader(ObjectNode root) {
            this.root = root;
        }

        ParseResult read() {
            String id = identifier("id", true);
            String platform = platform();
            MentionKind kind = kind();
            String text = text();
            Instant createdAt = createdAt();
            String url = url();
            Author author = author();
            Double rating = rating();
            Engagement engagement = engagement();
            String inReplyTo = identifier("in_reply_to", false);
            String language = language();
            List<String> hints = entityHints();
            collectUnknown(root, KNOWN_FIELDS, extra);

            if (!problems.isEmpty()) {
                return new ParseResult.Rejected(String.join("; ", problems));
            }
            String extraJson = extra.isEmpty() ? null : extra.toString();
            return new ParseResult.Parsed(new Mention(
                    id, platform, kind, text, createdAt, url, author, rating, engagement,
                    inReplyTo, language, hints, extraJson));
        }

        private String identifier(String field, boolean required) {
            JsonNode node = present(field, required);
            if (node == null) {
                return null;
            }
            String value;
            if (node.isTextual()) {
                value = node.asText().strip();
            } else if (node.isIntegralNumber()) {
                value = node.asText(); // numeric platform ids are common and lossless as text
            } else {
                return problem(field, "must be a string, not " + describe(node));
            }
            if (value.isEmpty()) {
                return problem(field, "must not be empty");
            }
            if (value.length() > MAX_ID_LENGTH) {
                return problem(field, "is longer than " + MAX_ID_LENGTH + " characters");
            }
            return value;
        }

        private String platform() {
            String value = string("platform", true);
            if (value == null) {
                return null;
            }
            String normalised = value.strip().toLowerCase(Locale.ROOT);
            if (!PLATFORM.matcher(normalised).matches()) {
                return problem("platform", "must be a lower-case name such as twitter or "
                        + "google_reviews, not " + quote(value));
            }
            return normalised;
        }

        private MentionKind kind() {
            String value = string("kind", true);
            if (value == null) {
                return null;
            }
            return MentionKind.fromCode(value.strip().toLowerCase(Locale.ROOT))
                    .orElseGet(() -> problem("kind",
                            "must be one of post, comment, reply, review, not " + quote(value)));
        }

        private String text() {
            String value = string("text", true);
            if (value == null) {
                return null;
            }
            String normalised =
                    INVISIBLE.matcher(Normalizer.normalize(value.replace("\r\n", "\n"),
                            Normalizer.Form.NFC)).replaceAll("").strip();
            if (normalised.isEmpty()) {
                return problem("text", "must not be empty");
            }
            if (normalised.length() > MAX_TEXT_LENGTH) {
                return problem("text", "is longer than " + MAX_TEXT_LENGTH + " characters");
            }
            return normalised;
        }

        private Instant createdAt() {
            String value = string("created_at", true);
            if (value == null) {
                return null;
            }
            Instant instant;
            try {
                instant = OffsetDateTime.parse(value.strip()).toInstant();
            } catch (DateTimeParseException e) {
                return problem("created_at", hasNoOffset(value)
                        ? "has no UTC offset (expected e.g. 2024-05-01T14:03:00+02:00), got " + quote(value)
                        : "is not an ISO-8601 timestamp with offset, got " + quote(value));
            }
            if (instant.isAfter(clock.instant().plus(MAX_CLOCK_SKEW))) {
                return problem("created_at", "lies more than " + MAX_CLOCK_SKEW.toHours()
                        + "h in the future: " + value);
            }
            return instant;
        }

        private String url() {
            String value = string("url", false);
            if (value == null) {
                return null;
            }
            try {
                URI uri = new URI(value.strip());
                String scheme = uri.getScheme();
                if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                        || uri.getHost() == null) {
                    return problem("url", "must be an absolute http(s) URL, got " + quote(value));
                }
                return uri.toString();
            } catch (URISyntaxException e) {
                return problem("url", "is not a valid URL: " + quote(value));
            }
        }

        private Author author() {
            ObjectNode node = object("author");
            if (node == null) {
                return null;
            }
            String handle = nestedString(node, "author.handle");
            if (handle != null) {
                handle = handle.strip();
                if (handle.startsWith("@")) {
                    handle = handle.substring(1);
                }
            }
            Long followers = count(node, "author.followers");
            Boolean verified = null;
            JsonNode v = node.get("verified");
            if (v != null && !v.isNull()) {
                if (v.isBoolean()) {
                    verified = v.booleanValue();
                } else {
                    problem("author.verified", "must be true or false, not " + describe(v));
                }
            }
            collectNestedUnknown(node, "author", AUTHOR_FIELDS);
            return new Author(handle, followers, verified);
        }

        private Engagement engagement() {
            ObjectNode node = object("engagement");
            if (node == null) {
                return null;
            }
            Engagement engagement = new Engagement(
                    count(node, "engagement.likes"),
                    count(node, "engagement.shares"),
                    count(node, "engagement.replies"));
            collectNestedUnknown(node, "engagement", ENGAGEMENT_FIELDS);
            return engagement;
        }

        private Double rating() {
            JsonNode node = present("rating", false);
            if (node == null) {
                return null;
            }
            if (!node.isNumber()) {
                return problem("rating", "must be a number from 1 to 5, not " + describe(node));
            }
            double rating = node.doubleValue();
            if (rating < 1 || rating > 5) {
                return problem("rating", "must be from 1 to 5, got " + node.asText());
            }
            return rating;
        }

        private String language() {
            String value = string("language", false);
            if (value == null) {
                return null;
            }
            if (!LANGUAGE.matcher(value.strip()).matches()) {
                return problem("language", "must be a language code such as en or en-US, got " + quote(value));
            }
            return value.strip();
        }

        private List<String> entityHints() {
            JsonNode node = present("entity_hints", false);
            if (node == null) {
                return List.of();
            }
            if (!node.isArray()) {
                return problem("entity_hints", "must be a list of strings, not " + describe(node));
            }
            List<String> hints = new ArrayList<>();
            for (JsonNode hint : node) {
                if (!hint.isTextual()) {
                    return problem("entity_hints", "must contain only strings, found " + describe(hint));
                }
                if (!hint.asText().isBlank()) {
                    hints.add(hint.asText().strip());
                }
            }
            return hints;
        }

        // --- field access helpers

        private JsonNode present(String field, boolean required) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                if (required) {
                    problems.add("missing required field \"" + field + "\"");
                }
                return null;
            }
            return node;
        }

        private String string(String field, boolean required) {
            JsonNode node = present(field, required);
            if (node == null) {
                return null;
            }
            if (!node.isTextual()) {
                return problem(field, "must be a string, not " + describe(node));
            }
            return node.asText();
        }

        private ObjectNode object(String field) {
            JsonNode node = present(field, false);
            if (node == null) {
                return null;
            }
            if (!node.isObject()) {
                return problem(field, "must be an object, not " + describe(node));
            }
            return (ObjectNode) node;
        }

        private String nestedString(ObjectNode parent, String path) {
            JsonNode node = parent.get(leaf(path));
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                return problem(path, "must be a string, not " + describe(node));
            }
            return node.asText();
        }

        private Long count(ObjectNode parent, String path) {
            JsonNode node = parent.get(leaf(path));
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
                return problem(path, "must be a whole number >= 0, not " + describe(node));
            }
            return node.longValue();
        }

        private void collectNestedUnknown(ObjectNode node, String field, Set<String> known) {
            ObjectNode unknown = JSON.createObjectNode();
            collectUnknown(node, known, unknown);
            if (!unknown.isEmpty()) {
                extra.set(field, unknown);
            }
        }

        private <T> T problem(String field, String message) {
            problems.add("field \"" + field + "\" " + message);
            return null;
        }
    }

    private static void collectUnknown(ObjectNode node, Set<String> known, ObjectNode into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!known.contains(field.getKey())) {
                into.set(field.getKey(), field.getValue());
            }
        }
    }

    private static boolean hasNoOffset(String value) {
        try {
            LocalDateTime.parse(value.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case STRING -> "the string " + quote(node.asText());
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String quote(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "\"" + shown + "\"";
    }
}
