package io.carepulse.jobs.elastic;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter, shared by all requests of one sink writer: while
 * Elasticsearch is overloaded or away every request waits longer, and the first success
 * resets it. Jitter keeps the writers of a job from retrying in lockstep.
 */
final class Backoff {

    private final long initialMillis;
    private final long maxMillis;
    private int failures;

    Backoff(Duration initial, Duration max) {
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
    }

    /** The delay before the next attempt; each call counts one more consecutive failure. */
    synchronized Duration next() {
        double exponential = initialMillis * Math.pow(2, Math.min(failures, 30));
        failures++;
        long capped = (long) Math.min(maxMillis, exponential);
        long jittered = (long) (capped * ThreadLocalRandom.current().nextDouble(0.8, 1.0));
        return Duration.ofMillis(Math.max(1, jittered));
    }

    synchronized int failures() {
        return failures;
    }

    synchronized void reset() {
        failures = 0;
    }
}
