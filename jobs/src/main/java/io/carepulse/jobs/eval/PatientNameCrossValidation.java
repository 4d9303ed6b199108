package io.carepulse.jobs.eval;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import io.carepulse.models.privacy.HealthPrivacyDetector;
import io.carepulse.models.privacy.PhiType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the trained name recogniser adds to the detector on text it has not learned from: the
 * development files in k folds (file i in fold i mod k), the recogniser trained on the other folds
 * and the detector run on the fold with it and without it. The detector's rules have learned from
 * every development file, so this measures the recogniser alone.
 */
public final class PatientNameCrossValidation {

    /** One fold's counts without the recogniser and with it. */
    public record Fold(List<String> files, Counts without, Counts with) {}

    /** Identifiers left (partly) in clear, findings of no annotated identifier, names not found. */
    public record Counts(int leaks, int falseFindings, int namesMissed) {

        public Counts plus(Counts o) {
            return new Counts(leaks + o.leaks, falseFindings + o.falseFindings, namesMissed + o.namesMissed);
        }

        static Counts of(PhiEvaluation.Result r) {
            return new Counts(r.leaks(), r.overall()[PhiEvaluation.Result.WRONG],
                    r.counts().get(PhiType.NAME)[PhiEvaluation.Result.MISSED]);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PatientNameCrossValidation.class);

    private PatientNameCrossValidation() {}

    public static List<Fold> run(List<Path> developmentFiles, int folds, HealthPrivacyDetector detector) throws IOException {
        PhiEvaluation without = new PhiEvaluation(detector.withPatientNames(null));
        List<Fold> results = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            List<Path> train = new ArrayList<>();
            List<Path> test = new ArrayList<>();
            for (int i = 0; i < developmentFiles.size(); i++) {
                (i % folds == k ? test : train).add(developmentFiles.get(i));
            }
            Path dir = Files.createTempDirectory("carepulse-names-fold");
            try {
                PatientNameTraining.Result trained = PatientNameTraining.run(train, dir);
                CRFClassifier<CoreLabel> recogniser = CRFClassifier.getClassifier(trained.model().toString());
                PhiEvaluation with = new PhiEvaluation(detector.withPatientNames(recogniser));
                Counts before = new Counts(0, 0, 0);
                Counts after = new Counts(0, 0, 0);
                for (Path file : test) {
                    before = before.plus(Counts.of(without.evaluate(file)));
                    after = after.plus(Counts.of(with.evaluate(file)));
                }
                results.add(new Fold(test.stream().map(f -> f.getFileName().toString()).toList(), before, after));
                LOG.info("Fold {}/{}: leaks {} -> {}, false findings {} -> {}", k + 1, folds, before.leaks(), after.leaks(),
                        before.falseFindings(), after.falseFindings());
            } catch (ClassNotFoundException e) {
                throw new IOException("the recogniser trained for fold " + (k + 1) + " cannot be read back", e);
            } finally {
                try (Stream<Path> written = Files.walk(dir)) {
                    for (Path p : written.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
        return results;
    }
}
