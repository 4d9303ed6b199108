package io.carepulse.models.privacy;

import java.io.Serializable;

/**
 * One identifier found in a text.
 *
 * @param start offset of its first character in the text
 * @param end offset after its last character
 * @param confidence how sure the detector is, 0 … 1
 */
public record PhiFinding(PhiType type, int start, int end, double confidence) implements Serializable {

    public PhiFinding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("need 0 <= start < end, got " + start + ", " + end);
        }
    }

    public boolean overlaps(PhiFinding other) {
        return start < other.end && other.start < end;
    }
}
