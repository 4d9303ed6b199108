package io.carepulse.models.misinformation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The stock forms of health misinformation that a data set of COVID-era posts barely holds:
 * miracle cures, hidden truths, anti-vaccine claims, fake treatments, "share before it's
 * deleted". Each is a feature of the model (its weight is learned, so the evaluation decides
 * how much it counts) and, when it drives a score, a reason a reader understands.
 */
public enum ClaimTrope {
    MIRACLE_CURE(List.of("miracle", "cur", "revers", "eliminat", "heal", "destroy", "kill", "100"), "miracle cure claim",
            "\\bmiracle (?:cure|drug|remedy|treatment)s?\\b"
            + "|\\b(?:cures?|cured|curing|reverses?|reversed|eliminates?|heals?|healed|destroys?|kills?)\\b[^.!?\\n]{0,40}?"
            + "\\b(?:cancers?|tumou?rs?|diabetes|autism|alzheimer'?s|dementia|hiv|aids|arthritis|heart disease|all diseases|any disease|covid(?:-?19)?|the virus)\\b"
            + "|\\b100 ?% (?:cure|effective|natural|guaranteed)\\b"),
    HIDDEN_TRUTH(List.of("want you", "tell you", "want anyone", "not telling", "suppressed", "hiding", "cover", "wake up", "own research"), "'what they don't want you to know'",
            "\\b(?:doctors?|big pharma|pharma|they|the government|governments?|the cdc|cdc|the fda|fda|the who|the media|hospitals?)"
            + " (?:don'?t|do not|doesn'?t|does not|won'?t|will not|never) (?:want you to|tell you|want anyone to)"
            + "|\\bwhat (?:they|doctors|the media)(?:'re| are) not telling you\\b|\\bsuppressed (?:cure|study|research|treatment)\\b"
            + "|\\bthey(?:'re| are) hiding\\b|\\bcover[- ]?up\\b|\\bwake up,? (?:people|sheeple)\\b|\\bdo your own research\\b"),
    ANTI_VACCINE(List.of("vacc", "vacine", "turbo", "suddenly", "shedding", "clot shot", "death shot", "death jab", "poison", "chip", "depopulation", "gene therapy"), "anti-vaccine claim",
            "\\bvacc?ines?\\b[^.!?\\n]{0,30}?\\b(?:cause[sd]?|causing|linked to|leads? to|gives?)\\b[^.!?\\n]{0,20}?"
            + "\\b(?:autism|sids|infertility|sterility|cancer|turbo cancer|death|deaths|dementia|paralysis|miscarriages?|aids)\\b"
            + "|\\bturbo[- ]cancer\\b|\\bdied suddenly\\b|\\b(?:vaccine|spike protein) shedding\\b|\\bclot shot\\b|\\bdeath (?:shot|jab)\\b"
            + "|\\bpoison(?:ous)? (?:jab|shot|vaccine)s?\\b|\\b(?:micro)?chips? in (?:the )?vacc?ines?\\b|\\bdepopulation\\b|\\bgene therapy experiment\\b"),
    FAKE_TREATMENT(List.of("bleach", "mms", "chlorine", "colloidal", "apricot", "laetrile", "baking soda", "turpentine", "borax", "urine", "essential oil", "garlic", "turmeric", "peroxide", "ivermectin", "hydroxychloroquine", "black seed", "raw milk"), "unproven treatment claim",
            "\\b(?:bleach|mms|chlorine dioxide|colloidal silver|apricot kernels?|laetrile|baking soda|turpentine|borax|urine therapy"
            + "|essential oils?|garlic|turmeric|hydrogen peroxide|ivermectin|hydroxychloroquine|black seed oil|raw milk)\\b"
            + "[^.!?\\n]{0,50}?\\b(?:cures?|cured|treats?|kills?|prevents?|detox(?:es|ify)?|heals?|protects?|flushes?|destroys?)\\b"),
    SHARE_URGENCY(List.of("share", "censor", "delet", "banned", "taken down", "mainstream"), "'share before it's deleted'",
            "\\bshare (?:this )?(?:before|now before) (?:it'?s|they|facebook|youtube|it gets)\\b"
            + "|\\b(?:being|getting|will be|gets) (?:censored|deleted|banned|taken down)\\b|\\bmainstream media (?:won'?t|will not|refuses to)\\b");

    private final List<String> anchors;
    private final String reason;
    private final Pattern pattern;

    /**
     * @param anchors substrings of which a text must hold one for the pattern to match: a cheap
     *     test that spares most texts the regular expression (it would cost more than all other
     *     features together)
     */
    ClaimTrope(List<String> anchors, String reason, String regex) {
        this.anchors = anchors;
        this.reason = reason;
        this.pattern = Pattern.compile(regex);
    }

    /** How a reason names this trope. */
    public String reason() {
        return reason;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the lower-cased text uses this trope. */
    public boolean foundIn(String lowerCaseText) {
        for (String anchor : anchors) {
            if (lowerCaseText.contains(anchor)) {
                return pattern.matcher(lowerCaseText).find();
            }
        }
        return false;
    }
}
