package io.carepulse.jobs.eval;

/** Documents per second of a pass over a file, repeated until the clock has something to measure. */
final class Throughput {

    /** At least this long of measured work: one pass over a small file is mostly timer noise. */
    private static final long MIN_NANOS = 2_000_000_000L;

    private Throughput() {}

    /** Runs {@code pass} (which handles {@code documents} documents) once to warm up, then times repeats of it. */
    static double docsPerSecond(int documents, Runnable pass) {
        pass.run();
        long start = System.nanoTime();
        long passes = 0;
        long elapsed;
        do {
            pass.run();
            passes++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MIN_NANOS);
        return documents * passes / (elapsed / 1e9);
    }
}
