package io.carepulse.models.sentiment;

import java.util.Locale;
import java.util.Set;

/**
 * What a healthcare mention talks about. Each aspect is found by its cue words (lower case,
 * as tokenised); it takes the sentiment of the clause it is named in.
 */
public enum Aspect {
    WAIT_TIME(Set.of("wait", "waited", "waiting", "waits", "queue", "delay", "delayed", "delays", "forever",
            "triage", "hours", "hrs", "minutes", "mins", "quick", "quickly", "fast", "slow", "slowest")),
    STAFF(Set.of("nurse", "nurses", "doctor", "doctors", "dr", "dr.", "physician", "physicians", "surgeon",
            "surgeons", "staff", "receptionist", "receptionists", "desk", "provider", "np", "pa", "paramedic",
            "paramedics", "tech", "technician", "therapist", "bedside", "rude", "kind", "friendly", "caring",
            "compassionate", "attentive", "dismissive", "professional", "unprofessional", "team", "midwife")),
    BILLING(Set.of("bill", "bills", "billed", "billing", "charge", "charged", "charges", "invoice", "insurance",
            "insurer", "copay", "co-pay", "deductible", "claim", "claims", "denied", "denial", "collections",
            "price", "prices", "cost", "costs", "expensive", "overcharged", "refund", "payment", "pay", "paid",
            "coverage", "covered", "$")),
    CLEANLINESS(Set.of("clean", "cleaned", "cleaner", "cleanest", "dirty", "filthy", "spotless", "hygiene",
            "unsanitary", "sanitary", "smell", "smelled", "smelly", "stink", "gross", "bathroom", "bathrooms",
            "dust", "dusty", "mold", "moldy", "blood", "trash", "immaculate")),
    OUTCOME(Set.of("surgery", "surgeries", "treatment", "treated", "diagnosis", "diagnosed", "misdiagnosed",
            "misdiagnosis", "recovery", "recovered", "outcome", "saved", "cured", "healed", "care", "procedure",
            "operation", "results", "result", "pain", "better", "worse", "healing", "infection", "complications",
            "malpractice", "negligence", "prescribed", "medication")),
    ACCESS(Set.of("appointment", "appointments", "appt", "booking", "book", "booked", "schedule", "scheduled",
            "scheduling", "referral", "available", "availability", "walk-in", "walk-ins", "cancelled", "canceled",
            "reschedule", "rescheduled", "waitlist", "same-day", "slot", "slots", "open", "closed", "hours")),
    FACILITIES(Set.of("parking", "park", "parked", "garage", "valet", "building", "room", "rooms", "food",
            "cafeteria", "elevator", "elevators", "lobby", "wifi", "signage", "bed", "beds", "facility",
            "facilities", "wing", "suite", "suites", "equipment", "chairs", "tv")),
    COMMUNICATION(Set.of("call", "calls", "called", "phone", "phones", "voicemail", "hold", "email", "emails",
            "portal", "message", "messages", "explained", "explain", "informed", "answer", "answers", "answered",
            "callback", "text", "texted", "listened", "listen", "updates", "update", "told", "communication"));

    private final Set<String> cues;

    Aspect(Set<String> cues) {
        this.cues = cues;
    }

    /** The name used in the index: wait_time, staff, billing, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean isCue(String norm) {
        return cues.contains(norm);
    }
}
