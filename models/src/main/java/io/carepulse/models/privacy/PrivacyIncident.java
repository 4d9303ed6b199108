package io.carepulse.models.privacy;

import java.util.Locale;

/** How serious the PHI in a mention is, for the alerting that follows. */
public enum PrivacyIncident {
    /** No PHI, or PHI that exposes no patient's care. */
    NONE,
    /** Someone other than the organisation names a patient together with a condition or care. */
    HIGH,
    /** One of the watched organisation's own accounts posted PHI: a HIPAA incident. */
    CRITICAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
