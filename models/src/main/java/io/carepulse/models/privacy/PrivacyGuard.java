package io.carepulse.models.privacy;

import io.carepulse.models.entity.Watchlist;
import io.carepulse.models.mention.Mention;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scans a mention for PHI before anything else sees it, redacts it, and says whether it is a
 * privacy incident: PHI posted by one of the watched organisations' own accounts is critical
 * (the HIPAA incident of a reply that names a patient); a patient named with a condition or
 * their care by anyone else is a high-severity exposure.
 */
public final class PrivacyGuard {

    private static final Pattern CONDITION = Pattern.compile("\\b(?:diagnos\\w*|cancer|tumou?r|chemo\\w*|surgery|surgical|procedure"
            + "|admitted|discharg\\w*|icu|nicu|er|emergency|stroke|heart attack|pneumonia|covid|hiv|diabetes|dementia|pregnan\\w*"
            + "|miscarriage|overdose|rehab|psychiatric|depression|biopsy|mri|x-?ray|scan|results|fracture|broken|infection|sepsis"
            + "|transplant|dialysis|pacemaker|insulin|medication|prescription|therapy|treatment|appointment|appt|visit|stay|room"
            + "|care|records?|chart|mrn)\\b", Pattern.CASE_INSENSITIVE);

    private final PhiDetector detector;
    private final Set<String> ownHandles;

    public PrivacyGuard(PhiDetector detector, Watchlist watchlist) {
        this.detector = detector;
        this.ownHandles = watchlist.organisations().stream()
                .flatMap(o -> Stream.concat(o.handles().stream(),
                        o.facilities().stream().flatMap(f -> f.handles().stream())))
                .map(PrivacyGuard::normalise)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** CarePulse's detector, knowing the watchlist's names, and the watchlist's own accounts. */
    public static PrivacyGuard forWatchlist(Watchlist watchlist) {
        return new PrivacyGuard(HealthPrivacyDetector.forWatchlist(watchlist), watchlist);
    }

    public PrivacyScan scan(Mention mention) {
        String text = mention.text();
        List<PhiFinding> findings = detector.detect(text);
        return new PrivacyScan(findings, Redaction.redact(text, findings), incident(mention, findings));
    }

    private PrivacyIncident incident(Mention mention, List<PhiFinding> findings) {
        if (findings.isEmpty()) {
            return PrivacyIncident.NONE;
        }
        String author = mention.author() == null ? null : mention.author().handle();
        if (author != null && ownHandles.contains(normalise(author))) {
            return PrivacyIncident.CRITICAL;
        }
        boolean namesSomeone = findings.stream().anyMatch(f -> f.type() == PhiType.NAME);
        return namesSomeone && CONDITION.matcher(mention.text()).find() ? PrivacyIncident.HIGH : PrivacyIncident.NONE;
    }

    private static String normalise(String handle) {
        String h = handle.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("@") ? h.substring(1) : h;
    }
}
