package io.carepulse.models.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a draft reply to a public review: regulators have fined practices for replies that
 * named the reviewer's care or merely confirmed that the reviewer was their patient. A reply is
 * safe when it holds no PHI and does not speak of the reviewer's visit, treatment or records;
 * the suggestion is the generic, privacy-safe reply such teams are advised to post instead.
 */
public final class ReplyCheck {

    /** Where a draft confirms a patient relationship. */
    public record Span(int start, int end) {}

    public record Result(List<PhiFinding> phi, List<Span> confirmations, String suggestion) {
        public boolean safe() {
            return phi.isEmpty() && confirmations.isEmpty();
        }
    }

    private static final Pattern CONFIRMS_CARE = Pattern.compile("\\b(?:your|his|her|their)\\s+(?:recent\\s+|last\\s+)?"
            + "(?:visit|stay|appointment|appt|procedure|surgery|treatment|care|diagnosis|test|results?|records?|chart|bill|account"
            + "|prescription|medication|mri|scan|x-ray|admission|discharge|delivery|therapy|session|exam|doctor|provider|nurse)s?\\b"
            + "|\\b(?:as|when) (?:you|he|she) (?:were|was) (?:here|seen|treated|admitted)\\b|\\b(?:you|he|she) (?:were|was) seen\\b"
            + "|\\bour records (?:show|indicate)\\b|\\bwe reviewed\\b|\\bour patient\\b(?!\\s+(?:relations|experience|advocates?|line"
            + "|portal|services|financial|navigators?|safety|family))", Pattern.CASE_INSENSITIVE);
    static final String SAFE_REPLY = "Thank you for your feedback. We take every concern seriously, and privacy laws prevent"
            + " us from discussing anyone's care in public. Please contact our patient relations team directly so we can help.";

    private final PhiDetector detector;

    public ReplyCheck(PhiDetector detector) {
        this.detector = detector;
    }

    public Result check(String draft) {
        List<PhiFinding> phi = detector.detect(draft);
        List<Span> confirmations = new ArrayList<>();
        Matcher m = CONFIRMS_CARE.matcher(draft);
        while (m.find()) {
            confirmations.add(new Span(m.start(), m.end()));
        }
        String suggestion = phi.isEmpty() && confirmations.isEmpty() ? draft : SAFE_REPLY;
        return new Result(phi, confirmations, suggestion);
    }
}
