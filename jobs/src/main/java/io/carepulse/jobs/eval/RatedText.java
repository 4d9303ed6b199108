package io.carepulse.jobs.eval;

/** A text with its human sentiment rating (the mean of the raters, -4 .. +4). */
public record RatedText(String id, double rating, String text) {

    /** The rating on the scorer's scale, -1 .. +1. */
    public double target() {
        return rating / 4;
    }
}
