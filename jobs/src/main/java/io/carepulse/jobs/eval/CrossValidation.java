package io.carepulse.jobs.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** k-fold cross-validation as the trainers use it: every example scored by a model that never saw it. */
final class CrossValidation {

    private static final Logger LOG = LoggerFactory.getLogger(CrossValidation.class);

    private CrossValidation() {}

    /**
     * @param seed folds are drawn at random with it, so a rerun splits the same way
     * @return each example's score from the model of the fold that left it out
     */
    static <E, M> double[] outOfFold(List<E> examples, int folds, long seed, Function<List<E>, M> fit,
                                     ToDoubleBiFunction<M, E> score) {
        int[] fold = new int[examples.size()];
        Random random = new Random(seed);
        for (int i = 0; i < fold.length; i++) {
            fold[i] = random.nextInt(folds);
        }
        double[] scores = new double[examples.size()];
        for (int f = 0; f < folds; f++) {
            List<E> training = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != f) {
                    training.add(examples.get(i));
                }
            }
            LOG.info("Cross-validation fold {}/{}: training on {} examples", f + 1, folds, training.size());
            M model = fit.apply(training);
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == f) {
                    scores[i] = score.applyAsDouble(model, examples.get(i));
                }
            }
        }
        return scores;
    }
}
