package io.carepulse.jobs.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
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
        return outOfFoldResults(examples, folds, seed, fit, score::applyAsDouble).stream()
                .mapToDouble(Double::doubleValue).toArray();
    }

    /** The same for a model that tells more than one number about an example. */
    static <E, M, R> List<R> outOfFoldResults(List<E> examples, int folds, long seed, Function<List<E>, M> fit,
                                              BiFunction<M, E, R> score) {
        int[] fold = new int[examples.size()];
        Random random = new Random(seed);
        for (int i = 0; i < fold.length; i++) {
            fold[i] = random.nextInt(folds);
        }
        List<R> results = new ArrayList<>(Collections.nCopies(examples.size(), null));
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
                    results.set(i, score.apply(model, examples.get(i)));
                }
            }
        }
        return results;
    }
}
