package io.carepulse.models.privacy;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the privacy guard found in a mention: the findings (offsets into the original text, which
 * is never kept), the redacted text that replaces it everywhere, and the incident level.
 */
public record PrivacyScan(List<PhiFinding> findings, String redactedText, PrivacyIncident incident) implements Serializable {

    public PrivacyScan {
        findings = List.copyOf(findings);
    }

    public boolean found() {
        return !findings.isEmpty();
    }

    /** How many identifiers of each type, in type order. */
    public Map<PhiType, Integer> counts() {
        Map<PhiType, Integer> counts = new EnumMap<>(PhiType.class);
        findings.forEach(f -> counts.merge(f.type(), 1, Integer::sum));
        return counts;
    }
}
