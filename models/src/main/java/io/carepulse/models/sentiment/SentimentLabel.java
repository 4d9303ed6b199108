package io.carepulse.models.sentiment;

import java.util.Locale;

public enum SentimentLabel {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
