package io.carepulse.models.misinformation;

import java.util.Locale;

/** How likely a mention spreads a false health claim, in the words alerts and reports use. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
