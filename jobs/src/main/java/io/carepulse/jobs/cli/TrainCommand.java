package io.carepulse.jobs.cli;

import io.carepulse.jobs.config.CarePulseHome;
import io.carepulse.jobs.eval.DataFiles;
import io.carepulse.jobs.eval.MisinformationTrainer;
import io.carepulse.jobs.eval.MisinformationTraining;
import io.carepulse.jobs.eval.PatientNameCrossValidation;
import io.carepulse.jobs.eval.PatientNameTraining;
import io.carepulse.jobs.eval.PhiCorpus;
import io.carepulse.jobs.eval.SentimentMetrics;
import io.carepulse.jobs.eval.SentimentTrainer;
import io.carepulse.jobs.eval.SentimentTraining;
import io.carepulse.models.entity.Watchlist;
import io.carepulse.models.privacy.HealthPrivacyDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** carepulse train: (re)trains a scorer's model from labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a scorer's model from labelled data (see docs/EVALUATION.md).",
        subcommands = {TrainCommand.Sentiment.class, TrainCommand.Misinformation.class, TrainCommand.Names.class})
final class TrainCommand extends CommandGroup {

    /** What every training shares: where the model goes. */
    abstract static class ModelTraining implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--out", paramLabel = "DIR", description = "Where to write the model (default: the models module's resources).")
        Path out;

        /** Where the scorer loads its model from, unless --out. */
        Path target(String scorer) {
            return out != null ? out : CarePulseHome.dir().resolve("models/src/main/resources/io/carepulse/models/" + scorer);
        }
    }

    /** A training on the public data sets: where they are, besides where the model goes. */
    abstract static class Training extends ModelTraining {

        @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: $CAREPULSE_DATA or ../shared/data).")
        Path data;

        /** The scorer's folder of the public data. */
        Path dataDir(String scorer) {
            return (data != null ? data : CarePulseHome.data()).resolve(scorer);
        }
    }

    @Command(name = "sentiment", mixinStandardHelpOptions = true, description = {
        "Trains the sentiment model on the development sets in DATA/sentiment (tweets, Amazon and film",
        "snippets) and the healthcare training sets in config/training/sentiment, after 5-fold",
        "cross-validation, and writes it with its metadata (training data hashes, thresholds,",
        "cross-validated figures) into the models module's resources."})
    static final class Sentiment extends Training {

        @Option(names = "--c", defaultValue = "0.3", description = "Regularisation C of the regression (default ${DEFAULT-VALUE}).")
        double c;

        @Option(names = "--specialist-c", defaultValue = "1.0",
                description = "Regularisation C of the social and healthcare specialists (default ${DEFAULT-VALUE}).")
        double specialistC;

        @Option(names = "--opinion-c", defaultValue = "2.0",
                description = "Regularisation C of the opinion classifier (default ${DEFAULT-VALUE}).")
        double opinionC;

        @Option(names = "--healthcare-repeat", defaultValue = "3",
                description = "How many times a healthcare training text counts in the shared regression (default ${DEFAULT-VALUE}).")
        int healthcareRepeat;

        @Override
        public Integer call() throws Exception {
            Path dir = dataDir("sentiment");
            if (!Files.isDirectory(dir)) {
                spec.commandLine().getErr().println("carepulse train sentiment: no data at " + dir + "; pass --data DIR");
                return CarePulseCli.EXIT_BAD_CONFIG;
            }
            List<Path> files = new ArrayList<>(DataFiles.in(dir, ".*\\.txt"));
            files.addAll(DataFiles.in(CarePulseHome.dir().resolve("config/training/sentiment"), ".*\\.tsv"));
            Path target = target("sentiment");
            SentimentTrainer.Options defaults = SentimentTrainer.Options.DEFAULT;
            SentimentTrainer.Options options = new SentimentTrainer.Options(c, specialistC, defaults.styleC(), opinionC,
                    defaults.socialRepeat(), healthcareRepeat, defaults.folds(), defaults.seed());
            SentimentTrainer.Result result = SentimentTraining.run(files, target, options);
            var print = spec.commandLine().getOut();
            print.printf("%nCross-validated (%d folds), opinion from %.2f, positive from %.2f:%n", options.folds(),
                    result.thresholds().opinionFrom(), result.thresholds().positiveFrom());
            for (Map.Entry<String, SentimentMetrics> e : result.crossValidated().entrySet()) {
                SentimentMetrics m = e.getValue();
                print.printf(Locale.ROOT, "  %-40s n=%-6d r=%.3f  acc3=%.3f  macroF1=%.3f  binary=%.3f%n",
                        e.getKey(), m.n(), m.pearsonR(), m.accuracy3(), m.macroF1(), m.binaryAccuracy());
            }
            print.printf("Model written to %s; set sentiment.opinion-from: %.2f and positive-from: %.2f in config/carepulse.yaml%n",
                    target, result.thresholds().opinionFrom(), result.thresholds().positiveFrom());
            return 0;
        }
    }

    @Command(name = "misinformation", mixinStandardHelpOptions = true, description = {
        "Trains the misinformation model (logistic regression, C chosen by 5-fold cross-validation) on",
        "DATA/misinformation/Constraint_Train.csv and the healthcare training set in",
        "config/training/misinformation, reports it on the validation split, and writes it with its",
        "metadata (training data hashes, C, figures) into the models module's resources."})
    static final class Misinformation extends Training {

        @Option(names = "--c", paramLabel = "C", split = ",",
                description = "Regularisation of the healthcare expert and the gate, to choose from by cross-validation (default: 2,8,32).")
        List<Double> cs;

        @Option(names = "--healthcare-repeat", paramLabel = "N", split = ",",
                description = "How many times a healthcare training post may count, to choose from (default: 3,6,10).")
        List<Integer> repeats;

        @Option(names = "--news-c", paramLabel = "C", split = ",",
                description = "Regularisation C of the news expert, to choose from (default: 1024,4096,16384).")
        List<Double> newsCs;

        @Override
        public Integer call() throws Exception {
            Path dir = dataDir("misinformation");
            Path train = dir.resolve("Constraint_Train.csv");
            if (!Files.isRegularFile(train)) {
                spec.commandLine().getErr().println("carepulse train misinformation: no " + train + "; pass --data DIR");
                return CarePulseCli.EXIT_BAD_CONFIG;
            }
            List<Path> files = new ArrayList<>(List.of(train));
            files.addAll(DataFiles.in(CarePulseHome.dir().resolve("config/training/misinformation"), ".*\\.csv"));
            List<Path> validation = Files.isRegularFile(dir.resolve("Constraint_Val.csv"))
                    ? List.of(dir.resolve("Constraint_Val.csv")) : List.of();
            Path target = target("misinformation");
            MisinformationTrainer.Options defaults = MisinformationTrainer.Options.DEFAULT;
            MisinformationTrainer.Options options = new MisinformationTrainer.Options(
                    newsCs != null && !newsCs.isEmpty() ? newsCs : defaults.newsCs(),
                    cs != null && !cs.isEmpty() ? cs : defaults.cs(),
                    repeats != null && !repeats.isEmpty() ? repeats : defaults.healthcareRepeats(),
                    defaults.folds(), defaults.seed(), defaults.stripped());
            MisinformationTrainer.Result result = MisinformationTraining.run(files, validation, target, options);
            spec.commandLine().getOut().printf(Locale.ROOT, "Model (news expert C = %s, C = %s, healthcare posts x%d) and its metadata written to %s%n",
                    result.news().c(), result.chosen().c(), result.chosen().healthcareRepeat(), target);
            return 0;
        }
    }

    @Command(name = "names", mixinStandardHelpOptions = true, description = {
        "Trains the privacy detector's patient name recogniser (CoreNLP's CRF) on the development files",
        "of the PHI corpus (config/evaluation/phi/dev*.jsonl; never the held-out test*.jsonl) and writes",
        "it with its metadata (training data hashes, token counts) into the models module's resources."})
    static final class Names extends ModelTraining {

        @Option(names = "--corpus", paramLabel = "DIR", description = "The PHI corpus (default: config/evaluation/phi).")
        Path corpus;

        @Option(names = "--cross-validate", paramLabel = "FOLDS", description = {"Instead of training the packaged model, measure",
            "what the recogniser adds on development files it has not learned from: FOLDS folds (every FOLDS-th",
            "file by name; 7 splits the 32 files into folds of 4 or 5), each trained on the others; the detector",
            "knows the corpus's nine organisations."})
        Integer folds;

        @Override
        public Integer call() throws Exception {
            Path dir = corpus != null ? corpus : CarePulseHome.dir().resolve("config/evaluation/phi");
            List<Path> files = Files.isDirectory(dir) ? PhiCorpus.developmentFiles(dir) : List.of();
            if (files.isEmpty()) {
                spec.commandLine().getErr().println("carepulse train names: no dev*.jsonl in " + dir + "; pass --corpus DIR");
                return CarePulseCli.EXIT_BAD_CONFIG;
            }
            if (folds != null) {
                return crossValidate(files, dir);
            }
            PatientNameTraining.Result result = PatientNameTraining.run(files, target("privacy"));
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "Patient name recogniser trained on %d mentions of %d files (%d tokens, %d in names) in %.0f s, written to %s%n",
                    result.mentions(), files.size(), result.tokens(), result.nameTokens(), result.seconds(), result.model());
            return 0;
        }

        private int crossValidate(List<Path> files, Path dir) throws IOException {
            if (folds < 2 || folds > files.size()) {
                spec.commandLine().getErr().printf("carepulse train names: --cross-validate needs 2 folds or more and at most"
                        + " one per development file (%d in %s), got %d%n", files.size(), dir, folds);
                return CarePulseCli.EXIT_BAD_CONFIG;
            }
            HealthPrivacyDetector detector = HealthPrivacyDetector.forWatchlist(Watchlist.load(dir.resolve("watchlist.yaml")));
            List<PatientNameCrossValidation.Fold> results = PatientNameCrossValidation.run(files, folds, detector);
            PrintWriter out = spec.commandLine().getOut();
            out.println("| fold | files | leaks without → with | false findings without → with | names missed without → with |");
            out.println("| ---: | --- | ---: | ---: | ---: |");
            PatientNameCrossValidation.Counts without = new PatientNameCrossValidation.Counts(0, 0, 0);
            PatientNameCrossValidation.Counts with = without;
            for (int k = 0; k < results.size(); k++) {
                PatientNameCrossValidation.Fold fold = results.get(k);
                out.println(row(String.valueOf(k + 1), String.join(", ", fold.files()), fold.without(), fold.with()));
                without = without.plus(fold.without());
                with = with.plus(fold.with());
            }
            out.println(row("all", files.size() + " files", without, with));
            return 0;
        }

        private static String row(String fold, String files, PatientNameCrossValidation.Counts without,
                PatientNameCrossValidation.Counts with) {
            return String.format(Locale.ROOT, "| %s | %s | %d → %d | %d → %d | %d → %d |", fold, files, without.leaks(), with.leaks(),
                    without.falseFindings(), with.falseFindings(), without.namesMissed(), with.namesMissed());
        }
    }
}
