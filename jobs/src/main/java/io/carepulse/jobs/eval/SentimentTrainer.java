package io.carepulse.jobs.eval;

import static io.carepulse.jobs.eval.LiblinearProblems.nodes;
import static io.carepulse.jobs.eval.LiblinearProblems.problem;
import static io.carepulse.jobs.eval.LiblinearProblems.withBias;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.carepulse.models.linear.FeatureVector;
import io.carepulse.models.linear.LinearFunction;
import io.carepulse.models.sentiment.SentimentFeatures;
import io.carepulse.models.sentiment.SentimentLabel;
import io.carepulse.models.sentiment.SentimentModel;
import io.carepulse.models.sentiment.SentimentThresholds;
import io.carepulse.models.sentiment.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the {@link SentimentModel} with LIBLINEAR on human-rated texts of the three styles,
 * and measures it honestly first: k-fold cross-validation, each text scored by a model that
 * never saw it, through the same code the scorer uses. The label thresholds are chosen once on
 * those out-of-fold scores and opinions (the mean macro-F1 over the healthcare files) and fixed.
 */
public final class SentimentTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(SentimentTrainer.class);
    private static final int D = SentimentFeatures.DIMENSION;
    private static final int STYLES = TextStyle.values().length;

    /**
     * @param c regularisation of the shared-and-per-style regression (LIBLINEAR's C)
     * @param specialistC regularisation of the specialists
     * @param socialRepeat how many times each social example counts in the shared regression:
     *     the social set is small and differs most from the reviews
     * @param healthcareRepeat the same for healthcare examples: the domain the scorer is for
     *     (in the opinion classifier too)
     * @param opinionC regularisation of the opinion classifier (logistic regression)
     */
    public record Options(double c, double specialistC, double styleC, double opinionC, int socialRepeat,
                          int healthcareRepeat, int folds, long seed) {
        public static final Options DEFAULT = new Options(0.3, 1.0, 1.0, 2.0, 5, 3, 5, 1);
    }

    /** What the model says of one text: its score and how likely it voices an opinion. */
    record Reading(double score, double opinion) {}

    /** A training text: its style (from its file), its target on [-1, 1], its features. */
    public record Example(String file, TextStyle style, double target, FeatureVector features) {}

    public record Result(
            SentimentModel model, SentimentThresholds thresholds, Map<String, SentimentMetrics> crossValidated) {}

    private final Options options;

    public SentimentTrainer(Options options) {
        this.options = options;
        Linear.disableDebugOutput();
    }

    public Result train(List<Example> examples) {
        for (TextStyle style : TextStyle.values()) {
            if (examples.stream().noneMatch(e -> e.style() == style)) {
                throw new IllegalArgumentException("the training data has no " + style + " texts; every style needs some");
            }
        }
        List<Reading> outOfFold = crossValidate(examples);
        SentimentThresholds thresholds = chooseThresholds(examples, outOfFold);
        Map<String, SentimentMetrics> metrics = new LinkedHashMap<>();
        for (String file : files(examples)) {
            metrics.put(file, metricsOf(examples, outOfFold, file, thresholds));
        }
        LOG.info("Training the final model on all {} texts", examples.size());
        return new Result(fit(examples), thresholds, metrics);
    }

    /** Every text's score and opinion from the model of the fold that left it out. */
    List<Reading> crossValidate(List<Example> examples) {
        return CrossValidation.outOfFoldResults(examples, options.folds(), options.seed(), this::fit, (model, e) -> {
            FeatureVector x = e.features();
            return new Reading(model.score(x, model.style(x)), model.opinion(x));
        });
    }

    SentimentModel fit(List<Example> examples) {
        LinearFunction[] classifier = styleClassifier(examples);
        List<Example> repeated = repeated(examples, options.socialRepeat(), options.healthcareRepeat());
        double[] adapted = regression(repeated, true, options.c());
        LinearFunction shared = weights(adapted, 0, adapted[STYLES * D + D]);
        LinearFunction[] perStyle = new LinearFunction[STYLES];
        for (int s = 0; s < STYLES; s++) {
            perStyle[s] = weights(adapted, (s + 1) * D, 0);
        }
        LinearFunction[] specialists = new LinearFunction[SentimentModel.SPECIALISED.size()];
        for (int k = 0; k < specialists.length; k++) {
            TextStyle kind = SentimentModel.SPECIALISED.get(k);
            double[] w = regression(examples.stream().filter(e -> e.style() == kind).toList(), false, options.specialistC());
            specialists[k] = weights(w, 0, w[D]);
        }
        return new SentimentModel(classifier, shared, perStyle, specialists,
                opinionClassifier(repeated(examples, 1, options.healthcareRepeat())));
    }

    private static List<Example> repeated(List<Example> examples, int socialTimes, int healthcareTimes) {
        List<Example> repeated = new ArrayList<>();
        for (Example e : examples) {
            int times = e.style() == TextStyle.SOCIAL ? socialTimes : e.style() == TextStyle.HEALTHCARE ? healthcareTimes : 1;
            for (int k = 0; k < times; k++) {
                repeated.add(e);
            }
        }
        return repeated;
    }

    /** Logistic regression: did the raters find any opinion (a mean outside the neutral band)? */
    private LinearFunction opinionClassifier(List<Example> examples) {
        return LiblinearProblems.logistic(examples.stream().map(Example::features).toList(),
                examples.stream().map(e -> SentimentMetrics.humanLabel(e.target() * 4) != SentimentLabel.NEUTRAL).toList(),
                D, options.opinionC(), 0.01);
    }

    /** L2-loss support vector regression; with {@code adapted}, each example also feeds its style's copy. */
    private static double[] regression(List<Example> examples, boolean adapted, double c) {
        int features = adapted ? (STYLES + 1) * D : D;
        Problem problem = problem(examples.size(), features);
        for (int i = 0; i < problem.l; i++) {
            Example e = examples.get(i);
            problem.x[i] = withBias(adapted ? adaptedNodes(e) : nodes(e.features(), 0, 1), features);
            problem.y[i] = e.target();
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_L2LOSS_SVR_DUAL, c, 0.01, 0.05));
        return model.getFeatureWeights();
    }

    private LinearFunction[] styleClassifier(List<Example> examples) {
        Problem problem = problem(examples.size(), D);
        for (int i = 0; i < problem.l; i++) {
            problem.x[i] = withBias(nodes(examples.get(i).features(), 0, 1), D);
            problem.y[i] = examples.get(i).style().ordinal();
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, options.styleC(), 0.01));
        double[] w = model.getFeatureWeights();
        int[] labels = model.getLabels();
        int classes = labels.length;
        LinearFunction[] result = new LinearFunction[STYLES];
        for (int k = 0; k < classes; k++) {
            float[] weights = new float[D];
            for (int j = 0; j < D; j++) {
                weights[j] = (float) w[j * classes + k];
            }
            result[labels[k]] = new LinearFunction(weights, w[D * classes + k]);
        }
        return result;
    }

    private static Feature[] adaptedNodes(Example e) {
        Feature[] general = nodes(e.features(), 0, 1);
        Feature[] own = nodes(e.features(), (e.style().ordinal() + 1) * D, SentimentModel.STYLE_SCALE);
        Feature[] both = new Feature[general.length + own.length];
        System.arraycopy(general, 0, both, 0, general.length);
        System.arraycopy(own, 0, both, general.length, own.length);
        return both;
    }

    private static LinearFunction weights(double[] all, int offset, double bias) {
        float[] weights = new float[D];
        for (int j = 0; j < D; j++) {
            weights[j] = (float) all[offset + j];
        }
        return new LinearFunction(weights, bias);
    }

    /**
     * The thresholds with the best mean macro-F1 on out-of-fold readings, over the healthcare
     * files (the scorer's domain) if there are any, else over all files.
     */
    private static SentimentThresholds chooseThresholds(List<Example> examples, List<Reading> readings) {
        SentimentThresholds best = SentimentThresholds.DEFAULT;
        double bestF1 = -1;
        List<String> healthcare = examples.stream().filter(e -> e.style() == TextStyle.HEALTHCARE)
                .map(Example::file).distinct().toList();
        List<String> files = healthcare.isEmpty() ? files(examples) : healthcare;
        for (int opinion = 20; opinion <= 80; opinion++) {
            for (int positive = -10; positive <= 10; positive++) {
                SentimentThresholds t = new SentimentThresholds(opinion / 100.0, positive / 100.0);
                double f1 = 0;
                for (String file : files) {
                    f1 += metricsOf(examples, readings, file, t).macroF1();
                }
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = t;
                }
            }
        }
        return best;
    }

    private static SentimentMetrics metricsOf(List<Example> examples, List<Reading> readings, String file,
                                              SentimentThresholds t) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (examples.get(i).file().equals(file)) {
                rows.add(i);
            }
        }
        double[] s = rows.stream().mapToDouble(i -> readings.get(i).score()).toArray();
        SentimentLabel[] labels = rows.stream().map(i -> t.label(readings.get(i).score(), readings.get(i).opinion()))
                .toArray(SentimentLabel[]::new);
        double[] r = rows.stream().mapToDouble(i -> examples.get(i).target() * 4).toArray();
        return SentimentMetrics.of(s, labels, r);
    }

    private static List<String> files(List<Example> examples) {
        return examples.stream().map(Example::file).distinct().toList();
    }
}
