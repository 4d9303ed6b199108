package io.carepulse.models.text;

import java.io.Serializable;

/** A stretch of a text by character offsets: {@code start} inclusive, {@code end} exclusive. */
public record TextSpan(int start, int end) implements Serializable {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: " + start + ".." + end);
        }
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
