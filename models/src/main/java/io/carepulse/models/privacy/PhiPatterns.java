package io.carepulse.models.privacy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
     * the run of digits it needs (most texts have none, or none long enough, and are skipped).
     */
    private record Rule(PhiType type, Pattern pattern, int group, double confidence, boolean bare, int digits) {
        Rule(PhiType type, Pattern pattern, int group, double confidence, boolean bare) {
            this(type, pattern, group, confidence, bare, type != PhiType.EMAIL && type != PhiType.URL && type != PhiType.VEHICLE ? 1 : 0);
        }

        Rule(PhiType type, Pattern pattern, int group, double confidence) {
            this(type, pattern, group, confidence, false);
        }

        /** A rule for words alone ("ninety-one", "the twelfth of May"), tried on every text. */
        static Rule ofWords(PhiType type, Pattern pattern, double confidence) {
            return new Rule(type, pattern, 0, confidence, false, 0);
        }

        /** The same rule, tried only where the text has a run of at least this many digits. */
        Rule needing(int digitRun) {
            return new Rule(type, pattern, group, confidence, bare, digitRun);
        }
    }

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** A weekday that may open a date: "Tuesday, May 6", "Mon 12/16", "Thu. the 4th". */
    private static final String WEEKDAY = "(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\.?,?)\\s+)?";
    /** A day of the month in words: "fourteenth", "twenty-first". */
    private static final String DAY_IN_WORDS = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
            + "|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)";
    private static final String STREET = "(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl"
            + "|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Loop|Row|Path|Pike|Square|Sq|Bend|Run|Crossing|Cove|Glen|Heights"
            + "|Landing|Commons)";
    private static final String ID = "([A-Z0-9][A-Z0-9-]{3,}[0-9][A-Z0-9-]*)";
    /** US state codes, as written before a plate: "Plate WI ABX-4417". */
    private static final String STATE = "(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND"
            + "|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)";
    private static final String LABEL_END = "(?:\\s*(?:number|no\\.?|num|#|id))?\\s*(?:is|was)?\\s*[:#]?\\s*\\(?";
    private static final int CI = Pattern.CASE_INSENSITIVE;

    private static final List<Rule> RULES = List.of(
        new Rule(PhiType.EMAIL, Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"), 0, 0.99),
        Rule.ofWords(PhiType.EMAIL, Pattern.compile("[\\w.+-]+\\s*[\\[(](?:at|arroba)[\\])]\\s*[\\w-]+(?:\\s*[\\[(](?:dot|punto)[\\])]\\s*[\\w-]+)+",
                CI), 0.9),
        // "greta dot sandoval at example dot com"
        Rule.ofWords(PhiType.EMAIL, Pattern.compile("\\b[\\w+-]+(?:\\s+dot\\s+[\\w+-]+)*\\s+(?:at|arroba)\\s+[\\w-]+(?:\\s+(?:dot|punto)\\s+[\\w-]+)*"
                + "\\s+(?:dot|punto)\\s+(?:com|org|net|edu|gov|co|us|io)\\b", CI), 0.9),
        // spelled out: "six oh eight, five five five, oh one two six"
        Rule.ofWords(PhiType.PHONE, Pattern.compile("\\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\\s,.-]+){9}"
                + "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\\b", CI), 0.8),
        new Rule(PhiType.URL, Pattern.compile("(?:https?://)?[\\w.-]+\\.[a-z]{2,}(?:/[^\\s]*?)?(?:[?&](?:pt|patient|e|email|user|mrn|name)=|/chart/|/patients?/|%40)"
                + "[^\\s]*[^\\s.,!?)]", CI), 0, 0.85),
        new Rule(PhiType.URL, Pattern.compile("(?:https?://)?[\\w.-]*portal[\\w.-]*\\.[a-z]{2,}/[^\\s]*\\d{4,}[^\\s]*[^\\s.,!?)]", CI), 0, 0.85),
        new Rule(PhiType.URL, Pattern.compile("(?:https?://)?(?:www\\.)?(?:[\\w.-]*mychart[\\w.-]*|gofundme\\.com|caringbridge\\.org|mealtrain\\.com"
                + "|facebook\\.com|fb\\.com|instagram\\.com|linkedin\\.com/in|tiktok\\.com/@|twitter\\.com|x\\.com|spotfund\\.com"
                + "|givesendgo\\.com)/[^\\s)]+", CI), 0, 0.9),
        new Rule(PhiType.IP, Pattern.compile("\\b(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\b"), 0, 0.95),
        // "000-00-0000" is what people write when they will not give it
        new Rule(PhiType.SSN, Pattern.compile("(?<!\\d)(?!000-00-0000)\\d{3}-\\d{2}-\\d{4}(?!\\d)"), 0, 0.97),
        new Rule(PhiType.SSN, Pattern.compile("(?<![\\d-])\\d{9}(?![\\d-])"), 0, 0.75, true).needing(9),
        new Rule(PhiType.SSN, Pattern.compile("(?<!\\d)(?<!\\d )\\d{3} \\d{2} \\d{4}(?! ?\\d)"), 0, 0.9),
        new Rule(PhiType.SSN, Pattern.compile("(?:ssn|social security(?: number| no\\.?| #)?)\\s*(?:is|was)?\\s*[:#]?\\s*(\\d{9}|\\d{3} \\d{2} \\d{4})", CI), 1, 0.95),
        // "fax … call me at" is the call's number
        new Rule(PhiType.FAX, Pattern.compile("\\bfax(?:ed)?\\b(?:(?!\\b(?:call|text|phone|cell|mobile)\\b)[^.!?\\d(]){0,40}?[:#,]?\\s*"
                + "((?:\\+?1[-. ]?)?(?:\\(?\\d{3}\\)?[-. ]?)?\\d{3}[-. ]\\d{4})", CI), 1, 0.96),
        new Rule(PhiType.PHONE, Pattern.compile("(?<![\\d-])(?:\\+?1[-. ]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[-. ])\\d{3}[-. ]\\d{4}(?![\\d-])"), 0, 0.93),
        new Rule(PhiType.PHONE, Pattern.compile("(?<![\\d-])\\+?1 \\d{3} \\d{3} \\d{4}(?![\\d-])"), 0, 0.93),
        new Rule(PhiType.PHONE, Pattern.compile("(?<![\\d-])(?<!\\d[. ])(?<!\\)\\s?)\\d{3}-\\d{4}(?![\\d-])"), 0, 0.8),
        new Rule(PhiType.PHONE, Pattern.compile("(?<![\\w-])1?[2-9]\\d{9}(?![\\w-])"), 0, 0.75, true).needing(10),
        // written to dodge scrapers, with letters o for zeros: "6o8-555-o143"
        new Rule(PhiType.PHONE, Pattern.compile("(?<![\\w-])(?=[\\d() .-]*[oO])(?=(?:\\D{0,3}\\d){6})\\(?[\\doO]{3}\\)?[-. ]?[\\doO]{3}[-. ][\\doO]{4}(?![\\w-])"),
                0, 0.85),
        // split over a sentence: "area code 608, then 555-0163"
        new Rule(PhiType.PHONE, Pattern.compile("\\barea code (\\d{3}[,;]?\\s+(?:(?:then|and|followed by)\\s+)?\\d{3}[-. ]\\d{4})(?![\\d-])", CI), 1, 0.85),
        new Rule(PhiType.MRN, Pattern.compile("\\b(?:mrn|medical record|med rec|chart|record|patient id|patient number|patient ?#|pt id|pt #"
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
        new Rule(PhiType.LICENSE, Pattern.compile("\\b(?i:driver'?s licen[cs]e|licen[cs]e|dl)(?i:" + LABEL_END + ")([A-Z]?\\d{3,4}(?: \\d{2,4}){2,4})\\b"),
                1, 0.9),
        new Rule(PhiType.MRN, Pattern.compile("(?<![\\w-])(?:[A-Z]{1,4}-?)?\\d{6,12}(?:-\\d{1,4})?(?![\\w-])"), 0, 0.7, true).needing(6),
        new Rule(PhiType.HEALTH_PLAN, Pattern.compile("(?<![\\w-])[A-Z]{1,4}-?\\d{6,12}(?:-\\d{1,3})?(?![\\w-])"), 0, 0.69, true).needing(6),
        new Rule(PhiType.HEALTH_PLAN, Pattern.compile("\\bID\\s*[:#]?\\s*" + ID), 1, 0.7, true),
        new Rule(PhiType.MRN, Pattern.compile("\\b(?:bracelet|wristband|band|pt #|pt#|patient #)\\b[^.!?]{0,25}?\\b(?:says|is|as|number|#|:)\\s*"
                + ID, CI), 1, 0.9),
        new Rule(PhiType.ACCOUNT, Pattern.compile("\\b(?:account|acct|invoice|statement|visit|billing|claim)\\s*(?:number|no\\.?|#)"
                + "[^.!?]{0,40}?(?:\\bis|\\bwas|:|,|—)\\s*[\"']?" + ID, CI), 1, 0.88),
        // a plate is written in capitals: "plate on my car" must not read "on my" as one
        new Rule(PhiType.VEHICLE, Pattern.compile("\\b(?i:plate|tag|plates|vehicle)\\b(?i:" + LABEL_END + ")"
                + "((?:" + STATE + "\\s+)?[A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,5})(?![A-Za-z0-9])"), 1, 0.9),
        new Rule(PhiType.VEHICLE, Pattern.compile("\\b(?i:plate|plates|tag)\\b[^.!?]{0,30}?(?:\\b(?i:is|was|reads|says|as)\\s+|:\\s*)"
                + "([A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,5})(?![A-Za-z0-9])"), 1, 0.85),
        new Rule(PhiType.VEHICLE, Pattern.compile("\\b[A-HJ-NPR-Z0-9]{17}\\b"), 0, 0.85),
        new Rule(PhiType.VEHICLE, Pattern.compile("\\b(?i:my|his|her|their|our) (?i:car|truck|van|minivan|suv|jeep)\\s+"
                + "((?=[A-Z]*[- ]?\\d)[A-Z0-9]{2,4}[- ]?[A-Z0-9]{2,5})(?![\\w-])"), 1, 0.85),
        new Rule(PhiType.DEVICE, Pattern.compile("\\b(?:serial|s/n|sn|device id|device|lot)" + LABEL_END + ID, CI), 1, 0.9),
        new Rule(PhiType.DEVICE, Pattern.compile("\\bserial\\b[^.!?]{0,30}?\\b(?:is|as|says|reads)\\s+" + ID, CI), 1, 0.85),
        new Rule(PhiType.DEVICE, Pattern.compile("\\b(?i:serial(?: number| no\\.?| #)?|s/n|sn|device(?: id)?|(?:pacemaker|implant|pump"
                + "|transmitter|monitor|cpap|bipap|hearing aids?|defibrillator|icd|cgm|stimulator|port)(?:'s)?(?: serial| id| #| number| sn)?)"
                + "\\s*(?i:is|was|reads|says)?\\s*[:#(]?\\s*"
                + "((?i:(?:id|sn|s/n)\\s*[:#]?\\s*)?(?=[A-Z0-9-]*\\d[A-Z0-9-]*\\d|[A-Z]{1,4} \\d{2})[A-Z0-9]+(?:-[A-Z0-9]+| \\d[A-Z0-9]*)*)(?![\\w-])"), 1, 0.85),
        new Rule(PhiType.ADDRESS, Pattern.compile("\\b\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?(?:(?:[A-Z][a-z]+|\\d{1,3}(?:st|nd|rd|th))\\s+){1,3}" + STREET
                + "\\b\\.?(?:,?\\s+(?:Apt|Apartment|Unit|Suite|Ste|#|[Dd]epto|[Dd]pto|[Aa]pto)\\.?\\s*[A-Z0-9-]+)?"), 0, 0.9),
        // as a shouted post or a printed label writes it: "88 QUARRY LN"
        new Rule(PhiType.ADDRESS, Pattern.compile("\\b\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z]{2,}\\s+){1,3}" + STREET.toUpperCase(Locale.ROOT)
                + "\\b\\.?(?:,?\\s+(?:APT|UNIT|SUITE|STE|#)\\.?\\s*[A-Z0-9-]+)?"), 0, 0.85),
        new Rule(PhiType.ADDRESS, Pattern.compile("\\bP\\.?\\s?O\\.?\\s+Box\\s+\\d+\\b", CI), 0, 0.9),
        // rural roads named by a number or letter: "5520 County Rd 9", "909 County Rd K", "1410 State Hwy 33"
        new Rule(PhiType.ADDRESS, Pattern.compile("\\b\\d{1,6}\\s+(?:County|State|US|Co\\.?)\\s+(?:Rd|Road|Hwy|Highway|Route|Rte|Trunk)\\.?\\s+[A-Z0-9]{1,3}\\b"),
                0, 0.85),
        // in small letters, where the words before say it is where someone is: "my mom lives at 1209 n. maple st"
        new Rule(PhiType.ADDRESS, Pattern.compile("(?<=\\b(?:at|on|to|is|address|addy|live|lives|living|moved)\\s)\\d{1,6}\\s+(?:[nsew]\\.?\\s+)?"
                + "(?:[a-z]+\\s+){1,2}(?:street|st|avenue|ave|road|rd|lane|ln|drive|court|ct|boulevard|blvd|way|place|terrace|circle|parkway"
                + "|pkwy|trail)\\b\\.?(?:,?\\s+(?:apt|unit|#)\\.?\\s*[a-z0-9-]+)?"), 0, 0.85),
        // in Spanish: "vive en 301 Calle Luna"
        new Rule(PhiType.ADDRESS, Pattern.compile("\\b\\d{1,6}\\s+(?:Calle|Avenida|Av\\.|Camino|Paseo|Carrera)\\s+(?:[A-ZÁÉÍÓÚÑ][\\p{L}]+\\s?){1,3}"
                + "(?:,?\\s+(?:Apt|Depto|Unidad|#)\\.?\\s*[A-Z0-9-]+)?"), 0, 0.85),
        new Rule(PhiType.ZIP, Pattern.compile("(?:,\\s*[A-Z]{2}|(?i:zip(?: ?code)?|postal code|c[óo]digo postal)(?:\\s+(?:is|as|was|es))?:?|\\bnear|\\bin|\\bfrom|\\baround|\\bmov(?:e|ed|ing) to|\\ben(?: el)?|\\bcerca de|\\bdesde|\\bcover(?:s|ing)?|\\b[A-Z][a-z]+,?(?:\\s+[A-Z]{2})?"
                + "|[A-Za-z0-9#]+,)\\s+(\\d{5}(?:-\\d{4})?)\\b(?![-.,]?\\d)"), 1, 0.85).needing(5),
        // a second ZIP: "around 53704/53714"
        new Rule(PhiType.ZIP, Pattern.compile("(?<=\\b\\d{5}/)\\d{5}\\b(?![-.,]?\\d)"), 0, 0.8).needing(5),
        new Rule(PhiType.ZIP, Pattern.compile("\\b(?:" + STREET + "|Apt|Unit|Suite|Ste)\\b\\.?(?:\\s+[A-Z0-9-]+)?,?\\s+\\((\\d{5}(?:-\\d{4})?)\\)"),
                1, 0.85).needing(5),
        new Rule(PhiType.AGE, Pattern.compile("\\b(9\\d|1[01]\\d)(?:\\s*-?\\s*(?:years?|yrs?)\\s*-?\\s*old|\\s*-?\\s*y/?o\\b|\\s*y\\.o\\.?|\\s+years of age|\\s+a[ñÑn]os\\b|\\s+tuổi|\\s?岁)", CI), 0, 0.95),
        Rule.ofWords(PhiType.AGE, Pattern.compile("\\b(?:in|into) (?:his|her|their|my) (?:(?:early|mid|late)[- ])?(?:90s|90's|nineties|100s)",
                CI), 0.8),
        new Rule(PhiType.AGE, Pattern.compile("\\b(?:9\\d|1[01]\\d)(?:st|nd|rd|th)\\b(?=\\s+(?:birthday|bday|b-day)|\\s+(?:to|for)\\s+(?:my|our|his|her)\\b"
                + "|\\s*!)|(?<=\\bhappy )(?:9\\d|1[01]\\d)(?:st|nd|rd|th)\\b", CI), 0, 0.85),
        // clinical shorthand, age and sex: "91F", "93 M", "F/95", "97Y"; not a temperature ("102F fever")
        new Rule(PhiType.AGE, Pattern.compile("(?<![\\w$.°])(?:9\\d|1[01]\\d) ?[FM](?![\\w°])(?!\\s*(?:fever|temp))|\\b(?:9\\d|1[01]\\d) ?Y\\b"
                + "|(?<=(?<![\\w/])[FM] ?/ ?)(?:9\\d|1[01]\\d)\\b"), 0, 0.8),
        new Rule(PhiType.AGE, Pattern.compile("\\b(?:made it to|reached|celebrat\\w* (?:his|her))\\s+(9\\d|1[01]\\d)\\b|\\b(9\\d|1[01]\\d)(?=\\s+(?:this|next|last)\\s+(?:spring|summer|fall|autumn|winter|year|month|week)|(?:st|nd|rd|th) birthday)", CI), 0, 0.85),
        new Rule(PhiType.AGE, Pattern.compile("(?<=[\\p{L}\\)],\\s)(9\\d|1[01]\\d)(?=\\s*(?:[,)]|and\\b|&))|\\b(?:9\\d|1[01]\\d)\\s+years young\\b"), 0, 0.85),
        Rule.ofWords(PhiType.AGE, Pattern.compile("\\b(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh"
                + "|eighth|ninth))?|ninetieth|(?:a|one)[- ]hundred(?:th|[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten"
                + "|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))?)(?:[- ]years?[- ]old)?\\b"
                + "(?!\\s*(?:%|percent|minutes|mins|seconds|days|hours|dollars|bucks|degrees|times|pages|people|patients))", CI), 0.8),
        Rule.ofWords(PhiType.AGE, Pattern.compile("\\b(?:noventa(?: y (?:un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?"
                + "|cien(?:to (?:un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez))?) a[ñn]os\\b", CI), 0.85),
        new Rule(PhiType.AGE, Pattern.compile("\\((9\\d|1[01]\\d)!?\\)|\\b[A-Za-z]+'s\\s+(9\\d|1[01]\\d)\\b(?!\\s*(?:%|percent|beds|minutes|min|mins"
                + "|hours|hrs|days|dollars|degrees|\\$|people|patients|rooms|years? (?:in|of|at|ago)))"
                + "|(?:^|(?<=[.!?]\\s))(9\\d|1[01]\\d)\\s+(?=today|and|now|this|years|yrs)", CI), 0, 0.8),
        // the net for ages: in a post about care, a number from 90 to 119 standing alone is most often
        // someone's age, unless a unit, a price, a room or a measurement comes with it
        new Rule(PhiType.AGE, Pattern.compile("(?<![\\w$€£#.,/:-])((?:9\\d|1[01]\\d)(?:\\s*-?\\s*(?:years?|yrs?)\\b(?:\\s*-?\\s*old\\b)?)?+)"
                + "(?![\\w%°/:+-]|[.,]\\d|\\s*(?:ago|later|earlier|since|apart|of service|in business|%|percent|degrees|minutes|min"
                + "|mins|hours|hrs|days|weeks|months|dollars|bucks|\\$|people|patients|beds|rooms|calls|times|pages|mg|ml|lbs?|pounds"
                + "|kg|bpm|mph|miles|steps|points|stars|reviews|cases|deaths|staff|nurses|doctors|employees|seconds|secs|units"
                + "|tests|visits|percentile|cents|new|more|extra|fever|temp|th\\b))", CI), 1, 0.6, true),
        new Rule(PhiType.AGE, Pattern.compile("\\b(?:aged?:?|age of|ages|turned|turning|turns|is|was|be|been|i'm|im|am|he's|she's|who's|hit|hits|hitting|reaching|now|at)\\s+"
                + "(?:(?:about|around|nearly|almost|over|just|only|barely)\\s+)?(9\\d|1[01]\\d)\\b"
                + "(?![.,]\\d|\\s*(?:%|degrees|minutes|min|mins|dollars|bucks|\\$|mph|miles|pounds|lbs|beds|patients|people|(?-i:\\p{Lu}\\p{Ll})))", CI), 1, 0.8),
        new Rule(PhiType.DATE, Pattern.compile("\\b" + WEEKDAY + "(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}|\\d{1,2}/\\d{1,2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})\\b", CI), 0, 0.85),
        new Rule(PhiType.DATE, Pattern.compile("\\b" + WEEKDAY + "the\\s+(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b(?!\\s*(?:floor|grade|time|place|percentile|century"
                + "|street|st\\b|ave|row|round|visit|try|attempt|call|week|day|month|year|of (?:the|those|them|us)))", CI), 0, 0.8),
        new Rule(PhiType.DATE, Pattern.compile("\\b\\d{1,2}[- ]" + MONTH + "[- ](?:19|20)?\\d{2}\\b|\\b(?:19|20)\\d{2}([/.])\\d{1,2}\\1\\d{1,2}\\b", CI),
                0, 0.85),
        Rule.ofWords(PhiType.DATE, Pattern.compile("(?<=\\bon )(?:Christmas|Thanksgiving|Easter|Halloween|New Year's|Valentine's"
                + "|Independence|Mother's|Father's|Memorial|Labor|Veterans)(?: Day| Eve)?\\b"), 0.75),
        new Rule(PhiType.DATE, Pattern.compile("\\b" + MONTH + "\\s+(?:of\\s+)?(?:(?:19|20)\\d{2}|['’]\\d{2})\\b"
                + "|\\b(?:Christmas|Thanksgiving|Easter|Halloween|New Year's|Valentine's|Independence|Mother's|Father's)"
                + "(?: Day| Eve)?,?\\s+(?:19|20)\\d{2}\\b", CI), 0, 0.85),
        Rule.ofWords(PhiType.DATE, Pattern.compile("\\b(?:Christmas (?:Eve|Day|morning|night)|New Year's (?:Eve|Day)|Good Friday"
                + "|Easter (?:Sunday|Monday|morning)|Boxing Day|Thanksgiving (?:Day|Eve|morning|night)|Valentine's Day|Mother's Day"
                + "|Father's Day|Memorial Day|Labor Day|Independence Day|Veterans Day|Fourth of July|July 4th)\\b"), 0.75),
        new Rule(PhiType.DATE, Pattern.compile("\\b(?:(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo),?\\s+)?"
                + "(?:[12]\\d|3[01]|0?[1-9])\\s+de\\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre"
                + "|noviembre|diciembre)(?:\\s+de(?:l)?\\s+(?:19|20)\\d{2})?\\b"
                // in Italian: "ricoverata il 12 aprile"
                + "|\\b(?:[12]\\d|3[01]|0?[1-9])\\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre"
                + "|novembre|dicembre)(?:\\s+(?:19|20)\\d{2})?\\b"
                // in Chinese: "9月3日"
                + "|(?:(?:19|20)\\d{2}年)?(?:1[0-2]|0?[1-9])月(?:[12]\\d|3[01]|0?[1-9])日"
                + "|(?<=\\bel )(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)\\s+(?:[12]\\d|3[01]|0?[1-9])\\b(?![:.,]?\\d|\\s*(?:de la|am|pm|h\\b))", CI), 0, 0.85),
        Rule.ofWords(PhiType.DATE, Pattern.compile("\\b(?:the\\s+)?" + DAY_IN_WORDS
                + "(?=\\s+(?:of\\s+)?" + MONTH + ")(?:\\s+(?:of\\s+)?" + MONTH + ")"
                + "|(?<=\\bon )the\\s+(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
                + "|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth"
                + "|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)\\b(?!\\s+(?:floor|time|day|try|visit|attempt|of|one|round))",
                CI), 0.8),
        Rule.ofWords(PhiType.DATE, Pattern.compile("\\b(?:Jan|January|Feb|February|Mar|March|Apr|April|May|June?|July?|Aug|August|Sept?"
                + "|September|Oct|October|Nov|November|Dec|December)\\.?\\s+(?:the\\s+)?(?i:" + DAY_IN_WORDS + ")\\b"), 0.8),
        // a month and year ("DOB 4/1962", "seen 11/2023"), "Mar-14"
        new Rule(PhiType.DATE, Pattern.compile("\\b(?:0?[1-9]|1[0-2])/(?:19|20)\\d{2}\\b|\\b" + MONTH + "-(?:[12]\\d|3[01]|0?[1-9])\\b(?!-)", CI), 0, 0.8),
        new Rule(PhiType.DATE, Pattern.compile("\\b(?:\\w+(?:ectomy|otomy|oscopy|plasty)|surgery|procedure|appointment|appt|admitted"
                + "|discharged|seen|visit|born|dob|scan|mri|biopsy|x-ray|induced|delivered|broke|broken|fell|hurt|injured|sprained"
                + "|wrist|ankle|arm|leg|hip|knee|back|since)\\s+(?:on\\s+)?(\\d{1,2}-\\d{1,2})\\b"
                + "(?![-/]\\d|\\s*(?:days|weeks|hours|hrs|pm|am|min|mins|minutes|times|people|patients|%))", CI), 1, 0.8),
        // "Tuesday, March 4", "Sept 3-5", "March 3rd and 4th", "Tue 4 March 2024", "14th of May"
        new Rule(PhiType.DATE, Pattern.compile("\\b" + WEEKDAY + MONTH + "(?:\\s+|(?<=\\.))(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?"
                + "(?:\\s?[-–]\\s?\\d{1,2}(?:st|nd|rd|th)?|\\s(?:and|&|to|through|thru|or)\\s(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th))?"
                + "(?:,?\\s+(?:(?:19|20)\\d{2}|['’]\\d{2}))?\\b"
                + "|\\b" + WEEKDAY + "\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(?:(?:19|20)\\d{2}|['’]\\d{2}))?\\b"
                + "|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b", CI), 0, 0.85));

    /** Words near a date that make it an event, a notice or a post of the organisation, not a day of someone's care. */
    private static final Pattern EVENT_CONTEXT = Pattern.compile("\\b(?:opens?|opening|launch\\w*|visiting hours|hours change|town hall"
            + "|announc\\w*|event|fair|(?:blood|food|vaccine|toy|donation) drive|clinic day|ribbon|closed on|holiday|walk-in"
            + "|no appointment needed|construction|offer|ends|special|register|5k|gala|lunch|volunteers|deadline|sale|apply|hiring"
            + "|annual|teddy bears?|closed|closes|closing|job|shift|donat\\w*|orientation|ceremony|strike|breaks ground|groundbreaking"
            + "|ehr|go-live|policy|policies|visitor|visitors|switching|(?:flu|vaccine|vaccination|shot) clinic|walk-ins"
            + "|phone tree|beginning|effective|strik\\w*|interview\\w*|giving day|join us|choir|carols|send-off|free flu shots?"
            + "|on leave|to our team|joins our|joining our|free (?:blood pressure|bp) checks?|screenings?)\\b", CI);
    /** An event named in the words right before a date, in the same sentence. */
    // not "drive", "night", "runs", "free" or "meeting" alone: "drove to the ER on", "runs a fever since", "cancer free since"
    private static final Pattern EVENT_RIGHT_BEFORE = Pattern.compile("\\b(?:party|opening|opens|(?:wing|clinic|center|centre|unit|office"
            + "|building|location) (?:officially )?opened|vote|votes|contract|register(?: by)?|(?-i:\\p{Lu}\\p{L}+) night|(?:movie|game|trivia|bingo|info|information|family) night|cake|(?:clinic|drive|event|sale) runs"
            + "|gala|fair|race|open house|celebration|reunion|festival|concert|town hall|seminar|class|webinar|workshop|switching"
            + "|memorial service|visit our|will visit|tickets|(?:blood|food|toy|donation|vaccine) drive|5k|join us)\\b[^.!?\\d]{0,22}$", CI);
    /** Words that tie a date to a person whatever else is said around it. */
    private static final Pattern STRONG_PERSONAL_DATE = Pattern.compile("\\b(?:dob|d\\.o\\.b|born|birth\\w*|admit\\w*|discharg\\w*"
            + "|date of service|service date|(?:your|my|his|her|their) (?:appointment|appt|surgery|procedure|follow-up)"
            + "|fecha de (?:servicio|nacimiento)|ricoverat[oa]|sx"
            + "|surgery|died|passed|stroke|seizure|heart attack|fell|accident|wreck|crash|injur\\w*|diagnos\\w*|biopsy"
            + "|wristband|bracelet|chart|mrn|records?)\\b", CI);
    /** Words that tie a date to someone's care, unless the words of an event are there as well. */
    private static final Pattern PERSONAL_DATE_CONTEXT = Pattern.compile("\\b(?:dob|d\\.o\\.b|born|birth(?:day|date)?|admit(?:ted)?"
            + "|me|i|he|she|your|was in|service|billed|bill|rebooked|booked|confirmed|moved|check|charged"
            + "|discharg\\w*|surgery|procedure|operation|appointment|appt|visit|seen|delivered|died|passed|lost|stay|scheduled|implant\\w*|s/p|status post|post-?op"
            + "|moved my|my|his|her|our|their|mom|dad|son|daughter|wife|husband|patient|biopsy|scan|mri|test|tested|diagnos\\w*"
            + "|induced|c-section|er|icu|since|him|them|chemo|radiation|infusion|dialysis|therapy|treatment|results"
            + "|wait|waited|went|trip|took|came|got|confirmation|portal|reminder|reschedul\\w*|cancel\\w*"
            + "|sali[óo]|ingres[óo]|naci[óo]|operaron|cirug[íi]a|cita|operaci[óo]n|uci|urgencias|hospital\\w*|internad[oa]|cay[óo]"
            + "|parto|alta|consulta|desde|turned|turns|follow-?up|follow up|x-?rays?|ultrasound|echo|ekg|labs?|bloodwork|arrived"
            + "|\\w+(?:ectomy|otomy|oscopy|plasty|graphy))\\b", CI);
    /** Words of a person speaking of their own or someone else's care: "my annual physical on 3/4". */
    private static final Pattern PERSONAL_VOICE = Pattern.compile("\\b(?:i|i'm|i've|i'd|me|my|mine|he|she|his|her|him|mom|mum"
            + "|mother|dad|father|son|daughter|wife|husband|grand\\w*|baby|mi|mis|yo|mam[áa]|pap[áa]|hij[oa]s?|espos[oa]"
            + "|abuel[oa]s?|abuelit[oa]s?|herman[oa]s?|su|sus|[ée]l|ella|t[íi][oa]s?|niet[oa]s?|beb[ée]|suegr[oa])(?!\\p{L})", CI);
    /** A public line of the organisation ("call our team at …") is not a person's number. */
    private static final Pattern PUBLIC_LINE_CONTEXT = Pattern.compile("\\b(?:our|us|line|office|hotline|desk|called|calling"
            + "|department|dept|relations|team|number is listed|phone tree|their number|their phone|their fax|requests|practice's"
            + "|practice fax|clinic's|hospital's|toll-free|main number|appointments call|program|website|site|listed|google"
            + "|voicemail|recording|urgent matters|their (?:\\w+ )?(?:number|phone|fax|line|e-?mail)|questions|info|hr"
            + "|main line|direct line|nurse line|pharmacy|contact us|reach us|coordinator|manager|call ahead|new (?:phone|number|fax)"
            + "|claims|llam[ée] al|ll[áa]m[ae]nos|nurses?['’]? station|appeals?|number['’]?s still|phone system|(?:n[úu]mero|tel[ée]fono) de(?:l| la) (?:hospital|cl[íi]nica|consultorio|oficina)|(?-i:HIM|IT)(?=\\s+(?:at|fax|line|office|desk|dept|department|number|phone)\\b)|theirs|operator|switchboard|lost (?:&|and) found|mailroom|support line|corporate|(?:er|ed|clinic|office|hospital|department|unit|lab|radiology|records) (?:fax|phone|line|number))\\b"
            + "[^.!?]{0,40}$", CI);
    private static final Pattern READERS_NUMBER = Pattern.compile("(?:\\b(?:you at|your (?:[\\w'’]+['’]s )?(?:new |old |correct |updated |preferred )?(?:phone|cell|mobile|home|fax)?\\s*(?:number|line)"
            // "We called the number in your review,", "will fax them to"
            + "|the number (?:in|from|on|you left in) your (?:review|post|message|comment|profile)|fax (?:them|it|those|the records) to"
            + "(?: to| is| as)?|my (?:[\\w'’]+ ){0,3}(?:number|cell|phone|line|landline|voicemail|fax|callback)"
            + "|(?:his|her|mom's|dad's) (?:(?!office\\b|clinic\\b|practice\\b)\\w+ ){0,3}(?:number|cell|phone|line|landline|voicemail|fax)"
            // "texted my wife at", "He called me himself at", "will call you back at", "reminders will go to"
            + "|(?:call|called|text|texted|reach|reached|ring|rang|phoned?) (?:me|you|him|her|my \\w+|his \\w+|her \\w+)(?: himself| herself| back)?(?: at| on)?"
            + "|(?:reminders?|texts?|calls?|updates?) (?:will )?(?:go|goes|went|be sent|are sent|sent) to"
            + "|(?:work|cell|home|mobile|personal)(?: number| phone)?(?=\\s*:)|(?:typed|entered|listed|put|wrote) (?:my|his|her) \\w+ as"
            + "|(?:reached|reach|reaching) out to (?:you|him|her|them|your \\w+)(?: at| on)?|return(?:ed)? (?:your|the|her|his) call(?: at| on)?"
            + "|(?:daughter|son|wife|husband|mom|dad|mother|father|sister|brother|partner)(?:['’]s)? (?:at work|work|cell|home|mobile)(?: number| phone)?"
            + "|(?:bracelet|wristband|alert|emergency card|id card|tag) says(?: to)?(?: call)?"
            + "|instead of|rather than|should be|the correct (?:number|one)(?: is)?|we(?:'ve| have)? (?:noted|added|saved)|our (?:home|personal|own) (?:fax|phone|number|line)|me at|text me|text|tried calling"
            + "|landline|at home|(?:him|her|them) at|(?:office|lab|billing|they|pharmacy|clinic|hospital|someone|nurse|doctor|staff)"
            + " called|(?:stop|keep|keeps|kept|quit) calling|calling me|calls me|emergency contact(?: as| is| was| at \\w+)?"
            + "|your (?:phone|cell|mobile|number|contact|callback)(?: number)?(?: on file)?(?: to| is| as| at)?|me or call|my home office|on file|you provided|you gave(?: us)?"
            + "|you listed|(?:left|leave) (?:you )?(?:a )?(?:voicemail|message)(?: at| on)?|reached you at|called you at"
            + "|(?:updated your \\w+|your file) and (?:removed|deleted|corrected))\\b[^.!?]{0,12})$", CI);
    /** "the previous patient's info: Trinh Van Duc, DOB 04/09/1950, phone …": a number listed with who someone is. */
    private static final Pattern IDENTITY_BEFORE = Pattern.compile("\\b(?:dob|d\\.o\\.b|date of birth|mrn|ssn)\\b[^.!?]{0,40}$", CI);
    /** A family's own campaign for someone's care: its "Questions:" line is the organiser's, not an office's. */
    private static final Pattern PERSONAL_CAMPAIGN = Pattern.compile("\\b(?:gofundme|go fund me|meal ?train|venmo|cash ?app|zelle"
            + "|anything helps|caringbridge|spotfund|givebutter|help (?:him|her|them|my \\w+|our \\w+) (?:heal|recover|get))\\b", CI);
    private static final Pattern QUESTIONS_LABEL = Pattern.compile("\\b(?:questions|info|details)\\??\\s*(?:call|text|e-?mail)?\\s*:?\\s*$", CI);
    /** What may stand between an organisation's name and its own line or place: its departments, its address, "at", "is". */
    private static final Pattern ORGANISATION_GAP = Pattern.compile("(?:['’]s|[\\s,:()#&/-]|\\d+|(?!(?:I|My|Me|His|Her|Our|Your)\\b)\\p{Lu}\\p{L}*"
            + "|(?:at|is|on|the|their|its|main|fax|phone|number|line|office|records?|billing|desk|nurse|for|dept|department|address"
            + "|located|campus|building|clinic|hospital|center|centre|front|location|no)(?!\\p{L}))*");
    /** "Pinewick called …", "… still has … on file": not "Cedar Hollow has 608-555-0121 on their site". */
    private static final Pattern ORGANISATION_ACTS = Pattern.compile("\\s+(?:(?:(?:keeps|kept|just)\\s+)?(?:called|calls|calling|texted|texts"
            + "|dialed|dialled|left a (?:message|voicemail) (?:at|on))|still\\s+(?:has|had|lists|listed|calls|texts))\\s+(?:me\\s+)?(?:at\\s+|on\\s+)?", CI);
    /** "(715) 555-0123 (my number)": the words after a number that make it the author's. */
    private static final Pattern OWN_NUMBER_AFTER = Pattern.compile("^(?:\\s*,?\\s*(?:ext|extension|x)\\.?\\s*\\d+)?\\s*[(,-]?\\s*(?:is\\s+|as\\s+)?"
            + "(?:my|mine|our home|his|her|that's me|that is me)\\b", CI);
    /** A person's contact details, written one after another. */
    private static final Set<PhiType> CONTACT = EnumSet.of(PhiType.ADDRESS, PhiType.ZIP, PhiType.PHONE, PhiType.FAX, PhiType.EMAIL);
    /** Between two parts of one contact: separators, a town and a state, a short label ("ph:", "work"). */
    private static final Pattern CONTACT_GAP = Pattern.compile("[\\s,;/|·-]*(?:\\p{Lu}[\\p{L}'.]*(?:\\s+\\p{Lu}[\\p{L}'.]*){0,2},?\\s*"
            + "(?:[A-Z]{2}\\b)?)?[\\s,;/|·-]*(?:(?i:ph|phone|tel|cell|mobile|fax|zip|work|home|wk|hm|landline|alt)\\.?\\s*[:#]?\\s*)?");
    private static final Set<PhiType> CORRECTABLE = EnumSet.of(PhiType.MRN, PhiType.HEALTH_PLAN, PhiType.ACCOUNT, PhiType.LICENSE,
            PhiType.VEHICLE, PhiType.DEVICE);
    private static final Pattern CORRECTED_CODE = Pattern.compile("\\s*,?\\s*(?:instead of|rather than|not|or|and|/)\\s+(?:the\\s+)?"
            + "((?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{3,}[A-Z0-9])(?![\\w-])");
    /** "Questions? Call 920-555-0111.": a notice's line. */
    private static final Pattern QUESTIONS_BEFORE = Pattern.compile("\\b(?:questions|info|information|details)\\?\\s*(?:call|text)?\\s*:?\\s*$", CI);
    private static final Pattern THEIR_NUMBER_AFTER = Pattern.compile("\\s*(?:\\(\\s*(?:their|the clinic's|the office's|the hospital's)\\b"
            + "|,?\\s*(?:for orders|to (?:pre-?)?order)\\b"
            + "|,?\\s*which is (?:the|their) (?:main )?(?:\\w+ )?(?:number|line|fax))", CI);
    private static final Pattern SIGN_UP_AFTER = Pattern.compile("\\s*(?:to (?:book|sign up|register|rsvp)|for (?:tickets|slots|a slot))\\b", CI);
    /** "262-555-0141 ext 2": an office's line, unless the words before make it a person's ("Work: … ext. 4402"). */
    private static final Pattern EXTENSION = Pattern.compile("\\s*,?\\s*(?:ext|extension|x)\\.?\\s*\\d+", CI);
    /** "we", "our team": the organisation speaking; not "our neighbor", "our son". */
    private static final Pattern ORGANISATION_VOICE = Pattern.compile("\\b(?:we|we'd|we're|we've|we'll|us|our(?!\\s+(?:mom|mum|dad|son"
            + "|daughter|baby|kids?|child|children|family|neighbou?r|friend|grand\\w*|mother|father|brother|sister|aunt|uncle|nana"
            + "|papa|twins?|little)))\\b", CI);
    private static final Pattern ROLE_MAILBOX = Pattern.compile("(?:patient\\.?|member\\.?|customer\\.?|family\\.?)?(?:relations|experience|liaison|feedback|info|billing|records"
            + "|support|help|contact|privacy|appointments|care|hello|press|media|noreply|no-reply|marketing|careers|compliance|appeals"
            + "|blooddrive|events|volunteer\\w*|foundation|memberservices|member\\.services|claims|customerservice|service|admin|office"
            + "|frontdesk|scheduling|referrals|pharmacy|lab|hr|jobs|manager|questions|ask|news|family|parking|volunteers?"
            + "|giving|security|facilities|members?|advocates?)@", CI);
    private static final Pattern PRIVATE_IP = Pattern.compile("(?:10\\.|127\\.|192\\.168\\.|172\\.(?:1[6-9]|2\\d|3[01])\\.|0\\.)");
    private static final Pattern PLACE_CONTEXT = Pattern.compile("\\b(?:clinic|center|centre|entrance|hospital|office|located|opens?"
            + "|campus|building|lobby|pharmacy|is at|are at|moved to|new location|by mail|mail at|urgent care|practice|dental"
            + "|church|(?:parking|church) lot|shuttle|park (?:&|and) ride"
            + "|medical|mailing address|claims address|send (?:claims|forms?|them|it) to)\\b[^.!?]{0,40}$", CI);
    /** "Visit us anytime at 1200 Harbor Blvd", "Our volunteer office at 2200 Ridgeview Pkwy": the organisation's own place. */
    private static final Pattern OWN_PLACE_BEFORE = Pattern.compile("\\b(?:us|our (?:\\w+ ){0,2}(?:office|clinic|building|campus|location"
            + "|lobby|center|centre|practice|hospital|desk|team|staff|doors))(?: is| are)?(?: \\w+)? (?:at|on)\\s*$", CI);
    /** "sent my bill to PO Box 1142", "my home: 45 Linden Ave", "Me mudé de … a 3017 W 26th St": a person's place. */
    private static final Pattern PERSONAL_PLACE_BEFORE = Pattern.compile("(?:\\b(?:sent|send|mailed|mail|mailing|ship|shipped|deliver\\w*"
            + "|forward\\w*|mandan|mandaron)\\s+(?:my|his|her|their|our|mi|mis|su|sus)\\s+(?:\\w+\\s+){0,2}(?:to|a)"
            + "|\\b(?:my|his|her|their|your) (?:home|house|apartment|apt|address|po box|mailing address)"
            + "|\\baddress on (?:your|my|his|her|the) (?:account|file|chart|record)s?"
            + "|\\b(?:send|mail|deliver|bring|drop)\\w*\\s+(?:\\w+\\s+){0,2}to (?:the|our|my|his|her|their) (?:house|home|apartment)|\\bhome at|\\b(?:lives?|living|(?:i|we|she|he|they) moved|mud[ée]|vive|vivo)"
            + "(?: \\w+)?(?: at| to| on| in| de| a| en)?|\\b(?:old|new) (?:mailing |home )?address(?: is| was)?)\\b[^.!?]{0,25}$", CI);
    /** "7/10", "10/10": a rating, not a date. */
    private static final Pattern RATING_WORDS_BEFORE = Pattern.compile("\\b(?:overall|rated|rating|gave (?:it|them)|give (?:it|them)|score)\\s*:?\\s*$", CI);
    private static final Pattern RATING_WORDS_AFTER = Pattern.compile("\\s*(?:stars?|review|rating)\\b", CI);
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?]\\s*|\\n\\s*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("\\s*(?:[.!]|$)");
    /** "4.5/5": the end of a decimal. */
    private static final Pattern DECIMAL_BEFORE = Pattern.compile("\\d\\.$");
    private static final Pattern FRACTION_BEFORE = Pattern.compile("\\b(?:other|another|about|over|under|nearly|almost|only|take|took)\\s*$", CI);
    /** "since 2/10", "on 7/10": a day after all. */
    private static final Pattern DAY_BEFORE = Pattern.compile("\\b(?:on|since|from|until|till|by|before|after|born|dob|sx)\\s*:?\\s*$", CI);
    /** "3/4 of the pastries", "1/2 hour": a fraction, not a date. */
    private static final Pattern FRACTION = Pattern.compile("\\s+(?:of|the|an? hour|hours?|hrs?|price|off|pills?|tabs?|tablets?|doses?|cups?|miles?)\\b",
            CI);
    private static final Pattern TOLL_FREE = Pattern.compile("^(?:\\+?1[-. ]?)?\\(?8(?:00|88|77|66|55|44|33)\\b");
    /** "92 Elm St": a house number. */
    private static final Pattern STREET_AFTER = Pattern.compile("\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][a-z]+\\s+){1,3}" + STREET + "\\b");
    private static final Pattern VERSION = Pattern.compile("\\b(?:version|v|build|release|app)\\.?\\s*$", CI);
    private static final Pattern MEASUREMENT = Pattern.compile("\\b(?:fever|temp|temperature|bp|pressure|sugar|glucose|o2|oxygen"
            + "|pulse|heart rate|hr|weigh\\w*|score|level|count)\\b[^.!?]{0,16}$", CI);
    private static final Pattern RECORD_CONTEXT = Pattern.compile("\\b(?:mrn|chart|wristband|bracelet|medical record|record number"
            + "|pt #|pt id|patient #|patient id)", CI);
    private static final Pattern PLAN_CONTEXT = Pattern.compile("\\b(?:member|plan|insurance|insurer|eob|policy|coverage|card)\\b", CI);
    private static final Pattern SSN_CONTEXT = Pattern.compile("\\b(?:ssn|social security|social)\\b", CI);
    private static final Pattern NOT_AN_AGE_BEFORE = Pattern.compile("\\b(?:room|rm|bed|ward|suite|apt|unit|floor|highway|hwy"
            + "|route|rt|exit|channel|page|bus|gate|level|score|rated|waited|wait|top|temp"
            + "|fever|bp|hr|pulse|o2|sat|sats|of|for|by|to|than|from|number|no|ext|code|version|till|until|hit|been"
            // a group, not a person: "4 patients over 90 on our unit"
            + "|(?:patients|people|residents|anyone|those|adults|folks|everyone|seniors|members|of them)\\s+(?:over|above|under|aged|age))\\s*$", CI);
    /** Words of calling someone: a number near them is a line, not a record's. */
    private static final String CALL_WORDS = "call|calls|called|text|txt|phone|cell|mobile|reach|ring|voicemail";
    private static final Pattern LINE_WORD = Pattern.compile("\\b(?:fax(?:ed)?|" + CALL_WORDS + ")\\b", CI);
    private static final Pattern SPOKEN_LINE = Pattern.compile("\\b(?:" + CALL_WORDS + "|dm)\\b", CI);
    private static final Pattern PHONE_CONTEXT = Pattern.compile("\\b(?:" + CALL_WORDS + "|dm|number|contact)\\b", CI);

    /**
     * The last net: a code with five or more digits that no rule above took ("S530-4418-9921",
     * "NSH 3309 4412 77", "V-2024-118834"). In a post about care such a code is far more often a
     * person's number than anything else, so it is redacted; the words before it say which kind.
     */
    private static final Pattern ID_SHAPE = Pattern.compile("(?<![\\w$€£@./:-])(?:[A-Z]{1,4}|[A-Z0-9]*\\d[A-Z0-9]*)(?:-[A-Z0-9]+)*(?: \\d{2,}(?:-\\d+)*)*(?: \\d)?"
            + "(?![\\w%/:@-]|[.,]\\d)");
    /** A phone number's shape: lines of one office differ in a digit or two, and their own rules decide. */
    private static final Pattern LINE_SHAPE = Pattern.compile("(?:1-)?(?:\\d{3}-)?\\d{3}-\\d{4}");
    /** Shapes of public numbers: years, date and year ranges, phone numbers (their own rules decide). */
    private static final Pattern PUBLIC_SHAPE = Pattern.compile("(?:19|20)\\d\\d-(?:19|20)?\\d\\d|\\d{4}-\\d{2}-\\d{2}"
            + "|(?:1-)?(?:\\d{3}-)?\\d{3}-\\d{4}|\\d{1,6}|000-00-0000");
    /** "Madison WI 53701": a state and ZIP code after a town, where the ZIP rule's words said it is the organisation's. */
    private static final Pattern STATE_AND_ZIP = Pattern.compile("[A-Z]{2} \\d{5}(?:-\\d{4})?");
    private static final Pattern TOWN_BEFORE = Pattern.compile("\\p{Lu}\\p{Ll}+,?\\s*$");
    /** A provider's or an employer's numbers, not a patient's: "NPI (1982045736)", "tax ID 91-0000017", "job ID 44102". */
    private static final String PROVIDER_CODE_WORDS = "npi|tax id|tin|ein|job id|job|requisition|group (?:number|no\\.?|#)|grp";
    /** Codes that are not a person's: orders, parcels, tickets, products, prices, a provider's numbers. */
    private static final Pattern NOT_A_PERSONS_CODE = Pattern.compile("\\b(?:(?:order|tracking|ticket|flight|model|part"
            + "|sku|item|product|promo|coupon|code|version|ext|extension|grant|budget|donat\\w*|raised|steps|miles|receipt"
            + "|" + PROVIDER_CODE_WORDS + ")\\b[^.!?]{0,25}"
            // a confirmation's own number, not what a confirmation e-mail showed: "emailed a confirmation with it in plain text: D412-…"
            + "|confirmation(?:\\s+(?:number|no\\.?|code|id))?(?:\\s+(?:is|was))?\\s*[:#]?\\s*)$", CI);
    private static final Pattern PROVIDERS_CODE = Pattern.compile("\\b(?:" + PROVIDER_CODE_WORDS + ")\\b[^.!?]{0,25}$", CI);
    /** "Their records email is …", "Info: …": the organisation's mailbox. */
    private static final Pattern PUBLIC_MAILBOX_CONTEXT = Pattern.compile("\\b(?:their (?:\\w+ )?e-?mail(?: address)?|e-?mail us"
            + "|contact us|reach us|write to us|info|questions)\\s*(?:is|at)?\\s*:?\\s*$", CI);
    private static final Pattern FAMILY_US = Pattern.compile("\\b(?:e-?mail|contact|reach|write to) us\\s*(?:at)?\\s*:?\\s*$", CI);
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
        new Cue(Pattern.compile("\\b(?:call|(?<!plain )text|phone|cell|mobile)\\b", CI), PhiType.PHONE));

    private PhiPatterns() {}

    /**
     * @param organisationNames the watched organisations' names, or null: a line or place written
     *     right after one of them is the organisation's ("Cedar Hollow Urgent Care at (608) 555-0121")
     */
    static List<PhiFinding> find(String text, Pattern organisationNames) {
        List<PhiFinding> found = new ArrayList<>();
        List<PhiFinding> held = new ArrayList<>();
        int digitRun = longestDigitRun(text);
        // "cass.r [at] example [dot] org", "(arroba)": addresses written to dodge scrapers
        boolean at = text.indexOf('@') >= 0 || text.indexOf("at]") >= 0 || text.indexOf("at)") >= 0 || text.indexOf("arroba") >= 0
                || text.indexOf(" dot ") >= 0;
        for (Rule rule : RULES) {
            if (rule.digits() > digitRun || rule.type() == PhiType.EMAIL && !at) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                int start = m.start(rule.group());
                int end = m.end(rule.group());
                if (start < 0 || end <= start || rule.bare() && !bareShapeInContext(rule.type(), text, start, end)) {
                    continue;
                }
                PhiType type = rule.bare() && rule.type() == PhiType.PHONE && recordNotLine(text, start, end) ? PhiType.MRN : rule.type();
                boolean plausible = plausible(type, text, start, end, organisationNames);
                if (type == PhiType.PHONE) {
                    // a person's work line with its extension: "(312) 555-0176 ext. 4402"
                    Matcher extension = EXTENSION.matcher(text).region(end, text.length());
                    end = extension.lookingAt() ? extension.end() : end;
                }
                if (plausible) {
                    found.add(new PhiFinding(type, start, end, rule.confidence()));
                } else if (CONTACT.contains(type)) {
                    held.add(new PhiFinding(type, start, end, rule.confidence()));
                }
            }
        }
        sameContact(text, found, held, organisationNames);
        faxesByTheirWord(text, found);
        if (digitRun > 0) {
            correctedCodes(text, found);
            codesLeft(text, found);
            mistypedTwins(text, found);
        }
        return found;
    }

    /**
     * "1887 Levee Rd, 70433", "8 Heron Pointe Dr, 53066, +1.262.555.0190": a ZIP, line or address
     * written on right after a person's is part of the same contact, whatever the words further
     * back made of it on its own.
     */
    private static void sameContact(String text, List<PhiFinding> found, List<PhiFinding> held, Pattern organisationNames) {
        boolean added = !held.isEmpty();
        while (added) {
            added = false;
            for (PhiFinding candidate : held) {
                // not across a sentence's end: "… left at 719 Orchard Ln. Parish office: 555-0128"
                boolean follows = found.stream().anyMatch(f -> CONTACT.contains(f.type()) && f.end() <= candidate.start()
                        && text.charAt(f.end() - 1) != '.' && CONTACT_GAP.matcher(text).region(f.end(), candidate.start()).matches()
                        && (organisationNames == null || !organisationNames.matcher(text).region(f.end(), candidate.start()).find()));
                if (follows && found.stream().noneMatch(f -> f.overlaps(candidate))) {
                    found.add(candidate);
                    added = true;
                }
            }
        }
    }

    /**
     * "records sent to my fax? It's +1 414 555 0179", "my home fax (yes I have one) is 414-555-0165":
     * a number whose nearest word before it, within 50 characters, is a fax's is a fax, not a phone.
     */
    private static void faxesByTheirWord(String text, List<PhiFinding> found) {
        for (int i = 0; i < found.size(); i++) {
            PhiFinding f = found.get(i);
            if (f.type() != PhiType.PHONE) {
                continue;
            }
            Matcher word = LINE_WORD.matcher(text).region(Math.max(0, f.start() - 50), f.start());
            String last = null;
            while (word.find()) {
                last = word.group().toLowerCase(Locale.ROOT);
            }
            if (last != null && last.startsWith("fax")) {
                found.set(i, new PhiFinding(PhiType.FAX, f.start(), f.end(), f.confidence()));
            }
        }
    }

    /**
     * "the paperwork has NB7714Q and the machine says NB7741Q", "#44120 is us, they sent them to
     * #44210": a code of the same shape as a person's found code, a digit or two apart, is that code
     * mistyped or confused, and exposes someone all the same.
     */
    private static void mistypedTwins(String text, List<PhiFinding> found) {
        for (PhiFinding f : List.copyOf(found)) {
            String code = text.substring(f.start(), f.end());
            if (!CORRECTABLE.contains(f.type()) || LINE_SHAPE.matcher(code).matches()) {
                continue;
            }
            Matcher m = ID_SHAPE.matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (nearlyTheSame(code, m.group()) && found.stream().noneMatch(g -> g.start() < end && start < g.end())) {
                    found.add(new PhiFinding(f.type(), start, end, f.confidence() * 0.9));
                }
            }
        }
    }

    /** Same length and shape (letters and digits in the same places), one or two characters apart. */
    private static boolean nearlyTheSame(String a, String b) {
        if (a.length() != b.length() || a.length() < 5 || a.equals(b)) {
            return false;
        }
        int apart = 0;
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (Character.isDigit(x) != Character.isDigit(y) || Character.isLetter(x) != Character.isLetter(y)) {
                return false;
            }
            apart += x == y ? 0 : 1;
        }
        return apart <= 2;
    }

    /**
     * "the old serial 8RT4-KZ21 instead of 9QW7LM03", "wrong ZIP: 53074 instead of 53704": the code
     * set against one found is of its kind too.
     */
    private static void correctedCodes(String text, List<PhiFinding> found) {
        for (PhiFinding f : List.copyOf(found)) {
            if (!CORRECTABLE.contains(f.type()) && f.type() != PhiType.ZIP) {
                continue;
            }
            Matcher other = CORRECTED_CODE.matcher(text).region(f.end(), text.length());
            if (other.lookingAt() && found.stream().noneMatch(g -> g.start() < other.end(1) && other.start(1) < g.end())) {
                found.add(new PhiFinding(f.type(), other.start(1), other.end(1), f.confidence()));
            }
        }
    }

    static int longestDigitRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static void codesLeft(String text, List<PhiFinding> found) {
        Matcher m = ID_SHAPE.matcher(text);
        while (m.find()) {
            String code = m.group();
            int start = m.start();
            int end = m.end();
            if (code.chars().filter(Character::isDigit).count() < 5 || PUBLIC_SHAPE.matcher(code).matches()
                    || found.stream().anyMatch(f -> f.start() < end && start < f.end())
                    || NOT_A_PERSONS_CODE.matcher(text.substring(Math.max(0, start - 40), start)).find()
                    || STATE_AND_ZIP.matcher(code).matches() && TOWN_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find()) {
                continue;
            }
            found.add(new PhiFinding(codeType(text.substring(Math.max(0, start - 100), start)), start, end, 0.6));
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

    private static boolean plausible(PhiType type, String text, int start, int end, Pattern organisationNames) {
        return switch (type) {
            case DATE -> personalDate(text, start, end);
            case PHONE, FAX -> !TOLL_FREE.matcher(text.substring(start, end)).find() && personalLine(text, start, end, organisationNames);
            case EMAIL -> !ROLE_MAILBOX.matcher(text.substring(start, end)).lookingAt() && personalMailbox(text, start);
            case MRN, HEALTH_PLAN, ACCOUNT, LICENSE, DEVICE -> !PROVIDERS_CODE.matcher(text.substring(Math.max(0, start - 40), start)).find();
            case IP -> !PRIVATE_IP.matcher(text.substring(start, end)).lookingAt()
                    && !VERSION.matcher(text.substring(Math.max(0, start - 12), start)).find();
            case ADDRESS, ZIP -> personalPlace(text, start, end, organisationNames);
            case AGE -> !MEASUREMENT.matcher(text.substring(Math.max(0, start - 20), start)).find()
                    && !STREET_AFTER.matcher(text.substring(end)).lookingAt();
            default -> true;
        };
    }

    /**
     * Whether an address or ZIP is a person's: not the organisation's own in its voice; a person's when
     * the words say so, or when no clinic, event or place of business is spoken of before it.
     */
    private static boolean personalPlace(String text, int start, int end, Pattern organisationNames) {
        String before = text.substring(Math.max(0, start - 50), start);
        if (OWN_PLACE_BEFORE.matcher(before).find()) {
            return false;
        }
        if (PERSONAL_PLACE_BEFORE.matcher(before).find()) {
            return true;
        }
        // "admitted to Mercy Ridge General, 2200 Ridgeview Pkwy, on March 3rd": the hospital's address, whatever care is told
        if (onlyBetween(ORGANISATION_GAP, text, lastOrganisationNamed(text, start, organisationNames), start)) {
            return false;
        }
        return STRONG_PERSONAL_DATE.matcher(around(text, start, end)).find()
                || !PLACE_CONTEXT.matcher(text.substring(Math.max(0, start - 70), start)).find()
                && !(EVENT_CONTEXT.matcher(text).find() && !PERSONAL_VOICE.matcher(text).find());
    }

    /** An e-mail address a person gives, not a mailbox the words before make an office's ("Their records email is"). */
    private static boolean personalMailbox(String text, int start) {
        String before = text.substring(Math.max(0, start - 40), start);
        return !PUBLIC_MAILBOX_CONTEXT.matcher(before).find() || campaignContact(text, start)
                // "about my husband Wendell's rehab, reach us at …": a family's "us"
                || FAMILY_US.matcher(before).find() && PERSONAL_VOICE.matcher(text.substring(Math.max(0, start - 80), start)).find();
    }

    private static boolean campaignContact(String text, int start) {
        return QUESTIONS_LABEL.matcher(text.substring(Math.max(0, start - 30), start)).find() && PERSONAL_CAMPAIGN.matcher(text).find();
    }

    /**
     * Whether the text from {@code from} (the end of a watched organisation's name, or -1 when none
     * is named) to {@code to} is only such words: with {@link #ORGANISATION_GAP}, its departments,
     * lines and places ("Riverbend Dental's fax is", "Lakeside Regional Patient Financial Services,
     * 1200 Lakeshore Dr,", not "Northstar in"); with {@link #ORGANISATION_ACTS}, that it called or
     * keeps the number ("Pinewick called").
     */
    private static boolean onlyBetween(Pattern words, String text, int from, int to) {
        return from >= 0 && words.matcher(text).region(from, to).matches();
    }

    /** Where the last watched organisation named in the 60 characters before {@code start} ends, or -1. */
    private static int lastOrganisationNamed(String text, int start, Pattern organisationNames) {
        if (organisationNames == null) {
            return -1;
        }
        Matcher name = organisationNames.matcher(text).region(Math.max(0, start - 60), start).useTransparentBounds(true);
        int end = -1;
        while (name.find()) {
            end = name.end();
        }
        return end;
    }

    /**
     * Whether a date is a day of someone's life or care. Words of a birth, an admission or a record
     * make it so; so does someone speaking of their care close by, even among the words of an event
     * ("my annual physical on 3/4"); otherwise care words make it a person's where no event of the
     * organisation is spoken of.
     */
    private static boolean personalDate(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 16), start);
        String after = text.substring(end, Math.min(text.length(), end + 16));
        if (notADate(text.substring(start, end), before, after)) {
            return false;
        }
        String around = around(text, start, end, 80);
        boolean strong = STRONG_PERSONAL_DATE.matcher(around).find();
        // "Grand opening party was Sept 14", "Register by September 10": the event is the date's own subject
        if (!strong && EVENT_RIGHT_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find()) {
            return false;
        }
        if (strong || PERSONAL_VOICE.matcher(around(text, start, end, 40)).find()) {
            return true;
        }
        return PERSONAL_DATE_CONTEXT.matcher(around).find() && !EVENT_CONTEXT.matcher(around).find();
    }

    /** Numbers with a date's shape: "24/7", a rating ("10/10", "2/5."), a fraction ("3/4 of the pastries"), a version. */
    private static boolean notADate(String date, String before, String after) {
        boolean onADay = DAY_BEFORE.matcher(before).find();
        boolean rating = date.matches("(?:\\d|10)/10")
                || date.matches("[0-5]/5") && (RATING_WORDS_BEFORE.matcher(before).find() || RATING_WORDS_AFTER.matcher(after).lookingAt()
                        || SENTENCE_START.matcher(before).find() && SENTENCE_END.matcher(after).lookingAt());
        boolean fraction = date.matches("[1-7]/[2348]") && (FRACTION.matcher(after).lookingAt() || FRACTION_BEFORE.matcher(before).find());
        return date.startsWith("24/7") || rating && !onADay || fraction || DECIMAL_BEFORE.matcher(before).find()
                || VERSION.matcher(before).find();
    }

    /**
     * A bare number is a record number only near words about records, a bare ID a plan's only near
     * plan words; an age only away from rooms, scores and measurements.
     */
    private static boolean bareShapeInContext(PhiType type, String text, int start, int end) {
        if (type == PhiType.AGE) {
            return !NOT_AN_AGE_BEFORE.matcher(text.substring(Math.max(0, start - 16), start)).find();
        }
        String around = around(text, start, end);
        Pattern context = switch (type) {
            case MRN -> RECORD_CONTEXT;
            case SSN -> SSN_CONTEXT;
            case PHONE -> PHONE_CONTEXT;
            default -> PLAN_CONTEXT;
        };
        return context.matcher(around).find();
    }

    /**
     * "I have 7693038834 from the wristband but they say that's not enough": ten bare digits among
     * words of a record and none of a call are the record's number.
     */
    private static boolean recordNotLine(String text, int start, int end) {
        String around = around(text, start, end);
        return RECORD_CONTEXT.matcher(around).find() && !SPOKEN_LINE.matcher(around).find();
    }

    /** The words within 80 characters either side, without the identifier itself. */
    private static String around(String text, int start, int end) {
        return around(text, start, end, 80);
    }

    private static String around(String text, int start, int end, int width) {
        return text.substring(Math.max(0, start - width), start) + " " + text.substring(end, Math.min(text.length(), end + width));
    }

    /**
     * A number of a person, not a public line: in the organisation's voice ("we", "our") only
     * when it is the reader's ("call you at", "your fax number"); otherwise unless it is named
     * as a line or office.
     */
    private static boolean personalLine(String text, int start, int end, Pattern organisationNames) {
        String before = text.substring(Math.max(0, start - 60), start);
        String after = text.substring(end, Math.min(text.length(), end + 20));
        if (THEIR_NUMBER_AFTER.matcher(after).lookingAt()) {
            return false; // "(608) 555-0119 (their fax)", "608-555-0110, which is the main clinic number"
        }
        if (READERS_NUMBER.matcher(before).find() || OWN_NUMBER_AFTER.matcher(after).find() || IDENTITY_BEFORE.matcher(before).find()) {
            return true;
        }
        int organisation = lastOrganisationNamed(text, start, organisationNames);
        if (onlyBetween(ORGANISATION_ACTS, text, organisation, start)) {
            return true; // "Pinewick called (608)555-0166 looking for …", "Mercy Ridge General still has … as"
        }
        if (EXTENSION.matcher(after).lookingAt() || onlyBetween(ORGANISATION_GAP, text, organisation, start)) {
            return false; // "262-555-0141 ext 2", "Cedar Hollow Urgent Care at (608) 555-0121": an office's line
        }
        if (SIGN_UP_AFTER.matcher(after).lookingAt() && !PERSONAL_VOICE.matcher(before).find()) {
            return false; // "Call 608-555-0145 to book a slot"; not "Contact her son Danny at … to sign up"
        }
        if (campaignContact(text, start)) {
            return true;
        }
        if (ORGANISATION_VOICE.matcher(text).find() || QUESTIONS_BEFORE.matcher(before).find()) {
            return false;
        }
        return !PUBLIC_LINE_CONTEXT.matcher(before).find();
    }
}
