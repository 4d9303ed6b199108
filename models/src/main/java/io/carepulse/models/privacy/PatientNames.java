package io.carepulse.models.privacy;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import io.carepulse.models.linear.PackagedModels;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A name recogniser trained on the project's own labelled mentions ({@code scripts/carepulse train
 * names}): CoreNLP's CRF with the features of its 3-class model, taught only the names the
 * labelling guide counts as PHI. CoreNLP's own model was trained on news, where a person is
 * capitalised and introduced; in posts about care a patient is "our dawn" or "Grandpa Walt", and
 * the staff who cared for them are names that must not be redacted. Loaded once per JVM from
 * {@value #RESOURCE}, beside this class.
 */
public final class PatientNames {

    public static final String RESOURCE = "patient-names.crf.ser.gz";
    private static final Logger LOG = LoggerFactory.getLogger(PatientNames.class);

    private PatientNames() {}

    static CRFClassifier<CoreLabel> recogniser() {
        return Holder.RECOGNISER;
    }

    private static final class Holder {
        static final CRFClassifier<CoreLabel> RECOGNISER = load();

        private static CRFClassifier<CoreLabel> load() {
            long start = System.nanoTime();
            CRFClassifier<CoreLabel> recogniser = PackagedModels.load(PatientNames.class, RESOURCE, in -> {
                try {
                    return CRFClassifier.getClassifier(new GZIPInputStream(in));
                } catch (ClassNotFoundException e) {
                    throw new IOException("not a CoreNLP CRF model", e);
                }
            }, "names");
            LOG.info("Patient name recogniser loaded in {} s", String.format("%.1f", (System.nanoTime() - start) / 1e9));
            return recogniser;
        }
    }
}
