package io.carepulse.models.misinformation;

import java.io.Serializable;
import java.util.List;

/**
 * How likely a text spreads a false health claim.
 *
 * @param risk probability in [0, 1]
 * @param reasons what drove the risk up, most important first (phrases, tags, link domains,
 *     claim tropes); empty when the level is low
 */
public record MisinformationRisk(double risk, RiskLevel level, List<String> reasons, String model) implements Serializable {

    public MisinformationRisk {
        reasons = List.copyOf(reasons);
    }
}
