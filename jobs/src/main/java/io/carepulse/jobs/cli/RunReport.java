package io.carepulse.jobs.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.carepulse.jobs.elastic.ElasticsearchConnection;
import io.carepulse.jobs.elastic.IndexNames;
import io.carepulse.jobs.ingest.JobCounters;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;

/** What a finished run did, and where an analyst looks next. */
final class RunReport {

    private final ElasticsearchClient client;
    private final IndexNames indices;
    private final String url;

    RunReport(ElasticsearchConnection connection, IndexNames indices, String url) {
        this.client = connection.client();
        this.indices = indices;
        this.url = url;
    }

    void print(JobExecutionResult result, PrintWriter out) throws IOException {
        client.indices().refresh(r -> r.index(indices.allMentions(), indices.deadLetters())
                .ignoreUnavailable(true).allowNoIndices(true));
        long mentionDocs = count(indices.allMentions());
        long deadLetterDocs = count(indices.deadLetters());

        out.printf("%nCarePulse run finished in %d s%n", result.getNetRuntime(TimeUnit.SECONDS));
        out.printf("  read     %6d records (%d invalid, sent to dead letters)%n",
                counter(result, JobCounters.READ), counter(result, JobCounters.INVALID));
        out.printf("  scored   %6d mentions (%d linked to an earlier duplicate, %d about no watched organisation)%n",
                counter(result, JobCounters.SCORED), counter(result, JobCounters.DUPLICATES),
                counter(result, JobCounters.UNMATCHED));
        out.printf("  in Elasticsearch now: %d mention documents in %s, %d dead letters in %s%n",
                mentionDocs, indices.allMentions(), deadLetterDocs, indices.deadLetters());
        out.printf("  (a mention read again, by a replay or a rerun, overwrites its own document)%n");
        printOrganisations(out);
        printQueries(out);
        out.flush();
    }

    private void printOrganisations(PrintWriter out) throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(indices.allMentions()).size(0)
                .ignoreUnavailable(true).allowNoIndices(true)
                .aggregations("organisations", a -> a.terms(t -> t.field("organisation_ids").size(50))
                        .aggregations("sentiment", sa -> sa.avg(avg -> avg.field("sentiment.score")))), Void.class);
        if (response.aggregations().isEmpty()) {
            return;
        }
        List<StringTermsBucket> buckets = response.aggregations().get("organisations").sterms().buckets().array();
        out.printf("%n  mentions and mean sentiment (-1..1) per watched organisation:%n");
        for (StringTermsBucket bucket : buckets) {
            out.printf("    %-28s %6d   %+.2f%n", bucket.key().stringValue(), bucket.docCount(),
                    bucket.aggregations().get("sentiment").avg().value());
        }
    }

    private void printQueries(PrintWriter out) {
        String mentions = url + "/" + indices.allMentions();
        out.printf("%nWhere to look (Elasticsearch at %s):%n", url);
        out.printf("  # daily volume and mean sentiment per organisation%n");
        out.printf("  curl -s '%s/_search?size=0&pretty' -H 'Content-Type: application/json' -d '"
                + "{\"aggs\":{\"org\":{\"terms\":{\"field\":\"organisation_ids\"},\"aggs\":{\"day\":{\"date_histogram\":"
                + "{\"field\":\"created_at\",\"calendar_interval\":\"day\"},\"aggs\":{\"sentiment\":{\"avg\":"
                + "{\"field\":\"sentiment.score\"}}}}}}}}'%n", mentions);
        out.printf("  # the five most negative mentions about Lakeside Health System that talk about waiting%n");
        out.printf("  curl -s '%s/_search?pretty&size=5&_source=text,platform,created_at,sentiment.score'"
                + " -H 'Content-Type: application/json' -d '{\"query\":{\"bool\":{\"filter\":[{\"term\":"
                + "{\"organisation_ids\":\"lakeside-health\"}}],\"must\":[{\"match\":{\"text\":\"wait waiting hours\"}}]}},"
                + "\"sort\":[{\"sentiment.score\":\"asc\"}]}'%n", mentions);
        out.printf("  # dead letters: what was refused and why%n");
        out.printf("  curl -s '%s/%s/_search?pretty&size=20&_source=reason,origin,stage'%n", url, indices.deadLetters());
        out.printf("%nThe local Elasticsearch keeps running: scripts/elasticsearch.sh status | stop%n");
    }

    private long count(String index) throws IOException {
        return client.count(c -> c.index(index).ignoreUnavailable(true).allowNoIndices(true)).count();
    }

    private static long counter(JobExecutionResult result, String name) {
        Object value = result.getAccumulatorResult(name);
        return value instanceof Number n ? n.longValue() : 0L;
    }
}
