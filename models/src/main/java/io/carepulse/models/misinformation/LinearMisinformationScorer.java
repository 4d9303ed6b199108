package io.carepulse.models.misinformation;

import io.carepulse.models.linear.FeatureVector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * CarePulse's misinformation scorer: the trained {@link MisinformationModel} over
 * {@link MisinformationFeatures}. A medium or high risk comes with its reasons: the readable
 * features that pushed the score up most (phrases, tags, link domains, claim tropes).
 */
public final class LinearMisinformationScorer implements MisinformationScorer {

    public static final String MODEL = "carepulse-misinformation-1";
    /** How many reasons a risky mention carries. */
    public static final int MAX_REASONS = 3;

    private final MisinformationFeatures features;
    private final MisinformationModel model;
    private final RiskThresholds thresholds;

    public LinearMisinformationScorer(RiskThresholds thresholds) {
        this(MisinformationModel.bundled(), thresholds);
    }

    public LinearMisinformationScorer(MisinformationModel model, RiskThresholds thresholds) {
        this.features = model.features();
        this.model = model;
        this.thresholds = thresholds;
    }

    @Override
    public MisinformationRisk score(String text) {
        MisinformationFeatures.Features f = features.of(text);
        double risk = model.probability(f.vector());
        RiskLevel level = thresholds.level(risk);
        List<String> reasons = level == RiskLevel.LOW ? List.of() : reasons(f);
        return new MisinformationRisk(risk, level, reasons, MODEL);
    }

    /** The readable features with the largest push towards misinformation, each once. */
    private List<String> reasons(MisinformationFeatures.Features f) {
        FeatureVector vector = f.vector();
        double healthcareShare = model.healthcareShare(vector);
        List<double[]> pushes = new ArrayList<>();
        for (int i = 0; i < f.namedIndices().length; i++) {
            double push = model.contribution(vector, f.namedIndices()[i], healthcareShare);
            if (push > 0) {
                pushes.add(new double[] {push, i});
            }
        }
        pushes.sort((a, b) -> Double.compare(b[0], a[0]));
        Set<String> reasons = new LinkedHashSet<>();
        for (double[] push : pushes) {
            String name = f.name((int) push[1]);
            if (name != null) {
                reasons.add(name);
            }
            if (reasons.size() == MAX_REASONS) {
                break;
            }
        }
        return List.copyOf(reasons);
    }
}
