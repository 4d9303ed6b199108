package io.carepulse.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.carepulse.jobs.testing.ElasticsearchExtension;
import io.carepulse.jobs.testing.Indices;
import io.carepulse.jobs.testing.TestElasticsearch;
import io.carepulse.models.mention.DocumentIds;
import io.carepulse.models.mention.MentionParser;
import io.carepulse.models.mention.ParseResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/**
 * The first README command's path: {@code carepulse run} over the bundled samples, into a real
 * Elasticsearch, through a Flink MiniCluster with the real CoreNLP models; then again.
 */
@ExtendWith(ElasticsearchExtension.class)
class SampleRunIT {

    private static final Path SAMPLES = Path.of("../config/samples/mentions.jsonl").toAbsolutePath().normalize();
    /** Verified independently of our parser when the samples were written: config/samples/README.md */
    private static final int DISTINCT_VALID_MENTIONS = 336;
    private static final Map<Integer, String> MALFORMED_LINES = Map.of(
            30, "invalid JSON", 65, "not a JSON object", 90, "missing required field \"text\"",
            109, "has no UTC offset", 143, "missing required field \"created_at\"", 182, "\"kind\" must be one of",
            211, "\"rating\" must be from 1 to 5", 239, "\"author.followers\" must be a whole number",
            301, "\"text\" must not be empty", 323, "is not an ISO-8601 timestamp");
    private static final String PREFIX = "it-samples-";
    /** Fictional identifiers the samples leak (config/samples/README.md): names, DOB, member id, MRN, phones, account. */
    private static final List<String> PLANTED_IDENTIFIERS = List.of("Jessica Trent", "03/14/1986", "NSH-448-201-77",
            "Carla Mendes", "07/22/1979", "55-019382", "614-555-0128", "00482913", "608-555-0187", "Ruth Kaminski", "217-555-0164");

    @Test
    void everySampleLandsOnceBadLinesBecomeDeadLettersAndARerunChangesNoCount(TestElasticsearch es) throws Exception {
        Indices indices = new Indices(es.client());
        String mentions = PREFIX + "mentions-*";
        String deadLetters = PREFIX + "deadletter";

        StringWriter logs = new StringWriter();
        String report;
        try (LogCapture capture = new LogCapture(logs)) {
            report = runCli(es);
        }
        assertThat(report).contains("in Elasticsearch now: " + DISTINCT_VALID_MENTIONS + " mention documents");

        List<Hit<JsonNode>> docs = indices.all(mentions);
        assertThat(docs).hasSize(DISTINCT_VALID_MENTIONS);
        assertThat(docs.stream().map(Hit::id).collect(Collectors.toSet())).isEqualTo(expectedDocumentIds());
        assertThat(docs.stream().map(Hit::index).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PREFIX + "mentions-2026.09", PREFIX + "mentions-2026.10");

        Map<String, JsonNode> byMentionId = docs.stream()
                .collect(Collectors.toMap(h -> h.source().get("mention_id").asText(), Hit::source, (a, b) -> a));
        assertDocumentedFields(byMentionId.get("hg-6b8c3a"));
        JsonNode repost = byMentionId.get("2103988437515898368");
        assertThat(repost.get("duplicate_of").asText())
                .isEqualTo(DocumentIds.of("twitter", "2103960751143843422"));
        assertThat(docs).filteredOn(h -> !h.source().get("matched").asBoolean()).isNotEmpty();
        JsonNode compared = byMentionId.get("2106554095001135525"); // "Mercy Ridge was great, unlike Lakeside Hospital which was a nightmare"
        assertThat(compared.at("/entities/0/organisation_id").asText()).isEqualTo("mercy-ridge");
        assertThat(compared.at("/entities/0/sentiment_label").asText()).isEqualTo("positive");
        assertThat(compared.at("/entities/1/organisation_id").asText()).isEqualTo("lakeside-health");
        assertThat(compared.at("/entities/1/sentiment_label").asText()).isEqualTo("negative");
        assertThat(docs).filteredOn(h -> h.source().has("aspect_sentiment")).hasSizeGreaterThan(DISTINCT_VALID_MENTIONS / 2);
        // "Doctors don't want you to know this: a daily teaspoon of borax ... RT before they delete it!!"
        JsonNode cure = byMentionId.get("2104365178923333809").get("misinformation");
        assertThat(cure.get("level").asText()).isEqualTo("high");
        assertThat(cure.get("reasons").valueStream().map(JsonNode::asText)).isNotEmpty();
        // 284,000 followers and 6,200 shares: reach near a million, exposure most of the risk
        assertThat(cure.get("estimated_reach").asLong()).isEqualTo(284_000 + 100 * 6_200 + 10 * 2_900 + 18_400);
        assertThat(cure.get("exposure").asDouble()).isBetween(0.75 * cure.get("risk").asDouble(), cure.get("risk").asDouble());
        assertThat(compared.at("/misinformation/level").asText()).isEqualTo("low");
        assertThat(compared.at("/misinformation/reasons")).isEmpty();
        assertThat(docs.stream().flatMap(h -> h.source().get("organisation_ids").valueStream()).map(JsonNode::asText)
                .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("mercy-ridge", "lakeside-health", "brightpath", "northstar-health-plan");

        List<Hit<JsonNode>> letters = indices.all(deadLetters);
        assertThat(letters).hasSize(MALFORMED_LINES.size());
        Map<String, String> reasonByOrigin = letters.stream()
                .collect(Collectors.toMap(h -> h.source().get("origin").asText(), h -> h.source().get("reason").asText()));
        MALFORMED_LINES.forEach((line, reason) ->
                assertThat(reasonByOrigin.get("file:" + SAMPLES + ":" + line)).as("line " + line).contains(reason));

        // the privacy slips planted in the samples: nowhere in clear, neither indexed nor logged
        String everything = docs.stream().map(h -> h.source().toString()).collect(Collectors.joining("\n"))
                + letters.stream().map(h -> h.source().toString()).collect(Collectors.joining("\n"));
        assertThat(logs.toString()).contains("Progress:");
        for (String identifier : PLANTED_IDENTIFIERS) {
            assertThat(everything).as("indexed: " + identifier).doesNotContain(identifier);
            assertThat(logs.toString()).as("logged: " + identifier).doesNotContain(identifier);
            assertThat(report).as("reported: " + identifier).doesNotContain(identifier);
        }
        JsonNode ownReply = byMentionId.get("3401763680515971_738236591558787"); // @MercyRidgeCares names a patient
        assertThat(ownReply.at("/privacy/incident").asText()).isEqualTo("critical");
        assertThat(ownReply.get("text").asText()).contains("[NAME]").contains("[PHONE]");
        JsonNode slip = byMentionId.get("gr-94981e"); // a reviewer posts her own name, DOB, account and phone
        assertThat(slip.at("/privacy/types").valueStream().map(JsonNode::asText)).contains("NAME", "DATE", "ACCOUNT", "PHONE");
        assertThat(docs).filteredOn(h -> h.source().at("/privacy/incident").asText().equals("critical")).hasSizeGreaterThanOrEqualTo(2);

        runCli(es);
        List<Hit<JsonNode>> again = indices.all(mentions);
        assertThat(again).hasSize(DISTINCT_VALID_MENTIONS);
        assertThat(again).allSatisfy(hit -> assertThat(hit.version()).as("overwritten by the rerun").isGreaterThanOrEqualTo(2));
        assertThat(indices.count(deadLetters)).isEqualTo(MALFORMED_LINES.size());
    }

    /** Everything logged while open, as Log4j writes it to the console. */
    private static final class LogCapture implements AutoCloseable {
        private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
        private final Appender appender;

        LogCapture(StringWriter into) {
            appender = WriterAppender.createAppender(PatternLayout.newBuilder().withPattern("%m%n").build(), null, into,
                    "it-capture", false, true);
            appender.start();
            context.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
            context.updateLoggers();
        }

        @Override
        public void close() {
            context.getConfiguration().getRootLogger().removeAppender(appender.getName());
            context.updateLoggers();
            appender.stop();
        }
    }

    private static String runCli(TestElasticsearch es) {
        StringWriter out = new StringWriter();
        CommandLine cli = CarePulseCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        int exit = cli.execute("run", "--input", SAMPLES.toString(), "--es", es.url(), "--index-prefix", PREFIX);
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }

    private static void assertDocumentedFields(JsonNode review) {
        assertThat(review.get("platform").asText()).isEqualTo("healthgrades");
        assertThat(review.get("kind").asText()).isEqualTo("review");
        assertThat(review.get("rating").asDouble()).isEqualTo(5.0);
        assertThat(review.get("text").asText()).startsWith("Dr. Chen is an outstanding surgeon.");
        assertThat(review.get("created_at").asText()).isEqualTo("2026-09-27T00:49:35Z");
        assertThat(review.get("indexed_at").asText()).isNotBlank();
        assertThat(review.get("entity_ids").valueStream().map(JsonNode::asText)).contains("dr-emily-chen");
        assertThat(review.get("organisation_ids").get(0).asText()).isEqualTo("lakeside-health");
        assertThat(review.at("/sentiment/score").asDouble()).isBetween(-1.0, 1.0);
        assertThat(review.at("/sentiment/label").asText()).isIn("negative", "neutral", "positive");
        assertThat(review.at("/sentiment/sentences")).isNotEmpty();
        assertThat(review.at("/sentiment/rating_blended").asBoolean()).isTrue();
        assertThat(review.at("/sentiment/label").asText()).isEqualTo("positive");
        assertThat(review.get("aspects").valueStream().map(JsonNode::asText)).contains("staff");
        assertThat(review.get("fingerprint").asText()).hasSize(32);
        assertThat(review.get("is_duplicate").asBoolean()).isFalse();
    }

    /** The ids the valid sample lines must get; computed here from the file, not from the index. */
    private static Set<String> expectedDocumentIds() throws Exception {
        MentionParser parser = new MentionParser();
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(SAMPLES)) {
            if (parser.parse(line) instanceof ParseResult.Parsed parsed) {
                ids.add(parsed.mention().documentId());
            }
        }
        assertThat(ids).hasSize(DISTINCT_VALID_MENTIONS);
        return ids;
    }
}
