package io.carepulse.models;

/**
 * Receives how long each scoring stage took for one mention, so that a job (as metrics) or a
 * benchmark can say where the time goes. Called on the scoring thread; must be cheap.
 */
@FunctionalInterface
public interface StageTimer {

    StageTimer NONE = (stage, nanos) -> {};

    void record(String stage, long nanos);
}
