package io.carepulse.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.carepulse.jobs.config.CarePulseConfig;
import io.carepulse.jobs.config.CarePulseHome;
import io.carepulse.jobs.config.ConfigLoader;
import io.carepulse.jobs.eval.EvaluationReport;
import io.carepulse.jobs.eval.SentimentEvaluation;
import io.carepulse.jobs.eval.SentimentMetrics;
import io.carepulse.models.sentiment.SentimentThresholds;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
        subcommands = {EvalCommand.Sentiment.class})
final class EvalCommand extends CommandGroup {

    @Command(name = "sentiment", mixinStandardHelpOptions = true, description = {
        "Scores rated files (id<TAB>human mean -4..4<TAB>text) with the job's sentiment scorer: Pearson r,",
        "3-class accuracy and macro-F1 (human > 0.5 positive, < -0.5 negative), binary accuracy on",
        "non-neutral items, docs/s on one thread. Default: every file in DATA/sentiment and the healthcare",
        "set config/evaluation/sentiment/healthcare_mentions.tsv; then docs/EVALUATION.md is updated."})
    static final class Sentiment implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "FILE", arity = "1..*", description = "Rated files to evaluate.")
        List<Path> data;

        @Option(names = "--json", description = {"One JSON object per file instead of the table (a file the model was trained on",
                "reports its cross-validated figures, with in_sample beside them)."})
        boolean json;

        @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Configuration with the label thresholds.")
        Path configFile;

        @Option(names = "--docs", paramLabel = "FILE", description = "Markdown file to record the figures in (default: docs/EVALUATION.md for the default files only).")
        Path docs;

        @Override
        public Integer call() throws Exception {
            Path home = CarePulseHome.dir();
            CarePulseConfig config = ConfigLoader.load(configFile != null ? configFile : home.resolve("config/carepulse.yaml"),
                    System.getenv(), Map.of());
            SentimentThresholds thresholds = config.sentiment().thresholds();
            List<Path> files = data != null ? data : SentimentEvaluation.defaultFiles(CarePulseHome.data(), home);
            Path report = docs != null ? docs : data == null ? home.resolve("docs/EVALUATION.md") : null;
            PrintWriter out = spec.commandLine().getOut();
            if (data == null && files.size() == 1) {
                spec.commandLine().getErr().println("carepulse eval sentiment: no development sets at "
                        + CarePulseHome.data().resolve("sentiment") + " (set CAREPULSE_DATA or pass --data); evaluating the healthcare set only");
            }
            SentimentEvaluation evaluation = new SentimentEvaluation(thresholds);
            ObjectMapper mapper = new ObjectMapper();
            List<SentimentEvaluation.FileResult> results = new ArrayList<>();
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    spec.commandLine().getErr().println("carepulse eval sentiment: no such file " + file);
                    return CarePulseCli.EXIT_BAD_CONFIG;
                }
                SentimentEvaluation.FileResult result = evaluation.evaluate(file);
                results.add(result);
                if (json) {
                    out.println(mapper.writeValueAsString(SentimentEvaluation.json(mapper, result)));
                }
            }
            String table = table(results, thresholds);
            if (!json) {
                out.println(table);
            }
            if (report != null) {
                EvaluationReport.replaceSection(report, "sentiment", markdown(table));
                if (!json) {
                    out.println("Recorded in " + report);
                }
            }
            out.flush();
            return 0;
        }

        private static String table(List<SentimentEvaluation.FileResult> results, SentimentThresholds t) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "Thresholds: negative below %.2f, positive above %.2f%n%n", t.negativeBelow(), t.positiveAbove()));
            sb.append("| file | n | Pearson r | accuracy (3 classes) | macro-F1 | binary accuracy | docs/s (1 thread) |\n");
            sb.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (SentimentEvaluation.FileResult r : results) {
                SentimentMetrics m = r.inTraining() ? r.crossValidated() : r.metrics();
                String note = r.inTraining() ? " (cross-validated; in-sample r " + String.format(Locale.ROOT, "%.3f", r.metrics().pearsonR()) + ")" : "";
                sb.append(String.format(Locale.ROOT, "| %s%s | %d | %.3f | %.3f | %.3f | %.3f | %,.0f |%n", r.file(), note,
                        m.n(), m.pearsonR(), m.accuracy3(), m.macroF1(), m.binaryAccuracy(), r.docsPerSecond()));
            }
            return sb.toString();
        }

        private static String markdown(String table) {
            return "## Sentiment (`scripts/carepulse eval sentiment`, " + LocalDate.now() + ")\n\n"
                    + "Files the packaged model was trained on show their 5-fold cross-validated figures (every text scored by a model "
                    + "that never saw it); their in-sample r is given for reference only. The healthcare set was never used for training "
                    + "or tuning.\n\n" + table;
        }
    }
}
