package io.carepulse.models.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers with a shape: numbers, addresses, e-mail, dates and ages, each found by a
 * pattern and, where a shape alone says too little ("12345" is not always a ZIP code), by the
 * words around it. A labelled identifier ("MRN 00482913") yields only the identifier itself.
 */
final class PhiPatterns {

    /**
     * One way to find a type: the pattern, the group that is the identifier, how sure a match is,
     * whether it is a bare shape (a number with no label) that needs the words around it, and
     * whether it can only match where there is a digit (most texts have none, and are skipped).
     */
    private record Rule(PhiType type, Pattern pattern, int group, double confidence, boolean bare, boolean digits) {
        Rule(PhiType type, Pattern pattern, int group, double confidence, boolean bare) {
            this(type, pattern, group, confidence, bare, type != PhiType.EMAIL && type != PhiType.URL && type != PhiType.VEHICLE);
        }

        Rule(PhiType type, Pattern pattern, int group, double confidence) {
            this(type, pattern, group, confidence, false);
        }

        /** A rule for words alone ("ninety-one", "the twelfth of May"), tried on every text. */
        static Rule ofWords(PhiType type, Pattern pattern, double confidence) {
            return new Rule(type, pattern, 0, confidence, false, false);
        }
    }

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** A weekday that may open a date: "Tuesday, May 6", "Mon 12/16", "Thu. the 4th". */
    private static final String WEEKDAY = "(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\.?)\\s+)?";
    private static final String ID = "([A-Z0-9][A-Z0-9-]{3,}[0-9][A-Z0-9-]*)";
    private static final String LABEL_END = "(?:\\s*(?:number|no\\.?|num|#|id))?\\s*(?:is|was)?\\s*[:#]?\\s*\\(?";
    private static final int CI = Pattern.CASE_INSENSITIVE;

    private static final List<Rule> RULES = List.of(
        new Rule(PhiType.EMAIL, Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"), 0, 0.99),
        new Rule(PhiType.URL, Pattern.compile("(?:https?://)?[\\w.-]+\\.[a-z]{2,}(?:/[^\\s]*?)?(?:[?&](?:pt|patient|e|email|user|mrn|name)=|/chart/|/patients?/|%40)"
                + "[^\\s]*[^\\s.,!?)]", CI), 0, 0.85),
        new Rule(PhiType.URL, Pattern.compile("(?:https?://)?(?:www\\.)?(?:[\\w.-]*mychart[\\w.-]*|gofundme\\.com|caringbridge\\.org|mealtrain\\.com"
                + "|facebook\\.com|fb\\.com|instagram\\.com|linkedin\\.com/in|tiktok\\.com/@|twitter\\.com|x\\.com|spotfund\\.com"
                + "|givesendgo\\.com)/[^\\s)]+", CI), 0, 0.9),
        new Rule(PhiType.IP, Pattern.compile("\\b(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\b"), 0, 0.95),
        new Rule(PhiType.SSN, Pattern.compile("(?<!\\d)\\d{3}-\\d{2}-\\d{4}(?!\\d)"), 0, 0.97),
        new Rule(PhiType.SSN, Pattern.compile("(?<![\\d-])\\d{9}(?![\\d-])"), 0, 0.75, true),
        new Rule(PhiType.SSN, Pattern.compile("(?<!\\d)(?<!\\d )\\d{3} \\d{2} \\d{4}(?! ?\\d)"), 0, 0.9),
        new Rule(PhiType.SSN, Pattern.compile("(?:ssn|social security(?: number| no\\.?| #)?)\\s*(?:is|was)?\\s*[:#]?\\s*(\\d{9}|\\d{3} \\d{2} \\d{4})", CI), 1, 0.95),
        new Rule(PhiType.FAX, Pattern.compile("\\bfax(?:ed)?\\b[^.!?\\d(]{0,40}?[:#,]?\\s*"
                + "((?:\\+?1[-. ]?)?(?:\\(?\\d{3}\\)?[-. ]?)?\\d{3}[-. ]\\d{4})", CI), 1, 0.96),
        new Rule(PhiType.PHONE, Pattern.compile("(?<![\\d-])(?:\\+?1[-. ]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[-. ])\\d{3}[-. ]\\d{4}(?![\\d-])"), 0, 0.93),
        new Rule(PhiType.PHONE, Pattern.compile("(?<![\\d-])\\+?1 \\d{3} \\d{3} \\d{4}(?![\\d-])"), 0, 0.93),
        new Rule(PhiType.PHONE, Pattern.compile("(?<![\\d-])\\d{3}-\\d{4}(?![\\d-])"), 0, 0.8),
        new Rule(PhiType.PHONE, Pattern.compile("(?<![\\w-])1?[2-9]\\d{9}(?![\\w-])"), 0, 0.75, true),
        new Rule(PhiType.MRN, Pattern.compile("\\b(?:mrn|medical record|med rec|chart|record|patient id|patient number|pt id|pt #"
                + "|pt no|case)" + LABEL_END + ID, CI), 1, 0.95),
        new Rule(PhiType.MRN, Pattern.compile("\\b(?:mrn|pt id|patient id|chart number|record number)\\b[^.!?:]{0,40}?:\\s*" + ID, CI),
                1, 0.9),
        new Rule(PhiType.HEALTH_PLAN, Pattern.compile("\\b(?:member|membership|subscriber|policy|plan|insurance|medicare|medicaid"
                + "|beneficiary)" + LABEL_END + ID, CI), 1, 0.93),
        new Rule(PhiType.HEALTH_PLAN, Pattern.compile("\\b(?:member (?:id|number|#|no\\.?))\\b[^.!?:]{0,40}?:\\s*" + ID, CI), 1, 0.9),
        new Rule(PhiType.ACCOUNT, Pattern.compile("\\b(?:account|acct|invoice|billing|statement|claim|reference|ref)"
                + LABEL_END + ID, CI), 1, 0.9),
        new Rule(PhiType.LICENSE, Pattern.compile("\\b(?:driver'?s licen[cs]e|licen[cs]e|dl|certificate)" + LABEL_END + ID, CI), 1, 0.9),
        new Rule(PhiType.LICENSE, Pattern.compile("\\blicen[cs]e\\b[^.!?]{0,30}?\\b(?:as|is)\\s+" + ID, CI), 1, 0.85),
        new Rule(PhiType.MRN, Pattern.compile("(?<![\\w-])(?:[A-Z]{1,4}-?)?\\d{6,12}(?:-\\d{1,4})?(?![\\w-])"), 0, 0.7, true),
        new Rule(PhiType.HEALTH_PLAN, Pattern.compile("(?<![\\w-])[A-Z]{1,4}-?\\d{6,12}(?:-\\d{1,3})?(?![\\w-])"), 0, 0.69, true),
        new Rule(PhiType.HEALTH_PLAN, Pattern.compile("\\bID\\s*[:#]?\\s*" + ID), 1, 0.7, true),
        new Rule(PhiType.MRN, Pattern.compile("\\b(?:bracelet|wristband|band|pt #|pt#|patient #)\\b[^.!?]{0,25}?\\b(?:says|is|as|number|#|:)\\s*"
                + ID, CI), 1, 0.9),
        new Rule(PhiType.ACCOUNT, Pattern.compile("\\b(?:account|acct|invoice|statement|visit|billing|claim)\\s*(?:number|no\\.?|#)"
                + "[^.!?]{0,40}?(?:\\bis|\\bwas|:|,|—)\\s*[\"']?" + ID, CI), 1, 0.88),
        // a plate is written in capitals: "plate on my car" must not read "on my" as one
        new Rule(PhiType.VEHICLE, Pattern.compile("\\b(?i:plate|tag|plates|vehicle)\\b(?i:" + LABEL_END + ")"
                + "([A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,5})(?![A-Za-z0-9])"), 1, 0.9),
        new Rule(PhiType.VEHICLE, Pattern.compile("\\b(?i:plate|plates|tag)\\b[^.!?]{0,30}?\\b(?i:is|was|reads|says)\\s+"
                + "([A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,5})(?![A-Za-z0-9])"), 1, 0.85),
        new Rule(PhiType.VEHICLE, Pattern.compile("\\b[A-HJ-NPR-Z0-9]{17}\\b"), 0, 0.85),
        new Rule(PhiType.DEVICE, Pattern.compile("\\b(?:serial|s/n|sn|device id|device|lot)" + LABEL_END + ID, CI), 1, 0.9),
        new Rule(PhiType.DEVICE, Pattern.compile("\\bserial\\b[^.!?]{0,30}?\\bis\\s+" + ID, CI), 1, 0.85),
        new Rule(PhiType.DEVICE, Pattern.compile("\\b(?i:serial(?: number| no\\.?| #)?|s/n|sn|device(?: id)?|(?:pacemaker|implant|pump"
                + "|transmitter|monitor|cpap|bipap|hearing aids?|defibrillator|icd|cgm|stimulator|port)(?:'s)?(?: serial| id| #| number| sn)?)"
                + "\\s*(?i:is|was|reads|says)?\\s*[:#(]?\\s*"
                + "((?=[A-Z0-9-]*\\d[A-Z0-9-]*\\d|[A-Z]{1,4} \\d{2})[A-Z0-9]+(?:-[A-Z0-9]+| \\d[A-Z0-9]*)*)(?![\\w-])"), 1, 0.85),
        new Rule(PhiType.ADDRESS, Pattern.compile("\\b\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][a-z]+\\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd"
                + "|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl"
                + "|Loop|Row|Path|Pike|Square|Sq)\\b\\.?(?:,?\\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s*[A-Z0-9-]+)?"), 0, 0.9),
        new Rule(PhiType.ADDRESS, Pattern.compile("\\bP\\.?\\s?O\\.?\\s+Box\\s+\\d+\\b", CI), 0, 0.9),
        new Rule(PhiType.ZIP, Pattern.compile("(?:,\\s*[A-Z]{2}|zip(?: code)?:?|zipcode:?|postal code:?|\\bnear|\\bin|\\b[A-Z][a-z]+,?"
                + "|[A-Za-z0-9#]+,)\\s+(\\d{5}(?:-\\d{4})?)\\b(?![-.,]?\\d)"), 1, 0.85),
        new Rule(PhiType.AGE, Pattern.compile("\\b(9\\d|1[01]\\d)(?:\\s*-?\\s*(?:years?|yrs?)\\s*-?\\s*old|\\s*-?\\s*y/?o\\b|\\s*y\\.o\\.?|\\s+years of age)", CI), 0, 0.95),
        Rule.ofWords(PhiType.AGE, Pattern.compile("\\b(?:in|into) (?:his|her|their|my) (?:(?:early|mid|late)[- ])?(?:90s|90's|nineties|100s)",
                CI), 0.8),
        new Rule(PhiType.AGE, Pattern.compile("\\b(?:9\\d|1[01]\\d)(?:st|nd|rd|th)\\b(?=\\s+(?:birthday|bday|b-day)|\\s+(?:to|for)\\s+(?:my|our|his|her)\\b"
                + "|\\s*!)", CI), 0, 0.85),
        new Rule(PhiType.AGE, Pattern.compile("\\b(?:made it to|reached|celebrat\\w* (?:his|her))\\s+(9\\d|1[01]\\d)\\b|\\b(9\\d|1[01]\\d)(?=\\s+(?:this|next|last)\\s+(?:spring|summer|fall|autumn|winter|year|month|week)|(?:st|nd|rd|th) birthday)", CI), 0, 0.85),
        new Rule(PhiType.AGE, Pattern.compile("(?<=[\\p{L}\\)],\\s)(9\\d|1[01]\\d)(?=\\s*(?:[,)]|and\\b|&))|\\b(9\\d|1[01]\\d)(?=\\s+years young)"), 0, 0.85),
        Rule.ofWords(PhiType.AGE, Pattern.compile("\\b(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh"
                + "|eighth|ninth))?|ninetieth|(?:a|one)[- ]hundred(?:th|[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten"
                + "|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))?)(?:[- ]years?[- ]old)?\\b"
                + "(?!\\s*(?:%|percent|minutes|mins|seconds|days|hours|dollars|bucks|degrees|times|pages|people|patients))", CI), 0.8),
        new Rule(PhiType.AGE, Pattern.compile("\\((9\\d|1[01]\\d)!?\\)|\\b[A-Za-z]+'s\\s+(9\\d|1[01]\\d)\\b(?!\\s*(?:%|percent|beds|minutes|min|mins"
                + "|hours|hrs|days|dollars|degrees|\\$|people|patients|rooms|years? (?:in|of|at|ago)))"
                + "|(?:^|(?<=[.!?]\\s))(9\\d|1[01]\\d)\\s+(?=today|and|now|this|years|yrs)", CI), 0, 0.8),
        // the net for ages: a number from 90 to 119 standing alone in a post about a person, unless
        // a unit, a price, a room or a measurement comes with it
        new Rule(PhiType.AGE, Pattern.compile("(?<![\\w$€£#.,/:-])(9\\d|1[01]\\d)(?![\\w%°/:.,-]|\\.\\d|,\\d|\\s*(?:%|percent|degrees|minutes|min"
                + "|mins|hours|hrs|days|weeks|months|dollars|bucks|\\$|people|patients|beds|rooms|calls|times|pages|mg|ml|lbs?|pounds"
                + "|kg|bpm|mph|miles|steps|points|stars|reviews|cases|deaths|staff|nurses|doctors|employees|seconds|secs|units"
                + "|tests|visits|percentile|th\\b))", CI), 1, 0.6, true),
        new Rule(PhiType.AGE, Pattern.compile("\\b(?:aged?:?|turned|turning|turns|is|was|i'm|im|am|he's|she's|who's|hit|hits|hitting|reaching|now|at)\\s+"
                + "(?:(?:about|around|nearly|almost|over|just|only|barely)\\s+)?(9\\d|1[01]\\d)\\b"
                + "(?![.,]\\d|\\s*(?:%|degrees|minutes|min|mins|dollars|bucks|\\$|mph|miles|pounds|lbs|beds|patients|people|(?-i:\\p{Lu}\\p{Ll})))", CI), 1, 0.8),
        new Rule(PhiType.DATE, Pattern.compile("\\b" + WEEKDAY + "(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}|\\d{1,2}/\\d{1,2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})\\b", CI), 0, 0.85),
        new Rule(PhiType.DATE, Pattern.compile("\\b" + WEEKDAY + "the\\s+(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b(?!\\s*(?:floor|grade|time|place|percentile|century"
                + "|street|st\\b|ave|row|round|visit|try|attempt|call|week|day|month|year|of (?:the|those|them|us)))", CI), 0, 0.8),
        new Rule(PhiType.DATE, Pattern.compile("\\b\\d{1,2}[- ]" + MONTH + "[- ](?:19|20)?\\d{2}\\b|\\b(?:19|20)\\d{2}/\\d{1,2}/\\d{1,2}\\b", CI),
                0, 0.85),
        Rule.ofWords(PhiType.DATE, Pattern.compile("(?<=\\bon )(?:Christmas|Thanksgiving|Easter|Halloween|New Year's|Valentine's"
                + "|Independence|Mother's|Father's|Memorial|Labor|Veterans)(?: Day| Eve)?\\b"), 0.75),
        new Rule(PhiType.DATE, Pattern.compile("\\b" + MONTH + "\\s+(?:of\\s+)?(?:19|20)\\d{2}\\b"
                + "|\\b(?:Christmas|Thanksgiving|Easter|Halloween|New Year's|Valentine's|Independence|Mother's|Father's)"
                + "(?: Day| Eve)?,?\\s+(?:19|20)\\d{2}\\b", CI), 0, 0.85),
        Rule.ofWords(PhiType.DATE, Pattern.compile("\\b(?:the\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
                + "|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)"
                + "(?=\\s+(?:of\\s+)?" + MONTH + ")(?:\\s+(?:of\\s+)?" + MONTH + ")"
                + "|(?<=\\bon )the\\s+(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
                + "|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth"
                + "|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)\\b(?!\\s+(?:floor|time|day|try|visit|attempt|of|one|round))",
                CI), 0.8),
        new Rule(PhiType.DATE, Pattern.compile("\\b(?:\\w+(?:ectomy|otomy|oscopy|plasty)|surgery|procedure|appointment|appt|admitted"
                + "|discharged|seen|visit|born|dob|scan|mri|biopsy|x-ray|induced|delivered)\\s+(?:on\\s+)?(\\d{1,2}-\\d{1,2})\\b"
                + "(?![-/]\\d|\\s*(?:days|weeks|hours|hrs|pm|am|min|mins|minutes|times|people|patients|%))", CI), 1, 0.8),
        new Rule(PhiType.DATE, Pattern.compile("\\b" + WEEKDAY + MONTH + "(?:\\s+|(?<=\\.))(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s?[-–]\\s?\\d{1,2}(?:st|nd|rd|th)?)?"
                + "(?:,?\\s+(?:(?:19|20)\\d{2}|['’]\\d{2}))?\\b"
                + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(?:19|20)\\d{2})?\\b", CI), 0, 0.85));

    /** Words near a date that tie it to a person's life or care, not to an event of the organisation. */
    private static final Pattern EVENT_CONTEXT = Pattern.compile("\\b(?:opens?|opening|launch\\w*|visiting hours|hours change|town hall"
            + "|announc\\w*|event|fair|(?:blood|food|vaccine|toy|donation) drive|clinic day|ribbon|closed on|holiday|walk-in"
            + "|no appointment needed|construction|offer|ends|special|register|5k|gala|lunch|volunteers|deadline|sale|apply|hiring"
            + "|annual|teddy)\\b", CI);
    /** Words that tie a date to a person whatever else is said around it. */
    private static final Pattern STRONG_PERSONAL_DATE = Pattern.compile("\\b(?:dob|d\\.o\\.b|born|birth\\w*|admit\\w*|discharg\\w*"
            + "|surgery|died|passed|stroke|seizure|heart attack|fell|accident|injur\\w*|diagnos\\w*|biopsy)\\b", CI);
    private static final Pattern PERSONAL_DATE_CONTEXT = Pattern.compile("\\b(?:dob|d\\.o\\.b|born|birth(?:day|date)?|admit(?:ted)?"
            + "|me|i|he|she|your|was in|service|billed|bill|rebooked|booked|confirmed|moved|check|charged"
            + "|discharg\\w*|surgery|procedure|operation|appointment|appt|visit|seen|delivered|died|passed|stay|scheduled"
            + "|moved my|my|his|her|our|their|mom|dad|son|daughter|wife|husband|patient|biopsy|scan|mri|test|tested|diagnos\\w*"
            + "|induced|c-section|er|icu|since|him|them|\\w+(?:ectomy|otomy|oscopy|plasty|graphy))\\b", CI);
    /** A public line of the organisation ("call our team at …") is not a person's number. */
    private static final Pattern PUBLIC_LINE_CONTEXT = Pattern.compile("\\b(?:our|us|line|office|hotline|desk|called|calling"
            + "|department|dept|relations|team|number is listed|phone tree|their number|their phone|their fax|requests|practice's"
            + "|practice fax|clinic's|hospital's|toll-free|main number|appointments call|program)\\b[^.!?]{0,40}$", CI);
    private static final Pattern READERS_NUMBER = Pattern.compile("(?:\\b(?:you at|your (?:phone|cell|mobile|home|fax)?\\s*(?:number|line)"
            + "(?: to| is| as)?|my (?:\\w+ )?(?:number|cell|phone|line|landline|voicemail)|me at|text me|text|tried calling"
            + "|landline|at home|(?:him|her|them) at|(?:office|lab|billing|they|pharmacy|clinic|hospital|someone|nurse|doctor|staff)"
            + " called)\\b[^.!?]{0,12})$", CI);
    private static final Pattern ORGANISATION_VOICE = Pattern.compile("\\b(?:we|we'd|we're|we've|we'll|our|us)\\b", CI);
    private static final Pattern ROLE_MAILBOX = Pattern.compile("(?:patientrelations|patient\\.relations|feedback|info|billing|records"
            + "|support|help|contact|privacy|appointments|care|hello|press|media|noreply|no-reply|marketing|careers|compliance|appeals"
            + "|blooddrive|events|volunteer\\w*|foundation|memberservices|member\\.services|claims|customerservice|service|admin|office"
            + "|frontdesk|scheduling|referrals|pharmacy|lab|hr|jobs|experience|manager|questions|ask|news)@", CI);
    private static final Pattern PRIVATE_IP = Pattern.compile("(?:10\\.|127\\.|192\\.168\\.|172\\.(?:1[6-9]|2\\d|3[01])\\.|0\\.)");
    private static final Pattern PLACE_CONTEXT = Pattern.compile("\\b(?:clinic|center|centre|entrance|hospital|office|located|opens?"
            + "|campus|building|lobby|pharmacy|is at|are at|moved to|new location|by mail|mail at)\\b[^.!?]{0,40}$", CI);
    /** "7/10", "10/10": a rating, not a date. */
    private static final Pattern RATING = Pattern.compile("(?<![\\d/])(?:[1-9]|10)/10$");
    private static final Pattern TOLL_FREE = Pattern.compile("^(?:\\+?1[-. ]?)?\\(?8(?:00|88|77|66|55|44|33)\\b");
    private static final Pattern VERSION = Pattern.compile("\\b(?:version|v)\\.?\\s*$", CI);
    private static final Pattern MEASUREMENT = Pattern.compile("\\b(?:fever|temp|temperature|bp|pressure|sugar|glucose|o2|oxygen"
            + "|pulse|heart rate|hr|weigh\\w*|score|level|count)\\b[^.!?]{0,10}$", CI);
    private static final Pattern RECORD_CONTEXT = Pattern.compile("\\b(?:mrn|chart|wristband|bracelet|medical record|record number"
            + "|pt #|pt id|patient #|patient id)", CI);
    private static final Pattern PLAN_CONTEXT = Pattern.compile("\\b(?:member|plan|insurance|insurer|eob|policy|coverage|card)\\b", CI);
    private static final Pattern SSN_CONTEXT = Pattern.compile("\\b(?:ssn|social security|social)\\b", CI);
    /** A bare number may be an age only next to someone whose age it could be, and away from rooms and measurements. */
    private static final Pattern AGE_CONTEXT = Pattern.compile("\\b(?:mom|mother|mum|dad|father|grand\\w*|gran|granny|nana|papa"
            + "|aunt|uncle|wife|husband|she|he|her|him|i'm|patient|old|age|aged|years|birthday|bday|turned|turns|widow\\w*"
            + "|great-\\w+)\\b", CI);
    private static final Pattern NOT_AN_AGE_BEFORE = Pattern.compile("\\b(?:room|rm|bed|ward|suite|apt|unit|floor|highway|hwy"
            + "|route|rt|exit|channel|page|bus|gate|level|score|rated|waited|wait|top|temp"
            + "|fever|bp|hr|pulse|o2|sat|sats|of|for|by|to|than|from|number|no|ext|code|version|till|until|hit)\\s*$", CI);
    private static final Pattern PHONE_CONTEXT = Pattern.compile("\\b(?:call|calls|called|text|txt|phone|cell|mobile|number|reach"
            + "|dm|contact|ring|voicemail)\\b", CI);

    /**
     * The last net: a code with five or more digits that no rule above took ("S530-4418-9921",
     * "NSH 3309 4412 77", "V-2024-118834"). In a post about care such a code is far more often a
     * person's number than anything else, so it is redacted; the words before it say which kind.
     */
    private static final Pattern ID_SHAPE = Pattern.compile("(?<![\\w$€£@./:-])[A-Z0-9]+(?:-[A-Z0-9]+)*(?: \\d{2,}(?:-\\d+)*)*"
            + "(?![\\w%/:@-]|[.,]\\d)");
    /** Shapes of public numbers: years, date and year ranges, phone numbers (their own rules decide). */
    private static final Pattern PUBLIC_SHAPE = Pattern.compile("(?:19|20)\\d\\d-(?:19|20)?\\d\\d|\\d{4}-\\d{2}-\\d{2}"
            + "|(?:1-)?(?:\\d{3}-)?\\d{3}-\\d{4}|\\d{1,6}");
    /** Codes that are not a person's: orders, parcels, tickets, products, prices. */
    private static final Pattern NOT_A_PERSONS_CODE = Pattern.compile("\\b(?:order|tracking|confirmation|ticket|flight|model|part"
            + "|sku|item|product|promo|coupon|code|version|ext|extension|grant|budget|donat\\w*|raised|steps|miles|receipt)\\b"
            + "[^.!?]{0,25}$", CI);
    private record Cue(Pattern words, PhiType type) {}
    private static final List<Cue> ID_CUES = List.of(
        new Cue(Pattern.compile("\\bfax", CI), PhiType.FAX),
        new Cue(Pattern.compile("\\b(?:ssn|social security)", CI), PhiType.SSN),
        new Cue(Pattern.compile("\\b(?:licen[cs]e|dl|npi|dea|certificate|cert|passport|permit)\\b", CI), PhiType.LICENSE),
        new Cue(Pattern.compile("\\b(?:serial|serials|s/n|device|implant|pacemaker|pump|hearing aids?|monitor|lot)\\b", CI),
                PhiType.DEVICE),
        new Cue(Pattern.compile("\\b(?:vin|plate|plates|vehicle|car|truck|tag)\\b", CI), PhiType.VEHICLE),
        new Cue(Pattern.compile("\\b(?:member|plan|policy|insurance|insurer|medicaid|medicare|subscriber|beneficiary|group"
                + "|id card|coverage)\\b|\\b[A-Z][a-z]+ ID\\b", CI), PhiType.HEALTH_PLAN),
        new Cue(Pattern.compile("\\b(?:account|acct|invoice|bill|billing|statement|claim|visit number|payment|balance)", CI),
                PhiType.ACCOUNT),
        new Cue(Pattern.compile("\\b(?:call|text|phone|cell|mobile)\\b", CI), PhiType.PHONE));

    private PhiPatterns() {}

    static List<PhiFinding> find(String text) {
        List<PhiFinding> found = new ArrayList<>();
        boolean digits = text.chars().anyMatch(c -> c >= '0' && c <= '9');
        boolean at = text.indexOf('@') >= 0;
        for (Rule rule : RULES) {
            if (rule.digits() && !digits || rule.type() == PhiType.EMAIL && !at) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                int start = m.start(rule.group());
                int end = m.end(rule.group());
                if (start < 0 || end <= start || !plausible(rule.type(), text, start, end)
                        || rule.bare() && !bareShapeInContext(rule.type(), text, start, end)) {
                    continue;
                }
                found.add(new PhiFinding(rule.type(), start, end, rule.confidence()));
            }
        }
        if (digits) {
            codesLeft(text, found);
        }
        return found;
    }

    private static void codesLeft(String text, List<PhiFinding> found) {
        Matcher m = ID_SHAPE.matcher(text);
        while (m.find()) {
            String code = m.group();
            int start = m.start();
            int end = m.end();
            if (code.chars().filter(Character::isDigit).count() < 5 || PUBLIC_SHAPE.matcher(code).matches()
                    || found.stream().anyMatch(f -> f.start() < end && start < f.end())
                    || NOT_A_PERSONS_CODE.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
                continue;
            }
            found.add(new PhiFinding(codeType(text.substring(Math.max(0, start - 60), start)), start, end, 0.6));
        }
    }

    /** The kind of code by the nearest cue before it; a record number when nothing says. */
    private static PhiType codeType(String before) {
        PhiType type = PhiType.MRN;
        int nearest = -1;
        for (Cue cue : ID_CUES) {
            Matcher m = cue.words().matcher(before);
            while (m.find()) {
                if (m.start() > nearest) {
                    nearest = m.start();
                    type = cue.type();
                }
            }
        }
        return type;
    }

    private static boolean plausible(PhiType type, String text, int start, int end) {
        return switch (type) {
            case DATE -> {
                String around = around(text, start, end);
                if (text.startsWith("24/7", start) || RATING.matcher(text.substring(start, end)).find()
                        || VERSION.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
                    yield false;
                }
                yield STRONG_PERSONAL_DATE.matcher(around).find()
                        || PERSONAL_DATE_CONTEXT.matcher(around).find() && !EVENT_CONTEXT.matcher(around).find();
            }
            case PHONE, FAX -> !TOLL_FREE.matcher(text.substring(start, end)).find() && personalLine(text, start);
            case EMAIL -> !ROLE_MAILBOX.matcher(text.substring(start, end)).lookingAt();
            case IP -> !PRIVATE_IP.matcher(text.substring(start, end)).lookingAt()
                    && !VERSION.matcher(text.substring(Math.max(0, start - 12), start)).find();
            case ADDRESS, ZIP -> !PLACE_CONTEXT.matcher(text.substring(Math.max(0, start - 70), start)).find();
            case AGE -> !MEASUREMENT.matcher(text.substring(Math.max(0, start - 20), start)).find();
            default -> true;
        };
    }

    /** A bare number is a record number only near words about records; a bare ID a plan's only near plan words. */
    private static boolean bareShapeInContext(PhiType type, String text, int start, int end) {
        String around = around(text, start, end);
        Pattern context = switch (type) {
            case MRN -> RECORD_CONTEXT;
            case SSN -> SSN_CONTEXT;
            case PHONE -> PHONE_CONTEXT;
            case AGE -> AGE_CONTEXT;
            default -> PLAN_CONTEXT;
        };
        return context.matcher(around).find()
                && !(type == PhiType.AGE && NOT_AN_AGE_BEFORE.matcher(text.substring(Math.max(0, start - 16), start)).find());
    }

    /** The words within 80 characters either side, without the identifier itself. */
    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 80), start) + " " + text.substring(end, Math.min(text.length(), end + 80));
    }

    /**
     * A number of a person, not a public line: in the organisation's voice ("we", "our") only
     * when it is the reader's ("call you at", "your fax number"); otherwise unless it is named
     * as a line or office.
     */
    private static boolean personalLine(String text, int start) {
        String before = text.substring(Math.max(0, start - 60), start);
        if (READERS_NUMBER.matcher(before).find()) {
            return true;
        }
        if (ORGANISATION_VOICE.matcher(text).find()) {
            return false;
        }
        return !PUBLIC_LINE_CONTEXT.matcher(before).find();
    }
}
