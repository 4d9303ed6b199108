package io.carepulse.jobs.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.carepulse.models.linear.FeatureVector;
import io.carepulse.models.linear.LinearFunction;
import java.util.Arrays;
import java.util.List;

/** Our sparse vectors as LIBLINEAR problems (1-based feature indices, bias as the last feature). */
final class LiblinearProblems {

    private LiblinearProblems() {}

    /** LIBLINEAR's bias is one more feature, after the others, that every instance must carry. */
    static Problem problem(int examples, int features) {
        Problem problem = new Problem();
        problem.l = examples;
        problem.n = features + 1;
        problem.bias = 1;
        problem.x = new Feature[examples][];
        problem.y = new double[examples];
        return problem;
    }

    /**
     * L2-regularised logistic regression over vectors of {@code dimension} features; the weights
     * give the log-odds of {@code true}.
     */
    static LinearFunction logistic(List<FeatureVector> xs, List<Boolean> ys, int dimension, double c, double eps) {
        Problem problem = problem(xs.size(), dimension);
        for (int i = 0; i < problem.l; i++) {
            problem.x[i] = withBias(nodes(xs.get(i), 0, 1), dimension);
            problem.y[i] = ys.get(i) ? 1 : 0;
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, eps));
        double[] w = model.getFeatureWeights();
        // LIBLINEAR's binary weights favour its first label; make them favour "true"
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        float[] weights = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            weights[j] = (float) (sign * w[j]);
        }
        return new LinearFunction(weights, sign * w[dimension]);
    }

    static Feature[] withBias(Feature[] nodes, int features) {
        Feature[] withBias = Arrays.copyOf(nodes, nodes.length + 1);
        withBias[nodes.length] = new FeatureNode(features + 1, 1);
        return withBias;
    }

    static Feature[] nodes(FeatureVector v, int offset, double scale) {
        Feature[] nodes = new Feature[v.indices().length];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = new FeatureNode(offset + v.indices()[i] + 1, v.values()[i] * scale);
        }
        return nodes;
    }
}
