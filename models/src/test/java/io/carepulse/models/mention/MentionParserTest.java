package io.carepulse.models.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MentionParserTest {

    private final MentionParser parser =
            new MentionParser(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

    private Mention parsed(String line) {
        ParseResult result = parser.parse(line);
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).mention();
    }

    private String rejected(String line) {
        ParseResult result = parser.parse(line);
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) result).reason();
    }

    @Test
    void readsEveryDocumentedField() {
        Mention m = parsed("""
                {"id":"gr-1","platform":"Google_Reviews","kind":"review","text":" Great care ","created_at":"2026-10-02T10:00:00-05:00",
                 "url":"https://maps.example.org/r/1","author":{"handle":"@Jane","followers":12,"verified":true},"rating":4,
                 "engagement":{"likes":3,"shares":1,"replies":0},"in_reply_to":"gr-0","language":"en-US","entity_hints":["mercy-ridge"]}
                """);
        assertThat(m.id()).isEqualTo("gr-1");
        assertThat(m.platform()).isEqualTo("google_reviews");
        assertThat(m.kind()).isEqualTo(MentionKind.REVIEW);
        assertThat(m.text()).isEqualTo("Great care");
        assertThat(m.createdAt()).isEqualTo(Instant.parse("2026-10-02T15:00:00Z"));
        assertThat(m.url()).isEqualTo("https://maps.example.org/r/1");
        assertThat(m.author()).isEqualTo(new Author("Jane", 12L, true));
        assertThat(m.rating()).isEqualTo(4.0);
        assertThat(m.engagement()).isEqualTo(new Engagement(3L, 1L, 0L));
        assertThat(m.inReplyTo()).isEqualTo("gr-0");
        assertThat(m.language()).isEqualTo("en-US");
        assertThat(m.entityHints()).containsExactly("mercy-ridge");
        assertThat(m.extraJson()).isNull();
    }

    @Test
    void keepsUnknownFieldsInExtraInsteadOfRejecting() {
        Mention m = parsed("""
                {"id":"1","platform":"twitter","kind":"post","text":"hi","created_at":"2026-10-02T10:00:00Z",
                 "collector":"brandwatch","geo":{"city":"Madison"},"author":{"handle":"a","badge":"gold"}}
                """);
        assertThat(m.extraJson()).isEqualTo("{\"author\":{\"badge\":\"gold\"},\"collector\":\"brandwatch\",\"geo\":{\"city\":\"Madison\"}}");
    }

    @Test
    void acceptsNumericIdsAsText() {
        assertThat(parsed("{\"id\":2103960751143843422,\"platform\":\"twitter\",\"kind\":\"post\",\"text\":\"x\","
                + "\"created_at\":\"2026-10-02T10:00:00Z\"}").id()).isEqualTo("2103960751143843422");
    }

    @Test
    void namesEveryMissingRequiredField() {
        assertThat(rejected("{\"platform\":\"twitter\",\"kind\":\"post\"}"))
                .contains("missing required field \"id\"")
                .contains("missing required field \"text\"")
                .contains("missing required field \"created_at\"");
    }

    @Test
    void explainsTimestampsWithoutOffsetOrNotDates() {
        assertThat(rejected(line("\"created_at\":\"2026-10-02T10:00:00\""))).contains("created_at").contains("has no UTC offset");
        assertThat(rejected(line("\"created_at\":\"yesterday\""))).contains("is not an ISO-8601 timestamp");
        assertThat(rejected(line("\"created_at\":\"2026-11-27T12:00:00Z\""))).contains("in the future");
    }

    @Test
    void rejectsValuesOutsideTheirDomain() {
        assertThat(rejected(line("\"kind\":\"story\""))).contains("\"kind\" must be one of post, comment, reply, review");
        assertThat(rejected(line("\"rating\":7"))).contains("\"rating\" must be from 1 to 5");
        assertThat(rejected(line("\"author\":{\"followers\":-5}"))).contains("\"author.followers\" must be a whole number >= 0");
        assertThat(rejected(line("\"text\":\"   \""))).contains("\"text\" must not be empty");
        assertThat(rejected(line("\"url\":\"javascript:alert(1)\""))).contains("\"url\" must be an absolute http(s) URL");
        assertThat(rejected(line("\"entity_hints\":\"mercy\""))).contains("\"entity_hints\" must be a list of strings");
    }

    @Test
    void rejectsWhatIsNotAJsonObject() {
        assertThat(rejected("{\"id\":\"1\",")).startsWith("invalid JSON:");
        assertThat(rejected("[1,2]")).isEqualTo("not a JSON object but a list");
        assertThat(rejected("{\"id\":\"1\",\"id\":\"2\"}")).startsWith("invalid JSON:").contains("Duplicate field");
    }

    @Test
    void normalisesTextButKeepsEmojiSequences() {
        String doctor = "\uD83D\uDC69\u200D\u2695\uFE0F"; // woman health worker: needs the zero-width joiner
        Mention m = parsed(line("\"text\":\"\\uFEFFgreat\\u200B care\\r\\nthanks " + doctor + "\""));
        assertThat(m.text()).isEqualTo("great care\nthanks " + doctor);
    }

    @Test
    void documentIdIsStablePerPlatformAndId() {
        Mention a = parsed(line("\"text\":\"one text\""));
        Mention b = parsed(line("\"text\":\"another text\""));
        assertThat(a.documentId()).isEqualTo(b.documentId()).hasSize(32);
        assertThat(parsed(line("\"platform\":\"reddit\"")).documentId()).isNotEqualTo(a.documentId());
    }

    /** A valid record with one field replaced or added. */
    private static String line(String field) {
        String name = field.substring(1, field.indexOf('"', 1));
        StringBuilder sb = new StringBuilder("{");
        String[][] base = {
            {"id", "\"1\""}, {"platform", "\"twitter\""}, {"kind", "\"post\""}, {"text", "\"hello\""},
            {"created_at", "\"2026-10-02T10:00:00Z\""}
        };
        for (String[] kv : base) {
            if (!kv[0].equals(name)) {
                sb.append('"').append(kv[0]).append("\":").append(kv[1]).append(',');
            }
        }
        return sb.append(field).append('}').toString();
    }
}
