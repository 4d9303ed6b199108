package io.carepulse.jobs.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Problem;
import io.carepulse.models.linear.FeatureVector;
import java.util.Arrays;

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
