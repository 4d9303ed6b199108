package io.carepulse.jobs.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carepulse.jobs.config.CarePulseConfig;
import io.carepulse.jobs.elastic.BulkEntry;
import io.carepulse.jobs.elastic.ElasticsearchConnection;
import io.carepulse.jobs.elastic.IndexNames;
import io.carepulse.jobs.elastic.IndexTemplates;
import io.carepulse.jobs.elastic.MentionDocuments;
import io.carepulse.jobs.ingest.JobCounters;
import io.carepulse.jobs.ingest.MentionScoringJob;
import io.carepulse.models.LabelThresholds;
import io.carepulse.models.MentionScorer;
import io.carepulse.models.entity.Watchlist;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.JobExecutionResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One benchmark run: synthetic mentions through the real job into Elasticsearch, with the
 * references that bound it (each stage alone; a plain {@code _bulk} loop against our sink alone
 * on the same documents) and the counts check. See docs/BENCHMARKS.md.
 */
public final class Benchmark {

    private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CarePulseConfig config;
    private final SyntheticMentions.Options options;
    private final int sentimentSample;
    private final int referenceDocuments;
    private final String prefix;
    private final String rawPrefix;
    private final String sinkPrefix;

    /**
     * @param config the job's configuration: its input path is where the synthetic mentions are
     *     written, its index prefix (all of whose indices the run deletes) where they are indexed
     * @param sentimentSample mentions the slow sentiment stage is measured on alone
     * @param referenceDocuments documents for the sink references: the indexed ones, repeated
     *     under new ids up to this many, so that start-up costs do not dominate a small run
     */
    public Benchmark(CarePulseConfig config, SyntheticMentions.Options options, int sentimentSample,
                     int referenceDocuments) {
        this.config = config;
        this.options = options;
        this.sentimentSample = Math.max(1, sentimentSample);
        this.referenceDocuments = referenceDocuments;
        this.prefix = config.elasticsearch().indexPrefix();
        this.rawPrefix = prefix + "raw-";
        this.sinkPrefix = prefix + "sink-";
    }

    public BenchResult run() throws Exception {
        Watchlist watchlist = Watchlist.load(config.watchlist());
        Path workDir = config.input().path().getParent();
        Files.createDirectories(workDir);
        SyntheticMentions.Written input = SyntheticMentions.write(config.input().path(), options, watchlist);
        LOG.info("Bench input: {} lines ({} KiB) with {} mentions, {} reposts and near-duplicates, {} malformed",
                input.lines(), input.bytes() / 1024, input.mentions(), input.duplicates(), input.malformed());

        LOG.info("Bench 1/4: each stage alone on one thread");
        Map<String, Double> alone = ScorerReference.measure(Files.readAllLines(input.file()), watchlist,
                new LabelThresholds(config.sentiment().thresholds(), config.misinformation().thresholds()), sentimentSample);

        try (ElasticsearchConnection connection = ElasticsearchConnection.open(config.elasticsearch())) {
            ElasticsearchClient client = connection.client();
            deleteIndices(client, prefix + "*");

            LOG.info("Bench 2/4: the job end to end on {} lines", input.lines());
            ElasticsearchStats esBefore = ElasticsearchStats.read(client);
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            JobExecutionResult result;
            long peakUsed;
            long peakLive;
            try (HeapSampler heap = new HeapSampler()) {
                result = MentionScoringJob.execute(config);
                peakUsed = heap.peakUsed();
                peakLive = heap.peakLiveAfterGc();
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double jobCpu = (processCpuNanos() - cpuBefore) / 1e9;
            ElasticsearchStats es = ElasticsearchStats.read(client).since(esBefore);

            IndexNames names = new IndexNames(prefix);
            client.indices().refresh(r -> r.index(names.allMentions(), names.deadLetters()).allowNoIndices(true).ignoreUnavailable(true));
            BenchResult.Counts counts = new BenchResult.Counts(
                    input.mentions(), count(client, names.allMentions()),
                    input.malformed(), count(client, names.deadLetters()),
                    input.duplicates(), counter(result, JobCounters.DUPLICATES));
            LOG.info("Counts check {}: {}", counts.passed() ? "passed" : "FAILED", counts);

            LOG.info("Bench 3/4: reading back the indexed documents for the sink references");
            List<BulkEntry> documents = repeat(readBack(client, names.allMentions()), referenceDocuments);
            int threads = config.job().parallelism();
            Path documentsDir = writeDocuments(documents, workDir.resolve("documents"), threads);

            LOG.info("Bench 4/4: {} documents through a plain _bulk loop and through our sink", documents.size());
            int batch = config.elasticsearch().bulk().maxActions();
            double raw = rawBulk(client, documents, batch, threads);
            deleteIndices(client, sinkPrefix + "*");
            IndexTemplates.install(client, new IndexNames(sinkPrefix));
            double sink = SinkReference.measure(config, documentsDir, documents.size(), prefix, sinkPrefix);
            client.indices().refresh(r -> r.index(sinkPrefix + "*"));
            if (count(client, sinkPrefix + "mentions-*") != documents.size()) {
                throw new IllegalStateException("the sink reference did not index every document");
            }
            raw = Math.max(raw, rawBulk(client, documents, batch, threads)); // the better of two, before and after

            return new BenchResult(LocalDate.now().toString(), commit(), Runtime.getRuntime().availableProcessors(),
                    totalMemory(), HeapSampler.maxHeap(), threads, input, wall, jobCpu, es.cpuMillis() / 1000.0,
                    peakUsed, peakLive, es.indexTotal() / wall,
                    es.indexTotal() == 0 ? 0 : (double) es.indexTimeMillis() / es.indexTotal(),
                    stageMicros(result, input.lines()), alone, documents.size(), raw, sink, counts);
        }
    }

    private double rawBulk(ElasticsearchClient client, List<BulkEntry> documents, int batch, int threads)
            throws IOException, InterruptedException {
        deleteIndices(client, rawPrefix + "*");
        IndexTemplates.install(client, new IndexNames(rawPrefix));
        return BulkReference.measure(client, documents, batch, threads, index -> rawPrefix + index.substring(prefix.length()));
    }

    /** Microseconds per input line in each stage of the job. */
    private static Map<String, Double> stageMicros(JobExecutionResult result, long lines) {
        Map<String, Double> micros = new LinkedHashMap<>();
        List<String> stages = new ArrayList<>();
        stages.add(JobCounters.PARSE);
        stages.addAll(MentionScorer.STAGES);
        for (String stage : stages) {
            micros.put(stage, counter(result, JobCounters.nanos(stage)) / 1000.0 / lines);
        }
        micros.put("document", counter(result, MentionDocuments.NANOS) / 1000.0 / lines);
        return micros;
    }

    private static List<BulkEntry> readBack(ElasticsearchClient client, String index) throws IOException {
        List<BulkEntry> documents = new ArrayList<>();
        ResponseBody<JsonNode> page = client.search(s -> s.index(index).size(5_000).scroll(t -> t.time("2m")), JsonNode.class);
        while (!page.hits().hits().isEmpty()) {
            for (Hit<JsonNode> hit : page.hits().hits()) {
                documents.add(new BulkEntry(hit.index(), hit.id(), JSON.writeValueAsBytes(hit.source())));
            }
            String scrollId = page.scrollId();
            page = client.scroll(s -> s.scrollId(scrollId).scroll(t -> t.time("2m")), JsonNode.class);
        }
        String scrollId = page.scrollId();
        client.clearScroll(c -> c.scrollId(scrollId));
        return documents;
    }

    /** The documents, then copies under new ids ({@code id~2}, ...) until there are at least {@code count}. */
    private static List<BulkEntry> repeat(List<BulkEntry> documents, int count) {
        List<BulkEntry> repeated = new ArrayList<>(documents);
        for (int copy = 2; !documents.isEmpty() && repeated.size() < count; copy++) {
            for (BulkEntry entry : documents) {
                repeated.add(new BulkEntry(entry.index(), entry.id() + "~" + copy, entry.document()));
            }
        }
        return repeated;
    }

    /** One file per subtask, so that every sink subtask gets its share as each plain loop does. */
    private static Path writeDocuments(List<BulkEntry> documents, Path dir, int files) throws IOException {
        Files.createDirectories(dir);
        int share = (documents.size() + files - 1) / files;
        for (int f = 0; f < files; f++) {
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("documents-" + f + ".tsv"), StandardCharsets.UTF_8)) {
                for (BulkEntry entry : documents.subList(Math.min(documents.size(), f * share),
                        Math.min(documents.size(), (f + 1) * share))) {
                    out.write(entry.index() + '\t' + entry.id() + '\t' + new String(entry.document(), StandardCharsets.UTF_8));
                    out.write('\n');
                }
            }
        }
        return dir;
    }

    /** Deletes the indices a pattern matches (the cluster refuses wildcard deletes, so by name). */
    private static void deleteIndices(ElasticsearchClient client, String pattern) throws IOException {
        Set<String> names = client.indices().get(g -> g.index(pattern).allowNoIndices(true)).indices().keySet();
        if (!names.isEmpty()) {
            client.indices().delete(d -> d.index(List.copyOf(names)));
        }
    }

    private static long count(ElasticsearchClient client, String index) throws IOException {
        return client.count(c -> c.index(index).allowNoIndices(true).ignoreUnavailable(true)).count();
    }

    private static long counter(JobExecutionResult result, String name) {
        Object value = result.getAccumulatorResult(name);
        return value instanceof Number n ? n.longValue() : 0L;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long totalMemory() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
