package io.carepulse.jobs.cli;

import io.carepulse.jobs.bench.BenchReport;
import io.carepulse.jobs.bench.BenchResult;
import io.carepulse.jobs.bench.Benchmark;
import io.carepulse.jobs.bench.SyntheticMentions;
import io.carepulse.jobs.config.CarePulseConfig;
import io.carepulse.jobs.config.CarePulseHome;
import io.carepulse.jobs.config.ConfigLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** carepulse bench: where the time goes, measured end to end and against the references. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmarks the scoring job: generates N synthetic mentions (fixed seed), runs the real job into",
            "Elasticsearch (the local one unless --es), and reports mentions/s, time per stage, CPU, peak heap,",
            "Elasticsearch's indexing rate and the counts check; then each stage alone on one thread, and a",
            "plain _bulk loop against our sink alone on the same documents. Deletes the bench-* indices first.",
            "Exits 1 when the counts check fails. See docs/BENCHMARKS.md."
        })
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--mentions"}, paramLabel = "N", defaultValue = "10000", description = "Input lines to generate (default ${DEFAULT-VALUE}).")
    int mentions;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--repost-rate", defaultValue = "0.10", description = "Share of reposts (default ${DEFAULT-VALUE}).")
    double repostRate;

    @Option(names = "--near-duplicate-rate", defaultValue = "0.05", description = "Share of near-duplicates (default ${DEFAULT-VALUE}).")
    double nearDuplicateRate;

    @Option(names = "--malformed-rate", defaultValue = "0.005", description = "Share of malformed lines (default ${DEFAULT-VALUE}).")
    double malformedRate;

    @Option(names = "--sentiment-sample", defaultValue = "2000", description = "Mentions to time the sentiment stage alone on (default ${DEFAULT-VALUE}).")
    int sentimentSample;

    @Option(names = "--reference-documents", defaultValue = "50000",
            description = "Documents for the _bulk and sink references: the indexed ones, repeated up to this many (default ${DEFAULT-VALUE}).")
    int referenceDocuments;

    @Option(names = {"-p", "--parallelism"}, paramLabel = "N", description = "Job parallelism (default: configuration).")
    Integer parallelism;

    @Option(names = "--es", paramLabel = "URL", description = "Elasticsearch URL (default: configuration, local node started if needed).")
    String elasticsearchUrl;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Configuration file (default: config/carepulse.yaml).")
    Path configFile;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where the generated files go (default: a new temporary folder).")
    Path workDir;

    @Option(names = "--record", paramLabel = "FILE", description = "Append the result to this Markdown file (e.g. docs/BENCHMARKS.md).")
    Path record;

    @Override
    public Integer call() throws Exception {
        Path dir = workDir != null ? workDir : Files.createTempDirectory("carepulse-bench-");
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("source", "file");
        overrides.put("input.path", dir.resolve("mentions.jsonl").toString());
        overrides.put("input.watch", "false");
        overrides.put("elasticsearch.index-prefix", "bench-");
        if (elasticsearchUrl != null) {
            overrides.put("elasticsearch.url", elasticsearchUrl);
        }
        if (parallelism != null) {
            overrides.put("job.parallelism", parallelism.toString());
        }
        Path file = CarePulseHome.configFile(configFile);
        CarePulseConfig config = ConfigLoader.load(file, System.getenv(), overrides);
        RunCommand.ensureElasticsearch(config.elasticsearch());

        SyntheticMentions.Options options = new SyntheticMentions.Options(mentions, seed, repostRate, nearDuplicateRate,
                malformedRate, 0.30, 14, java.time.Instant.parse("2026-10-01T00:00:00Z"));
        BenchResult result = new Benchmark(config, options, sentimentSample, referenceDocuments).run();
        String markdown = BenchReport.markdown(result);
        spec.commandLine().getOut().println();
        spec.commandLine().getOut().println(markdown);
        if (record != null) {
            Files.writeString(record, "\n" + markdown, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            spec.commandLine().getOut().println("Recorded in " + record);
        }
        return result.counts().passed() ? 0 : CarePulseCli.EXIT_FAILED;
    }
}
