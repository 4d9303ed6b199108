package io.carepulse.models.privacy;

/** The HIPAA Safe Harbor identifiers that occur in social text. */
public enum PhiType {
    NAME, DATE, AGE, PHONE, FAX, EMAIL, ADDRESS, ZIP, SSN, MRN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP;

    /** What replaces an identifier of this type in stored text: "[NAME]", "[PHONE]"… */
    public String placeholder() {
        return "[" + name() + "]";
    }
}
