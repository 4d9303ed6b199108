package io.carepulse.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.carepulse.jobs.config.CarePulseConfig;
import io.carepulse.jobs.config.CarePulseHome;
import io.carepulse.jobs.config.ConfigLoader;
import io.carepulse.jobs.eval.ClassificationMetrics;
import io.carepulse.jobs.eval.DataFiles;
import io.carepulse.jobs.eval.EvaluationReport;
import io.carepulse.jobs.eval.MisinformationEvaluation;
import io.carepulse.jobs.eval.PhiCorpus;
import io.carepulse.jobs.eval.PhiEvaluation;
import io.carepulse.jobs.eval.SentimentEvaluation;
import io.carepulse.jobs.eval.SentimentMetrics;
import io.carepulse.models.entity.Watchlist;
import io.carepulse.models.misinformation.LinearMisinformationScorer;
import io.carepulse.models.misinformation.RiskThresholds;
import io.carepulse.models.privacy.HealthPrivacyDetector;
import io.carepulse.models.sentiment.SentimentThresholds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** carepulse eval: measures a scorer against labelled data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures a scorer against labelled data and records the figures in docs/EVALUATION.md.",
        subcommands = {EvalCommand.Sentiment.class, EvalCommand.Misinformation.class, EvalCommand.Phi.class})
final class EvalCommand extends CommandGroup {

    /**
     * What every evaluation does: load the configuration, evaluate each file (the default files
     * unless --data), print a table or one JSON object per file, and record the table in
     * docs/EVALUATION.md when the default files were evaluated (or in --docs).
     *
     * @param <R> one file's result
     */
    abstract static class Evaluation<R> implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "FILE", arity = "1..*", description = "Labelled files to evaluate.")
        List<Path> data;

        @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Configuration with the label thresholds.")
        Path configFile;

        @Option(names = "--docs", paramLabel = "FILE",
                description = "Markdown file to record the figures in (default: docs/EVALUATION.md for the default files only).")
        Path docs;

        /** The scorer's name: the subcommand, and the section of docs/EVALUATION.md. */
        abstract String name();

        abstract boolean json();

        /** Prepares the scorer with the configured thresholds. */
        abstract void configure(CarePulseConfig config);

        /** The files evaluated without --data: the public sets under the data folder, then the project's own. */
        abstract List<Path> defaultFiles(Path dataDir, Path home) throws IOException;

        abstract R evaluate(Path file) throws IOException;

        abstract ObjectNode json(ObjectMapper mapper, R result);

        abstract String table(List<R> results);

        abstract String heading();

        @Override
        public Integer call() throws Exception {
            Path home = CarePulseHome.dir();
            configure(ConfigLoader.load(CarePulseHome.configFile(configFile), System.getenv(), Map.of()));
            List<Path> files = data != null ? data : defaultFiles(CarePulseHome.data(), home);
            if (data == null && !Files.isDirectory(CarePulseHome.data().resolve(name()))) {
                spec.commandLine().getErr().println("carepulse eval " + name() + ": no public data at "
                        + CarePulseHome.data().resolve(name()) + " (set CAREPULSE_DATA or pass --data); evaluating the project's own set only");
            }
            Path report = docs != null ? docs : data == null ? home.resolve("docs/EVALUATION.md") : null;
            PrintWriter out = spec.commandLine().getOut();
            ObjectMapper mapper = new ObjectMapper();
            List<R> results = new ArrayList<>();
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    spec.commandLine().getErr().println("carepulse eval " + name() + ": no such file " + file
                            + (data == null ? " (set CAREPULSE_DATA or pass --data)" : ""));
                    return CarePulseCli.EXIT_BAD_CONFIG;
                }
                R result = evaluate(file);
                results.add(result);
                if (json()) {
                    out.println(mapper.writeValueAsString(json(mapper, result)));
                }
            }
            String table = table(results);
            if (!json()) {
                out.println(table);
            }
            if (report != null) {
                EvaluationReport.replaceSection(report, name(), "## " + heading() + " (`scripts/carepulse eval " + name() + "`, "
                        + LocalDate.now() + ")\n\n" + table);
                if (!json()) {
                    out.println("Recorded in " + report);
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "sentiment", mixinStandardHelpOptions = true, description = {
        "Scores rated files (id<TAB>human mean -4..4<TAB>text) with the job's sentiment scorer: Pearson r,",
        "3-class accuracy and macro-F1 (human > 0.5 positive, < -0.5 negative), binary accuracy on",
        "non-neutral items, docs/s on one thread. Default: every file in DATA/sentiment and the healthcare",
        "set config/evaluation/sentiment/healthcare_mentions.tsv; then docs/EVALUATION.md is updated."})
    static final class Sentiment extends Evaluation<SentimentEvaluation.FileResult> {

        @Option(names = "--json", description = {"One JSON object per file instead of the table (a file the model was trained on",
                "reports its cross-validated figures, with in_sample beside them)."})
        boolean json;

        private SentimentThresholds thresholds;
        private SentimentEvaluation evaluation;

        @Override
        String name() {
            return "sentiment";
        }

        @Override
        boolean json() {
            return json;
        }

        @Override
        void configure(CarePulseConfig config) {
            thresholds = config.sentiment().thresholds();
        }

        @Override
        List<Path> defaultFiles(Path dataDir, Path home) throws IOException {
            return SentimentEvaluation.defaultFiles(dataDir, home);
        }

        @Override
        SentimentEvaluation.FileResult evaluate(Path file) throws IOException {
            if (evaluation == null) {
                evaluation = new SentimentEvaluation(thresholds);
            }
            return evaluation.evaluate(file);
        }

        @Override
        ObjectNode json(ObjectMapper mapper, SentimentEvaluation.FileResult result) {
            return SentimentEvaluation.json(mapper, result);
        }

        @Override
        String heading() {
            return "Sentiment";
        }

        @Override
        String table(List<SentimentEvaluation.FileResult> results) {
            StringBuilder sb = new StringBuilder();
            sb.append("Files the packaged model was trained on show their 5-fold cross-validated figures (every text scored by a"
                    + " model that never saw it); their in-sample r is given for reference only. The healthcare set was never"
                    + " used for training or tuning.\n\n");
            sb.append(String.format(Locale.ROOT, "Labels: neutral when the opinion is below %.2f, else positive from a score"
                    + " of %.2f, negative below%n%n", thresholds.opinionFrom(), thresholds.positiveFrom()));
            sb.append("| file | n | Pearson r | accuracy (3 classes) | macro-F1 | binary accuracy | docs/s (1 thread) |\n");
            sb.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (SentimentEvaluation.FileResult r : results) {
                SentimentMetrics m = r.reported();
                String note = r.inTraining() ? " (cross-validated; in-sample r " + String.format(Locale.ROOT, "%.3f", r.metrics().pearsonR()) + ")" : "";
                sb.append(String.format(Locale.ROOT, "| %s%s | %d | %.3f | %.3f | %.3f | %.3f | %,.0f |%n", r.file(), note,
                        m.n(), m.pearsonR(), m.accuracy3(), m.macroF1(), m.binaryAccuracy(), r.docsPerSecond()));
            }
            return sb.toString();
        }
    }

    @Command(name = "misinformation", mixinStandardHelpOptions = true, description = {
        "Scores labelled posts (CSV id,tweet,label with label real or fake) with the job's misinformation",
        "scorer, a post counting as flagged from the medium risk level: accuracy, weighted and macro F1, the",
        "confusion matrix and docs/s on one thread, each file also with its links and hashtags removed.",
        "Default: DATA/misinformation/Constraint_Val.csv and the healthcare set",
        "config/evaluation/misinformation/healthcare_claims.csv; then docs/EVALUATION.md is updated."})
    static final class Misinformation extends Evaluation<MisinformationEvaluation.FileResult> {

        @Option(names = "--json", description = {"One JSON object per file instead of the table (its figures without links",
                "and hashtags under without_urls_and_hashtags)."})
        boolean json;

        private RiskThresholds thresholds;

        @Override
        String name() {
            return "misinformation";
        }

        @Override
        boolean json() {
            return json;
        }

        @Override
        void configure(CarePulseConfig config) {
            thresholds = config.misinformation().thresholds();
        }

        @Override
        List<Path> defaultFiles(Path dataDir, Path home) {
            return MisinformationEvaluation.defaultFiles(dataDir, home);
        }

        @Override
        MisinformationEvaluation.FileResult evaluate(Path file) throws IOException {
            return new MisinformationEvaluation(new LinearMisinformationScorer(thresholds), thresholds).evaluate(file);
        }

        @Override
        ObjectNode json(ObjectMapper mapper, MisinformationEvaluation.FileResult result) {
            return MisinformationEvaluation.json(mapper, result);
        }

        @Override
        String heading() {
            return "Misinformation";
        }

        @Override
        String table(List<MisinformationEvaluation.FileResult> results) {
            StringBuilder sb = new StringBuilder();
            sb.append("The model was trained on the training split and the healthcare training sets in"
                    + " config/training/misinformation; neither file below was used for training or tuning.\n\n");
            sb.append(String.format(Locale.ROOT, "Flagged as misinformation from risk %.2f (medium); high from %.2f%n%n",
                    thresholds.medium(), thresholds.high()));
            sb.append("| file | n | accuracy | weighted F1 | macro F1 | without links and hashtags: weighted F1"
                    + " | confusion (real→real, real→fake, fake→real, fake→fake) | docs/s (1 thread) |\n");
            sb.append("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |\n");
            for (MisinformationEvaluation.FileResult r : results) {
                ClassificationMetrics m = r.metrics();
                int[][] c = m.confusion();
                sb.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f | %.4f | %d, %d, %d, %d | %,.0f |%n", r.file(),
                        m.n(), m.accuracy(), m.weightedF1(), m.macroF1(), r.stripped().weightedF1(), c[0][0], c[0][1], c[1][0],
                        c[1][1], r.docsPerSecond()));
            }
            return sb.toString();
        }
    }

    @Command(name = "phi", mixinStandardHelpOptions = true, description = {
        "Runs the PHI detector over annotated mentions (JSON lines with text and findings: type, start, end)",
        "and reports precision over the findings (right when of the annotated type and overlapping the span),",
        "recall over the annotated identifiers, F1, the leaks (identifiers with a letter or digit left in",
        "clear) and docs/s on one thread. Default: config/evaluation/phi/dev*.jsonl, then the held-out test*.jsonl."})
    static final class Phi extends Evaluation<PhiEvaluation.Result> {

        @Option(names = "--json", description = "One JSON object per file instead of the tables.")
        boolean json;

        @Option(names = "--watchlist", paramLabel = "FILE", description = {"The organisations the detector knows by name (default:",
            "config/evaluation/phi/watchlist.yaml, the corpus's nine; the job's own is the configured watchlist)."})
        Path watchlist;

        private PhiEvaluation evaluation;

        @Override
        String name() {
            return "phi";
        }

        @Override
        boolean json() {
            return json;
        }

        @Override
        void configure(CarePulseConfig config) {
            Path organisations = watchlist != null ? watchlist : CarePulseHome.dir().resolve("config/evaluation/phi/watchlist.yaml");
            evaluation = new PhiEvaluation(HealthPrivacyDetector.forWatchlist(Watchlist.load(organisations)));
        }

        /** The development files (dev*.jsonl), then the held-out ones (test*.jsonl). */
        @Override
        List<Path> defaultFiles(Path dataDir, Path home) throws IOException {
            Path dir = home.resolve("config/evaluation/phi");
            List<Path> files = new ArrayList<>(PhiCorpus.developmentFiles(dir));
            files.addAll(PhiCorpus.heldOutFiles(dir));
            return files;
        }

        @Override
        PhiEvaluation.Result evaluate(Path file) throws IOException {
            return evaluation.evaluate(file);
        }

        @Override
        ObjectNode json(ObjectMapper mapper, PhiEvaluation.Result r) {
            int[] all = r.overall();
            ObjectNode node = mapper.createObjectNode().put("file", r.file()).put("n", r.mentions())
                    .put("precision", round(PhiEvaluation.Result.precision(all))).put("recall", round(PhiEvaluation.Result.recall(all)))
                    .put("f1", round(PhiEvaluation.Result.f1(all))).put("annotated", r.annotated()).put("leaks", r.leaks())
                    .put("docs_per_s", Math.round(r.docsPerSecond()));
            ObjectNode types = node.putObject("per_type");
            r.counts().forEach((type, c) -> types.putObject(type.name()).put("true_positives", c[PhiEvaluation.Result.RIGHT])
                    .put("false_positives", c[PhiEvaluation.Result.WRONG]).put("found", c[PhiEvaluation.Result.FOUND])
                    .put("false_negatives", c[PhiEvaluation.Result.MISSED]).put("leaks", c[PhiEvaluation.Result.LEAKED])
                    .put("precision", round(PhiEvaluation.Result.precision(c)))
                    .put("recall", round(PhiEvaluation.Result.recall(c))));
            return node;
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }

        @Override
        String heading() {
            return "PHI detection";
        }

        @Override
        String table(List<PhiEvaluation.Result> results) {
            StringBuilder sb = new StringBuilder("A finding is right when it has the annotated type and overlaps the annotated span,"
                    + " and an annotated identifier is found when a finding of its type overlaps it (precision counts findings,"
                    + " recall identifiers); a leak is an annotated identifier of which redaction would leave a letter or digit in clear"
                    + " (a missed identifier covered by a finding of another type is not leaked)."
                    + " The detector's patterns were developed on the dev files; the test files are held out.\n\n");
            sb.append("| file | type | annotated | found | missed | leaked | findings right | wrong | precision | recall | F1 |\n");
            sb.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (PhiEvaluation.Result r : results) {
                r.counts().forEach((type, c) -> {
                    if (Arrays.stream(c).sum() > 0) {
                        sb.append(row(r.file(), type.name(), c));
                    }
                });
                sb.append(row(r.file(), "**all**", r.overall()));
            }
            sb.append("\n| file | mentions | identifiers | leaks | docs/s (1 thread) |\n| --- | ---: | ---: | ---: | ---: |\n");
            for (PhiEvaluation.Result r : results) {
                sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %,.0f |%n", r.file(), r.mentions(), r.annotated(), r.leaks(),
                        r.docsPerSecond()));
            }
            return sb.toString();
        }

        private static String row(String file, String type, int[] c) {
            return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %d | %.3f | %.3f | %.3f |%n", file, type,
                    c[PhiEvaluation.Result.FOUND] + c[PhiEvaluation.Result.MISSED], c[PhiEvaluation.Result.FOUND],
                    c[PhiEvaluation.Result.MISSED], c[PhiEvaluation.Result.LEAKED], c[PhiEvaluation.Result.RIGHT],
                    c[PhiEvaluation.Result.WRONG],
                    PhiEvaluation.Result.precision(c), PhiEvaluation.Result.recall(c), PhiEvaluation.Result.f1(c));
        }
    }
}
