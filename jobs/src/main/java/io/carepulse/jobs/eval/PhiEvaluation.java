package io.carepulse.jobs.eval;

import io.carepulse.models.privacy.PhiDetector;
import io.carepulse.models.privacy.PhiFinding;
import io.carepulse.models.privacy.PhiType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the PHI detector against an annotated corpus (JSON lines: text and findings with type
 * and offsets). A found identifier is right when it has the annotated type and overlaps the
 * annotated span; a leak is an annotated identifier of which any letter or digit would stay in clear
 * after redaction, whatever type the detector gave it.
 */
public final class PhiEvaluation {

    /**
     * Counts per type, and the leaks. Each type's counts are {findings right, findings wrong,
     * identifiers found, identifiers missed, identifiers leaked}: precision is over the findings and
     * recall over the annotated identifiers, which differ when one finding covers two identifiers or
     * two findings one. An identifier missed under its own type may still be covered by a finding of
     * another type, so it is not always leaked.
     */
    public record Result(String file, int mentions, Map<PhiType, int[]> counts, int annotated, double docsPerSecond) {

        public static final int RIGHT = 0;
        public static final int WRONG = 1;
        public static final int FOUND = 2;
        public static final int MISSED = 3;
        public static final int LEAKED = 4;

        /** The annotated identifiers of every type left (partly) in clear. */
        public int leaks() {
            return overall()[LEAKED];
        }

        /** The counts summed over every type. */
        public int[] overall() {
            int[] sum = new int[LEAKED + 1];
            counts.values().forEach(c -> {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += c[i];
                }
            });
            return sum;
        }

        public static double precision(int[] c) {
            return c[RIGHT] + c[WRONG] == 0 ? 1 : (double) c[RIGHT] / (c[RIGHT] + c[WRONG]);
        }

        public static double recall(int[] c) {
            return c[FOUND] + c[MISSED] == 0 ? 1 : (double) c[FOUND] / (c[FOUND] + c[MISSED]);
        }

        public static double f1(int[] c) {
            double p = precision(c);
            double r = recall(c);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final PhiDetector detector;

    public PhiEvaluation(PhiDetector detector) {
        this.detector = detector;
    }

    public Result evaluate(Path file) throws IOException {
        List<PhiCorpus.Labelled> corpus = PhiCorpus.read(file);
        Map<PhiType, int[]> counts = new EnumMap<>(PhiType.class);
        for (PhiType type : PhiType.values()) {
            counts.put(type, new int[Result.LEAKED + 1]);
        }
        int annotated = 0;
        for (PhiCorpus.Labelled a : corpus) {
            List<PhiFinding> found = detector.detect(a.text());
            for (PhiFinding f : found) {
                boolean right = a.gold().stream().anyMatch(g -> g.type() == f.type() && g.overlaps(f));
                counts.get(f.type())[right ? Result.RIGHT : Result.WRONG]++;
            }
            for (PhiFinding g : a.gold()) {
                annotated++;
                boolean seen = found.stream().anyMatch(f -> f.type() == g.type() && f.overlaps(g));
                counts.get(g.type())[seen ? Result.FOUND : Result.MISSED]++;
                if (!covered(a.text(), g, found)) {
                    counts.get(g.type())[Result.LEAKED]++;
                }
            }
        }
        double docsPerSecond = Throughput.docsPerSecond(corpus.size(), () -> corpus.forEach(a -> detector.detect(a.text())));
        return new Result(file.getFileName().toString(), corpus.size(), counts, annotated, docsPerSecond);
    }

    /** Every letter and digit of the identifier is inside some finding ("[NAME] [NAME]" for "Teddy K." leaks nothing). */
    private static boolean covered(String text, PhiFinding gold, List<PhiFinding> found) {
        for (int i = gold.start(); i < gold.end(); i++) {
            final int at = i;
            if (Character.isLetterOrDigit(text.charAt(at)) && found.stream().noneMatch(f -> f.start() <= at && at < f.end())) {
                return false;
            }
        }
        return true;
    }
}
