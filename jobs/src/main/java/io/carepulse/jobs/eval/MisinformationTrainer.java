package io.carepulse.jobs.eval;


import de.bwaldvogel.liblinear.Linear;
import io.carepulse.models.linear.FeatureVector;
import io.carepulse.models.linear.InverseDocumentFrequency;
import io.carepulse.models.linear.LinearFunction;
import io.carepulse.models.misinformation.MisinformationFeatures;
import io.carepulse.models.misinformation.MisinformationModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the misinformation model (see {@link MisinformationModel}): three L2-regularised logistic
 * regressions (LIBLINEAR), a news expert on the COVID posts, a healthcare expert on all posts and a
 * gate that tells the two kinds apart. Each post is learned twice, as written and with its links and hashtags removed, so the model cannot lean on
 * them alone: in the COVID data most real posts carry a link, which hospital mentions do not.
 *
 * <p>Settings are chosen by k-fold cross-validation on the training posts. First the news
 * expert's C, by its weighted F1 on the COVID posts alone (the data set is nearly separable, and
 * the best news expert is barely regularised). Then the C of the healthcare expert and the gate,
 * and how many times each healthcare training post counts (they are few beside the COVID posts,
 * and they are the domain the scorer is for): the choice maximises the mean of the
 * cross-validated weighted F1 on the COVID posts and on the healthcare posts, so neither domain
 * is given up for the other.
 */
public final class MisinformationTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(MisinformationTrainer.class);
    private static final int D = MisinformationFeatures.DIMENSION;
    /** Telling hospital posts from COVID news is easy: a strongly regularised gate is enough. */
    private static final double GATE_C = 1.0;

    /**
     * @param newsCs regularisation values for the news expert, to choose from
     * @param cs regularisation values for the healthcare expert and the gate, to choose from
     * @param healthcareRepeats how many times a healthcare post may count, to choose from
     * @param stripped whether to learn each post also without its links and hashtags
     */
    public record Options(List<Double> newsCs, List<Double> cs, List<Integer> healthcareRepeats, int folds, long seed,
                          boolean stripped) {
        public static final Options DEFAULT =
                new Options(List.of(1024.0, 4096.0, 16384.0), List.of(2.0, 8.0, 32.0), List.of(3, 6, 10), 5, 1, true);
    }

    /** A training post: as written, and without links and hashtags; whether it is a healthcare post. */
    public record Example(FeatureVector features, FeatureVector strippedFeatures, boolean fake, boolean healthcare) {}

    /** One setting tried, with its cross-validated weighted F1 on each domain. */
    public record Trial(double c, int healthcareRepeat, double covidF1, double healthcareF1) {
        double objective() {
            return Double.isNaN(healthcareF1) ? covidF1 : (covidF1 + healthcareF1) / 2;
        }
    }

    /** One news expert C tried, with its cross-validated weighted F1 on the COVID posts. */
    public record NewsTrial(double c, double covidF1) {}

    public record Result(MisinformationModel model, NewsTrial news, List<NewsTrial> newsTrials, Trial chosen,
                         List<Trial> trials) {}

    private final Options options;

    public MisinformationTrainer(Options options) {
        this.options = options;
        Linear.disableDebugOutput();
    }

    public static Example example(MisinformationFeatures features, LabelledPost post, boolean healthcare) {
        return new Example(features.vector(post.text()),
                features.vector(MisinformationFeatures.withoutUrlsAndHashtags(post.text())), post.fake(), healthcare);
    }

    /**
     * @param examples the training posts, their features weighed by {@code rarity}
     * @param rarity the document frequencies of the features, counted on the same posts
     */
    public Result train(List<Example> examples, InverseDocumentFrequency rarity) {
        List<Example> covid = examples.stream().filter(e -> !e.healthcare()).toList();
        List<NewsTrial> newsTrials = new ArrayList<>();
        NewsTrial news = null;
        for (double c : options.newsCs()) {
            NewsTrial trial = options.newsCs().size() == 1 ? new NewsTrial(c, Double.NaN) : crossValidateNews(covid, c);
            LOG.info(String.format(Locale.ROOT, "News expert C = %s: cross-validated weighted F1 %.4f (COVID)", c,
                    trial.covidF1()));
            newsTrials.add(trial);
            if (news == null || trial.covidF1() > news.covidF1()) {
                news = trial;
            }
        }
        double newsC = news.c();
        boolean anyHealthcare = examples.stream().anyMatch(Example::healthcare);
        List<Integer> repeats = anyHealthcare ? options.healthcareRepeats() : List.of(1);
        List<Trial> trials = new ArrayList<>();
        Trial best = null;
        for (double c : options.cs()) {
            for (int repeat : repeats) {
                Trial trial = options.cs().size() * repeats.size() == 1
                        ? new Trial(c, repeat, Double.NaN, Double.NaN) : crossValidate(examples, newsC, c, repeat, rarity);
                LOG.info(String.format(Locale.ROOT, "C = %s, healthcare posts x%d: cross-validated weighted F1 %.4f (COVID),"
                        + " %.4f (healthcare)", c, repeat, trial.covidF1(), trial.healthcareF1()));
                trials.add(trial);
                if (best == null || trial.objective() > best.objective()) {
                    best = trial;
                }
            }
        }
        LOG.info("Training the final model (news expert C = {}, C = {}, healthcare posts x{}) on all {} posts", newsC,
                best.c(), best.healthcareRepeat(), examples.size());
        return new Result(fit(examples, newsC, best.c(), best.healthcareRepeat(), rarity), news, newsTrials, best, trials);
    }

    /**
     * Each post scored by the model of the fold that left it out, as written. The document
     * frequencies stay those of all posts: they use no label, and recounting them per fold
     * would mean recomputing every feature vector.
     */
    Trial crossValidate(List<Example> examples, double newsC, double c, int repeat, InverseDocumentFrequency rarity) {
        boolean[] predicted = outOfFoldPredictions(examples, training -> fit(training, newsC, c, repeat, rarity)::probability);
        return new Trial(c, repeat, weightedF1(examples, predicted, false), weightedF1(examples, predicted, true));
    }

    private NewsTrial crossValidateNews(List<Example> covid, double c) {
        boolean[] predicted = outOfFoldPredictions(covid, training -> logistic(training, c, 1, Example::fake)::probability);
        return new NewsTrial(c, weightedF1(covid, predicted, false));
    }

    private boolean[] outOfFoldPredictions(List<Example> examples,
                                           Function<List<Example>, ToDoubleFunction<FeatureVector>> fit) {
        double[] risk = CrossValidation.outOfFold(examples, options.folds(), options.seed(), fit,
                (model, e) -> model.applyAsDouble(e.features()));
        boolean[] predicted = new boolean[examples.size()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = risk[i] >= 0.5;
        }
        return predicted;
    }

    private static double weightedF1(List<Example> examples, boolean[] predicted, boolean healthcare) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (examples.get(i).healthcare() == healthcare) {
                in.add(i);
            }
        }
        if (in.isEmpty()) {
            return Double.NaN;
        }
        boolean[] actual = new boolean[in.size()];
        boolean[] guess = new boolean[in.size()];
        for (int k = 0; k < in.size(); k++) {
            actual[k] = examples.get(in.get(k)).fake();
            guess[k] = predicted[in.get(k)];
        }
        return ClassificationMetrics.of(actual, guess).weightedF1();
    }

    MisinformationModel fit(List<Example> examples, double newsC, double c, int healthcareRepeat,
                            InverseDocumentFrequency rarity) {
        List<Example> news = examples.stream().filter(e -> !e.healthcare()).toList();
        LinearFunction newsExpert = logistic(news, newsC, 1, Example::fake);
        if (news.size() == examples.size()) {
            // no healthcare posts: one expert, and a gate that always picks it
            return new MisinformationModel(rarity, new LinearFunction(new float[D], -30), newsExpert, newsExpert);
        }
        LinearFunction healthcareExpert = logistic(examples, c, healthcareRepeat, Example::fake);
        LinearFunction gate = logistic(examples, GATE_C, 1, Example::healthcare);
        // the gate learned the training mix (few healthcare posts); a post to score is as likely
        // either kind before its words are read, so its prior log-odds are set back to even
        double healthcareShare = (double) (examples.size() - news.size()) / examples.size();
        double evenPrior = gate.bias() - Math.log(healthcareShare / (1 - healthcareShare));
        return new MisinformationModel(rarity, new LinearFunction(gate.weights(), evenPrior), newsExpert, healthcareExpert);
    }

    /** L2-regularised logistic regression for {@code label}, healthcare posts counted {@code healthcareRepeat} times. */
    private LinearFunction logistic(List<Example> examples, double c, int healthcareRepeat,
                                                 Predicate<Example> label) {
        List<FeatureVector> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (Example e : examples) {
            for (int k = 0; k < (e.healthcare() ? healthcareRepeat : 1); k++) {
                xs.add(e.features());
                ys.add(label.test(e));
                if (options.stripped() && !Arrays.equals(e.strippedFeatures().indices(), e.features().indices())) {
                    xs.add(e.strippedFeatures());
                    ys.add(label.test(e));
                }
            }
        }
        return LiblinearProblems.logistic(xs, ys, D, c, 0.001);
    }
}
