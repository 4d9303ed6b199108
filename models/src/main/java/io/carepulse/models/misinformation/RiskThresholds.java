package io.carepulse.models.misinformation;

import java.io.Serializable;

/** Where a risk in [0, 1] becomes medium and high; fixed in configuration. */
public record RiskThresholds(double medium, double high) implements Serializable {

    public static final RiskThresholds DEFAULT = new RiskThresholds(0.5, 0.8);

    public RiskThresholds {
        if (!(0 <= medium && medium < high && high <= 1)) {
            throw new IllegalArgumentException("need 0 <= medium < high <= 1, got " + medium + " and " + high);
        }
    }

    public RiskLevel level(double risk) {
        return risk >= high ? RiskLevel.HIGH : risk >= medium ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }
}
