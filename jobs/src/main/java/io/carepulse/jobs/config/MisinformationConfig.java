package io.carepulse.jobs.config;

import io.carepulse.models.misinformation.RiskThresholds;
import java.io.Serializable;

/** Where a misinformation risk becomes medium and high (docs/MISINFORMATION.md). */
public record MisinformationConfig(double mediumFrom, double highFrom) implements Serializable {

    public RiskThresholds thresholds() {
        return new RiskThresholds(mediumFrom, highFrom);
    }
}
