package io.carepulse.models.privacy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.util.CoreMap;
import io.carepulse.models.nlp.NlpPipelines;
import io.carepulse.models.entity.Watchlist;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CarePulse's PHI detector. Identifiers with a shape (numbers, e-mail, addresses, dates, ages)
 * come from {@link PhiPatterns}; names from two sources: a relative or patient introduced by
 * who they are ("my daughter Brianna", "Hi Maria," in a reply about care) and CoreNLP's named
 * entity recogniser, which finds the rest. The recogniser costs far more than everything else,
 * so it runs only on texts whose words suggest a patient may be named; a person it finds counts
 * when the text speaks of care and the name is not a clinician's ("Dr. Patel").
 */
public final class HealthPrivacyDetector implements PhiDetector {

    /**
     * A capital letter, checked against the Latin ranges first: most characters of a text are not
     * capitals, and the Unicode category lookup is what name patterns spend their time on.
     */
    private static final String UPPER = "(?=[A-Z\\u00C0-\\u024F])\\p{Lu}";
    private static final String RELATIVE = "(?:mom|mother|mum|dad|father|son|daughter|wife|husband|grandmother|grandma|granny"
            + "|grandfather|grandpa|grandson|granddaughter|sister|brother|baby|child|kid|aunt|uncle|partner|niece|nephew|cousin"
            + "|stepson|stepdaughter|fianc[eé]e?|boyfriend|girlfriend|patient|roommate|friend|neighbor|neighbour|nana|nan|papa|pop"
            + "|granddad|grandad|mama|mommy|daddy|auntie|bestie|toddler|newborn|buddy|pal|bff|coworker|co-worker|classmate"
            + "|teammate|godson|goddaughter|godmother|godfather|stepmom|stepdad|brother-in-law|sister-in-law|mother-in-law"
            + "|father-in-law|son-in-law|daughter-in-law)";
    private static final Pattern RELATIVE_NAME = Pattern.compile("\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Tt]he)\\s+"
            + "(?:(?:little|baby|older|younger|elderly|late|twin|\\d+[- ]year[- ]old)\\s+)?" + RELATIVE + "s?,?\\s+"
            + "(?:(?:is|was|named|called)\\s+)?"
            + "(" + UPPER + "\\p{Ll}+(?:[- ]" + UPPER + "\\p{Ll}+)?)");
    private static final Pattern GREETING_NAME = Pattern.compile("^\\s*(?:@\\w+\\s+)*(?:Hi|Hello|Dear|Hey|Good morning|Good afternoon)\\s+"
            + "(" + UPPER + "\\p{Ll}+(?:\\s" + UPPER + "\\p{Ll}+)?)\\s*[,!.:]"
            + "|^\\s*(?:@\\w+\\s+)*(" + UPPER + "\\p{Ll}+),\\s+(?:we|we're|we've|we'd|thank|thanks|sorry|our|i'm|please)\\b"
            + "|\\b(?:[Rr]eview|[Ff]eedback|[Ss]orry|[Tt]hanks|[Tt]hank you|[Nn]ote|[Mm]essage),\\s+(" + UPPER + "\\p{Ll}+)[.!]"
            + "|,\\s+(" + UPPER + "\\p{Ll}+)!");
    /** A name in capitals as wristbands and labels print it: "OYELOWO, HARRIET". */
    private static final Pattern PRINTED_NAME = Pattern.compile("\\b([A-Z]{2,}(?:-[A-Z]{2,})?, [A-Z]{2,})\\b");
    private static final Pattern TITLED_RELATIVE = Pattern.compile("\\b(?:Grandpa|Grandma|Granny|Nana|Papa|Aunt|Auntie|Uncle|Cousin)"
            + "\\s+(" + UPPER + "\\p{Ll}+(?:\\s" + UPPER + "\\p{Ll}+)?)|\\b(?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+(" + UPPER + "[\\p{L}'-]+)");
    /** "my dad ernesto": a lower-case word right after a relative, in posts written in lower case. */
    private static final Pattern LOWER_CASE_RELATIVE_NAME = Pattern.compile("\\b(?:my|our|his|her)\\s+(?:mom|mother|mum|dad|father|son"
            + "|daughter|wife|husband|grandmother|grandma|granny|grandfather|grandpa|sister|brother|aunt|uncle|niece|nephew|cousin"
            + "|nana|papa)\\s+([a-z]{3,12})\\b");
    /** Words that follow "my dad" without being his name. */
    private static final Set<String> NOT_LOWER_NAMES = Set.of("and", "the", "who", "was", "has", "had", "his", "her", "for",
            "with", "got", "gets", "get", "went", "goes", "came", "comes", "said", "says", "told", "tells", "took", "takes", "needs", "needed", "called", "calls",
            "just", "still", "also", "can", "could", "will", "would", "should", "did", "does", "didn", "doesn", "isn",
            "wasn", "hasn", "have", "been", "being", "are", "were", "from", "into", "at", "out", "over", "after",
            "before", "since", "when", "while", "because", "but", "not", "now", "then", "there", "here", "this", "that",
            "these", "those", "all", "both", "too", "very", "really", "finally", "actually", "literally", "always",
            "never", "ever", "once", "again", "loves", "loved", "hates", "hated", "wants", "wanted", "thinks", "thought",
            "felt", "feels", "looks", "looked", "passed", "died", "fell", "broke", "spent", "waited", "waits", "sat",
            "sits", "stayed", "stays", "lives", "lived", "works", "worked", "drives", "drove", "uses", "used", "tried",
            "tries", "started", "starts", "ended", "left", "made", "makes", "keeps", "kept", "asked", "asks", "one",
            "two", "three", "last", "first", "next", "who's", "whos", "is", "in", "on", "to", "of", "up", "our", "your",
            "their", "yet", "cant", "can't", "won't", "wont", "dont", "don't", "gotta", "having", "getting", "doing",
            "trying", "saying", "going", "coming", "needing", "back", "help", "helps", "helped", "home", "today", "tonight",
            "which", "whose", "she", "he", "they", "might", "may", "must", "off", "down");
    /** Someone the post is about, by the greeting or wish that names them: "Happy birthday Nova!", "Go Lily!", "Update on Priya:". */
    private static final Pattern WISHED_NAME = Pattern.compile("\\b(?:[Hh]appy (?:early |belated )?(?:birthday|bday|anniversary)"
            + "|[Uu]pdate on|[Pp]rayers? (?:for|request:?)|[Pp]ray for|[Gg]et well(?: soon)?|[Ww]elcome home|[Ww]elcome to the world"
            + "|[Cc]ongrats(?: to)?|[Cc]ongratulations(?: to)?|RIP|[Mm]iss you|[Ll]ove you|[Pp]roud of)[,:]?\\s+"
            + "(?:(?:Pop|Nana|Grandma|Grandpa|Papa|Aunt|Auntie|Uncle|Baby|[Ll]ittle|[Ss]weet|[Bb]aby)\\s+)?"
            + "(" + UPPER + "\\p{Ll}+(?:[ -]" + UPPER + "\\p{Ll}+)?)\\b|\\b[Gg]o\\s+(" + UPPER + "\\p{Ll}+)!");
    /**
     * A name followed by who the person is or by their record: "Bobby Treadwell, my brother-in-law",
     * "Noah (my 7yo)", "Wendell Grady, date of birth …", "Delgado, Marisa MRN …", "LIAM P. 2yo".
     */
    private static final String NAME_SHAPE = "(" + UPPER + "\\p{Ll}+(?:[ -]" + UPPER + "\\p{Ll}+){0,2}|" + UPPER + "\\p{Ll}+, " + UPPER + "\\p{Ll}+"
            + "|" + UPPER + "{2,}(?: " + UPPER + "\\.| " + UPPER + "{2,}))";
    private static final Pattern NAME_BEFORE_IDENTITY = Pattern.compile(NAME_SHAPE + "(?:,\\s*|\\s*\\(\\s*)my\\s+"
            + "(?:\\d+\\s*(?:yo|y/o|-year-old)\\b|" + RELATIVE + "\\b)"
            + "|" + NAME_SHAPE + ",?\\s+(?:date of birth|DOB\\b|MRN\\b|Rm\\s|\\d{1,2}\\s?(?:yo|y/o)\\b)");
    /** Someone whose care is spoken of: "Saoirse's first ER visit", "Ferdinand Abara's invoice". */
    private static final Pattern NAME_OF_CARE = Pattern.compile("(?<![\\w.])(" + UPPER + "\\p{Ll}+(?:[ -]" + UPPER + "\\p{Ll}+)?)['’]s\\s+"
            + "(?:(?:first|last|second|next|latest|new|whole|recent|own)\\s+)?(?:(?:ER|ICU|NICU|hospital|surgery|follow-up|dental"
            + "|hospice|rehab|lab)\\s+)?(?:visit|stay|surgery|appointment|appt|diagnosis|treatment|chemo|biopsy|results|labs|chart"
            + "|records?|discharge|admission|invoice|bill|EOB|prescription|meds|medications?|recovery|procedure|x-rays?|scan|MRI"
            + "|test results|referral|transplant|delivery|birth)\\b");
    /** The name printed after a record number: "Pt # 66-10482 Hargrove". */
    private static final Pattern NAME_AFTER_RECORD = Pattern.compile("\\b(?:MRN|Pt\\s?#|Patient\\s?#|Patient ID)\\s*:?\\s*[\\w-]*\\d[\\w-]*"
            + ",?\\s+(" + UPPER + "\\p{Ll}+(?:,? " + UPPER + "\\p{Ll}+)?)");
    /** A lower-case name the post marks as one: "someone named 'bernadette'", "mr. patel". */
    private static final Pattern LOWER_CASE_MARKED_NAME = Pattern.compile("\\bnamed\\s+['\"‘“]([a-z]{3,})['\"’”]"
            + "|\\b(?:mr|mrs|ms|miss)\\.\\s+([a-z]{3,})\\b");
    /** What may continue a name found: a hyphenated part, a nickname in quotes, an initial, another capitalised word. */
    private static final Pattern NAME_CONTINUES = Pattern.compile("(?:-" + UPPER + "\\p{Ll}+|\\s['\"‘“]" + UPPER + "\\p{Ll}+['\"’”]"
            + "|\\s" + UPPER + "\\.(?!\\w)|\\s" + UPPER + "\\p{Ll}+(?:-" + UPPER + "\\p{Ll}+)?)");

    /** A person introduced as such: "patient named Keisha Lamont", "Patient: Gwendolyn Barr", "I'm Dolores Reyes", "Harriet Moss here". */
    private static final Pattern INTRODUCED_NAME = Pattern.compile("\\b(?:[Pp]atient(?: is|:)|[Pp]atient named|(?<!(?:[Tt]ech|[Nn]urse"
            + "|[Dd]octor|[Mm]anager|[Gg]uard|[Aa]ide) )named|[Nn]ame is|[Nn]ame was|[Nn]ame's|I'm|I am)\\s+'?"
            + "(" + UPPER + "\\p{Ll}+(?:[ -]" + UPPER + "[\\p{Ll}'-]+)?)|^(" + UPPER + "\\p{Ll}+ " + UPPER + "[\\p{Ll}'-]+) here\\b");

    /**
     * Words that make a named person likely enough to run the recogniser: who someone is to the
     * author, a record, a greeting. Care words alone are not enough: nearly every mention has them.
     */
    private static final Pattern PERSON_CUE = Pattern.compile("\\b(?:patient|admitted|discharg\\w*|room|dob|mrn|chart|wristband"
            + "|named?|prayers|passed|died|hi|dear|hello|records|member|letter|envelope|texts?|reminders?|for|ceo|update|kids"
            + "|came home|(?:is|are|back|coming) home|nicu|icu|recovery|surgery|born|i'm|label|bag|bottle|yelled|called out|date of birth|whiteboard|bracelet"
            + "|love to"
            + RELATIVE.replace("(?:", "|").replace(")", "") + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> TITLES = Set.of("dr", "dr.", "doctor", "nurse", "np", "pa", "rn", "md", "prof", "professor",
            "manager", "consultant", "tech", "technician", "chaplain", "rev", "rev.", "reverend", "receptionist", "guard",
            "coordinator", "assistant", "aide", "driver", "pastor", "officer", "advocate", "lady", "desk", "father",
            "surgeon", "dentist", "midwife", "pharmacist", "therapist", "hygienist", "ceo", "president", "director", "spokesperson",
            "chief", "governor", "senator", "mayor", "cfo", "coo", "chair", "administrator", "dean");
    /** Capitalised words the recogniser takes for names that are not a person's. */
    private static final Set<String> NOT_NAMES = Set.of("Hi", "Hello", "Dear", "Thanks", "Thank", "ER", "ICU", "God", "Jesus",
            "Mr", "Mrs", "Ms", "Miss", "Mx", "Rev", "Nana", "Grandma", "Grandpa", "Mom", "Dad", "Sorry", "Not", "So", "Just", "Here",
            "Hygienist", "Nurse", "Doctor", "Receptionist", "DOB", "MRN", "SSN", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Google", "Yelp", "Rm", "Room", "Bed", "Apt", "Unit", "Team", "Everyone", "All", "Folks");

    private static final Pattern WORDS_BEFORE = Pattern.compile("(?:(\\p{L}+)\\s+)?(\\p{L}+)\\.?\\s*$");
    private static final Set<String> POSSESSIVES = Set.of("my", "our", "his", "her", "your", "their");
    /** Words of institutions' names: "Cedar Hollow's x-ray tech" speaks of a place, not a person. */
    private static final Set<String> INSTITUTION_WORDS = Set.of("Hollow", "Ridge", "Regional", "General", "Clinic", "Clinics",
            "Hospital", "Health", "Care", "Center", "Centre", "Medical", "Dental", "Practice", "Urgent", "Family", "North", "South",
            "East", "West", "Memorial", "Children's", "Pharmacy", "Labs", "Plan");
    private static final Pattern QUOTED_FULL_NAME = Pattern.compile("[\"“']" + UPPER + "\\p{Ll}+ " + UPPER + "\\p{Ll}+");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\w@#])" + UPPER + "\\p{Ll}+\\b");
    private static final Set<String> COMMON_CAPITALISED = Set.of("I", "The", "A", "An", "My", "Our", "We", "They", "This", "That",
            "It", "So", "And", "But", "If", "When", "What", "Why", "How", "Who", "Is", "Are", "Was", "Do", "Does", "Did", "Just",
            "Thank", "Thanks", "Please", "Sorry", "Great", "Worst", "Best", "Never", "Always", "No", "Yes", "Not", "Got", "Had",
            "Been", "Still", "Also", "Then", "Now", "Today", "Tonight", "Yesterday", "Tomorrow", "Dr", "Doctor", "Nurse", "Hospital",
            "Clinic", "Urgent", "Care", "Health", "Plan", "Center", "Medical", "Emergency", "Billing", "Insurance", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "PSA",
            "Update", "Anyone", "Can", "Will", "Would", "Should", "Could", "Went", "Waited", "Called", "Love", "Shoutout",
            "Huge", "Five", "One", "Two", "Three", "Four", "Avoid", "Stay", "Wow", "Okay", "Ok", "Lol", "Omg", "Honestly");

    private final Set<String> knownWords;
    private final Set<String> organisationWords;

    /** Without the watched organisations' words: for text outside the job (dead letters, draft replies). */
    public HealthPrivacyDetector() {
        this(Set.of(), Set.of());
    }

    /**
     * @param knownWords lower-case words of the watched organisations', facilities' and providers'
     *     names and aliases: a capitalised word among them is not a reason to look for a person
     * @param organisationWords those of the organisations and facilities alone: a "person" the
     *     recogniser finds that starts with one of them is the organisation
     */
    public HealthPrivacyDetector(Set<String> knownWords, Set<String> organisationWords) {
        this.knownWords = Set.copyOf(knownWords);
        this.organisationWords = Set.copyOf(organisationWords);
    }

    /** With the words of the watched organisations, facilities and providers known. */
    public static HealthPrivacyDetector forWatchlist(Watchlist watchlist) {
        Set<String> organisations = words(watchlist.organisations().stream().flatMap(o -> Stream.of(Stream.of(o.name()),
                o.aliases().stream(), o.facilities().stream().flatMap(f -> Stream.concat(Stream.of(f.name()), f.aliases().stream())))
                .flatMap(names -> names)));
        Set<String> known = new HashSet<>(organisations);
        known.addAll(words(watchlist.organisations().stream().flatMap(o -> o.providers().stream())
                .flatMap(p -> Stream.concat(Stream.of(p.name()), p.aliases().stream()))));
        return new HealthPrivacyDetector(known, organisations);
    }

    private static Set<String> words(Stream<String> names) {
        Set<String> words = new HashSet<>();
        names.flatMap(name -> Arrays.stream(name.split("[^\\p{L}]+")))
                .filter(w -> !w.isEmpty())
                .forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        return words;
    }

    @Override
    public List<PhiFinding> detect(String text) {
        List<PhiFinding> found = new ArrayList<>(PhiPatterns.find(text));
        introducedNames(text, found);
        if ((PERSON_CUE.matcher(text).find() || QUOTED_FULL_NAME.matcher(text).find()) && hasUnknownCapital(text)) {
            recognisedNames(text, found);
        }
        return resolve(everyMention(text, completeNames(text, found)));
    }

    private void introducedNames(String text, List<PhiFinding> found) {
        Matcher lower = LOWER_CASE_RELATIVE_NAME.matcher(text);
        while (lower.find()) {
            if (!NOT_LOWER_NAMES.contains(lower.group(1))) {
                found.add(new PhiFinding(PhiType.NAME, lower.start(1), lower.end(1), 0.7));
            }
        }
        Matcher marked = LOWER_CASE_MARKED_NAME.matcher(text);
        while (marked.find()) {
            int g = marked.group(1) != null ? 1 : 2;
            if (!NOT_LOWER_NAMES.contains(marked.group(g))) {
                found.add(new PhiFinding(PhiType.NAME, marked.start(g), marked.end(g), 0.75));
            }
        }
        for (Pattern p : new Pattern[] {RELATIVE_NAME, GREETING_NAME, TITLED_RELATIVE, INTRODUCED_NAME, PRINTED_NAME, WISHED_NAME,
                NAME_BEFORE_IDENTITY, NAME_AFTER_RECORD, NAME_OF_CARE}) {
            if (p == NAME_OF_CARE && text.indexOf("'s") < 0 && text.indexOf("’s") < 0) {
                continue; // the possessive is rare; the pattern would try every capitalised word
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    String first = m.group(g) == null ? null : m.group(g).split("[ ,-]")[0];
                    if (first != null && Arrays.stream(m.group(g).split("[ ,-]+")).noneMatch(INSTITUTION_WORDS::contains)
                            && !NOT_NAMES.contains(first) && !COMMON_CAPITALISED.contains(first)
                            && !organisationWords.contains(first.toLowerCase(Locale.ROOT)) && !titledBefore(text, m.start(g))) {
                        found.add(new PhiFinding(PhiType.NAME, m.start(g), m.end(g), 0.9));
                    }
                }
            }
        }
    }

    /**
     * "Dr. Kim", "Nurse Tamika": a title right before the name makes it a clinician's; "my father
     * Ignacio" is a relative, not a priest.
     */
    private static boolean titledBefore(String text, int start) {
        Matcher words = WORDS_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
        return words.find() && TITLES.contains(words.group(2).toLowerCase(Locale.ROOT))
                && (words.group(1) == null || !POSSESSIVES.contains(words.group(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * A name found once is redacted wherever it stands in the text ("… Ferdinand Abara's invoice.
     * I don't know Ferdinand."): each of its words of three or more letters, as a whole word.
     */
    private static List<PhiFinding> everyMention(String text, List<PhiFinding> found) {
        List<PhiFinding> all = new ArrayList<>(found);
        Set<String> names = new HashSet<>();
        for (PhiFinding f : found) {
            if (f.type() == PhiType.NAME) {
                for (String word : text.substring(f.start(), f.end()).split("[^\\p{L}'’-]+")) {
                    if (word.length() >= 3 && Character.isUpperCase(word.charAt(0)) && !COMMON_CAPITALISED.contains(word)
                            && !NOT_NAMES.contains(word)) {
                        names.add(word);
                    }
                }
            }
        }
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean wholeWord = (at == 0 || !Character.isLetter(text.codePointBefore(at)))
                        && (end == text.length() || !Character.isLetter(text.codePointAt(end)));
                if (wholeWord) {
                    all.add(new PhiFinding(PhiType.NAME, at, end, 0.7));
                }
            }
        }
        return all;
    }

    /**
     * A name is redacted whole: the part a pattern or the recogniser found grows over what
     * continues it ("Adebayo" + "-Clarke", "Ignatius" + " 'Iggy' Brennan", "Mia" + " R."), up to
     * three more parts, but not over a watched organisation's word or a common capitalised word.
     */
    private List<PhiFinding> completeNames(String text, List<PhiFinding> found) {
        List<PhiFinding> completed = new ArrayList<>(found.size());
        for (PhiFinding f : found) {
            int end = f.end();
            if (f.type() == PhiType.NAME) {
                Matcher m = NAME_CONTINUES.matcher(text);
                for (int parts = 0; parts < 3 && m.region(end, text.length()).lookingAt(); parts++) {
                    String word = m.group().replaceAll("^[\\s'\"‘“-]+|['\"’”.]+$", "");
                    if (NOT_NAMES.contains(word) || COMMON_CAPITALISED.contains(word)
                            || organisationWords.contains(word.toLowerCase(Locale.ROOT))) {
                        break;
                    }
                    end = m.end();
                }
            }
            completed.add(end == f.end() ? f : new PhiFinding(f.type(), f.start(), end, f.confidence()));
        }
        return completed;
    }

    private void recognisedNames(String text, List<PhiFinding> found) {
        Annotation doc = new Annotation(text);
        NlpPipelines.tokens().annotate(doc);
        CRFClassifier<CoreLabel> recogniser = NlpPipelines.names();
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            tokens.addAll(recogniser.classifySentence(sentence.get(CoreAnnotations.TokensAnnotation.class)));
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!"PERSON".equals(tokens.get(i).get(CoreAnnotations.AnswerAnnotation.class))) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && "PERSON".equals(tokens.get(j + 1).get(CoreAnnotations.AnswerAnnotation.class))) {
                j++;
            }
            boolean clinician = staffBefore(tokens, i);
            String first = tokens.get(i).word();
            boolean notName = NOT_NAMES.contains(first) || organisationWords.contains(first.toLowerCase(Locale.ROOT));
            boolean author = i > 0 && tokens.get(i - 1).word().startsWith("@");
            // "Ashby 54517": a town before its ZIP code, not a person
            boolean town = j + 1 < tokens.size() && tokens.get(j + 1).word().matches("\\d{5}(-\\d{4})?");
            if (!clinician && !notName && !author && !town) {
                found.add(new PhiFinding(PhiType.NAME, tokens.get(i).beginPosition(), tokens.get(j).endPosition(), 0.75));
            }
            i = j;
        }
    }

    /** A role or title within the two words before (commas and quotes skipped): "office manager, Kendra", "Tech named Andre". */
    private static boolean staffBefore(List<CoreLabel> tokens, int i) {
        int seen = 0;
        for (int k = i - 1; k >= 0 && seen < 2; k--) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (word.equals(",") || word.equals("'") || word.equals("\"") || word.equals("`") || word.equals("``")) {
                continue;
            }
            if (TITLES.contains(word)) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /**
     * A capitalised word that is not a watched organisation's, a clinician's title or a common
     * capitalised word: without one there is no name for the recogniser to find.
     */
    private boolean hasUnknownCapital(String text) {
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (!knownWords.contains(word.toLowerCase(Locale.ROOT)) && !NOT_NAMES.contains(word) && !COMMON_CAPITALISED.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Overlapping findings: the more confident one (then the longer) gives the type, and the
     * span covers both, so that no character either of them found is left in clear. Sorted by start.
     */
    private static List<PhiFinding> resolve(List<PhiFinding> found) {
        found.sort(Comparator.comparingDouble(PhiFinding::confidence).reversed()
                .thenComparing(Comparator.comparingInt((PhiFinding f) -> f.end() - f.start()).reversed()));
        List<PhiFinding> kept = new ArrayList<>();
        for (PhiFinding f : found) {
            PhiFinding merged = f;
            for (int k = kept.size() - 1; k >= 0; k--) {
                PhiFinding other = kept.get(k);
                if (other.overlaps(merged)) {
                    merged = new PhiFinding(other.type(), Math.min(other.start(), merged.start()),
                            Math.max(other.end(), merged.end()), other.confidence());
                    kept.remove(k);
                }
            }
            kept.add(merged);
        }
        kept.sort(Comparator.comparingInt(PhiFinding::start));
        return kept;
    }
}
