package io.carepulse.models.privacy;

import java.util.List;

/** Replaces each finding by its type's placeholder, so the text can be stored and logged. */
public final class Redaction {

    private Redaction() {}

    /** @param findings sorted by start, not overlapping, as {@link PhiDetector#detect} returns them */
    public static String redact(String text, List<PhiFinding> findings) {
        if (findings.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (PhiFinding f : findings) {
            out.append(text, at, f.start()).append(f.type().placeholder());
            at = f.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
