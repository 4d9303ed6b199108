package io.carepulse.models.privacy;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.carepulse.models.nlp.NlpPipelines;
import io.carepulse.models.entity.Watchlist;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CarePulse's PHI detector. Identifiers with a shape (numbers, e-mail, addresses, dates, ages)
 * come from {@link PhiPatterns}; names from rules, a relative or patient introduced by who they
 * are ("my daughter Brianna", "Hi Maria," in a reply about care), and from two recognisers for the
 * rest: {@link PatientNames}, trained on the project's labelled mentions, and CoreNLP's news-trained
 * one. The recognisers cost far more than everything else, so they run only on texts with a
 * capitalised word that is not a known word, CoreNLP's only where the words also suggest a person
 * is named; a person they find counts when the name is not a clinician's ("Dr. Patel"), a place's
 * or an organisation's.
 */
public final class HealthPrivacyDetector implements PhiDetector {

    /**
     * A capital letter, checked against the Latin ranges first: most characters of a text are not
     * capitals, and the Unicode category lookup is what name patterns spend their time on.
     */
    private static final String UPPER = "(?=[A-Z\\u00C0-\\u024F\\u0400-\\u04FF])\\p{Lu}";
    /** A word of a name, with the capitals inside "McAllister", "DeShawn" and "O'Brien". */
    private static final String NAME_WORD = UPPER + "(?:\\p{Ll}{1,3}['’]?" + UPPER + "|['’]" + UPPER + ")?\\p{Ll}+";
    private static final String RELATIVE = "(?:mom|mother|mum|dad|father|son|daughter|wife|husband|grandmother|grandma|granny"
            + "|grandfather|grandpa|grandson|granddaughter|sister|brother|baby|child|kid|aunt|uncle|partner|niece|nephew|cousin"
            + "|stepson|stepdaughter|fianc[eé]e?|boyfriend|girlfriend|patient|roommate|friend|neighbor|neighbour|nana|nan|papa|pop"
            + "|granddad|grandad|mama|mommy|daddy|auntie|bestie|toddler|newborn|buddy|pal|bff|coworker|co-worker|classmate"
            + "|teammate|godson|goddaughter|godmother|godfather|stepmom|stepdad|brother-in-law|sister-in-law|mother-in-law"
            + "|player|athlete|student|camper|kiddo|goalie|point guard|quarterback|pitcher"
            + "|great[- ]grandma|great[- ]grandpa|great[- ]grandmother|great[- ]grandfather"
            + "|great[- ]aunt|great[- ]uncle|great[- ]grandson|great[- ]granddaughter"
            + "|father-in-law|son-in-law|daughter-in-law|twin|triplet|bf|gf"
            // kin words of other languages, as English posts use them: "my appa", "my Lola", "my babcia"
            + "|appa|umma|eomma|omma|halmeoni|halmoni|harabeoji|lola|lolo|babcia|dziadek|oma|opa|nonna|nonno|abuela|abuelo"
            + "|abuelita|abuelito|t[íi]a|t[íi]o|bubbe|zayde|yiayia|papou|nani|dadi|abba|ammi|amma|abbu|mam|mammy|maa|baba|jiddo|teta"
            + "|sitti|yeye|nainai|halabuji|koro|kuia|bố|mẹ|dedushka|babushka|dyedushka"
            // as posts shorten them, and children by their place: "my gma Grace", "bro Will", "My youngest, Inaya"
            + "|gma|gpa|grammy|gramma|grampa|granpa|granma|nanna|meemaw|mawmaw|pawpaw|bro|sis|youngest|oldest|eldest|gran|girl|boy"
            + "|av[óô]|vov[óô])";
    private static final Pattern RELATIVE_NAME = Pattern.compile("\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Tt]he)\\s+"
            + "(?:(?:little|baby|older|younger|elderly|late|twin|\\d+[- ]year[- ]old|\\d+\\s?y/?o)\\s+)?(?i:" + RELATIVE + ")s?,?\\s+"
            + "(?:(?:is|was|named|called)\\s+)?"
            + "(" + NAME_WORD + "(?:[- ]" + NAME_WORD + ")?)"
            + "|\\b(?:[Mm]y|[Oo]ur)\\s+(?:little|sweet|brave|precious|\\d+[- ](?:year|yr|month|week|day)s?[- ]old|\\d+\\s?y/?o)\\s+(" + NAME_WORD + ")\\b(?!['’])");
    private static final Pattern GREETED = Pattern.compile("\\s*(?:@\\w+\\s+)*(?:Hi|Hello|Dear|Hey|Hola|Good morning|Good afternoon)\\s+");
    private static final Pattern GREETING_NAME = Pattern.compile("^\\s*(?:@\\w+\\s+)*(?:Hi|Hello|Dear|Hey|Good morning|Good afternoon|Thanks|Thank you|Hola|Estimad[oa]|Querid[oa]"
            + "|Buenos d[íi]as|Buenas tardes)\\s+"
            + "(" + NAME_WORD + "(?:\\s" + NAME_WORD + ")?)\\s*[,!.:]"
            + "|^\\s*(?:@\\w+\\s+)*(" + NAME_WORD + "),\\s+(?:we|we're|we've|we'd|thank|thanks|sorry|our|i'm|please|gracias|lamentamos"
            + "|sentimos|nos|muchas)\\b"
            + "|^\\s*@\\w+\\s+[^.!?]{0,60}?,\\s+(" + NAME_WORD + ")[.!]"
            + "|\\b(?:[Rr]eview|[Ff]eedback|[Ss]orry|[Tt]hanks|[Tt]hank you|[Nn]ote|[Mm]essage),\\s+(" + NAME_WORD + ")[.!]"
            + "|\\b(?:[Tt]hank you|[Tt]hanks) for [^.!?,]{1,40},\\s+(" + NAME_WORD + ")[.!]"
            + "|,\\s+(" + NAME_WORD + ")!"
            // a message quoted: "Mine said 'Dear Bartholomew Quist, your colonoscopy …'"
            + "|['\"‘“](?:Dear|Hi|Hello)\\s+(" + NAME_WORD + "(?:\\s" + NAME_WORD + ")?),");
    /** A word in small letters, the unit the truecasing list capitalises. */
    /** "if she was an angel", "at dawn", "our little guy": a word after an article or a preposition is a word, not a name. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(?:a|an|the|at|of|this|that|every|some|little)\\s+$");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\d'’-])\\p{Ll}[\\p{Ll}'’-]*(?![\\p{L}\\d])");
    private static final Pattern WORD_CAPITAL = Pattern.compile("(?<![\\p{L}'’])\\p{Lu}");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?]\\s+|\\n)\\s*(\\p{Ll})");
    /** Three or more words in capitals in a row: "MY DAD RICHARD RANG", not "ER" or "ICU". */
    private static final Pattern SHOUTED_RUN = Pattern.compile("(?<!\\p{L})\\p{Lu}[\\p{Lu}'’]+(?:[^\\p{L}\\n]{1,4}\\p{Lu}[\\p{Lu}'’]+){2,}(?!\\p{L})");
    private static final Pattern SHOUTED_VERB = Pattern.compile("\\p{L}{2}(?:ing|ed)\\b");
    /** A name in capitals as wristbands and labels print it: "OYELOWO, HARRIET". */
    private static final Pattern PRINTED_NAME = Pattern.compile("(?<!\\p{L})(?!(?:ID|DOB|MRN|SSN|RE|FW|CC|ICU|ER)\\b)(\\p{Lu}{2,}(?:-\\p{Lu}{2,})?, \\p{Lu}{2,}(?: \\p{Lu}\\b\\.?)?|\\p{Lu}{3,}(?:-\\p{Lu}{3,})?, " + NAME_WORD
            // a whiteboard's "GUTIERREZ, R."
            + "|\\p{Lu}{3,}(?:-\\p{Lu}{3,})?, \\p{Lu}\\.)(?![\\p{L}\\d]|-\\d)");
    private static final Pattern TITLED_RELATIVE = Pattern.compile("(?<![\\p{L}'’])(?:(?i:Grandpa|Grandma|Granny|Nana|Papa|Mama|Aunt|Auntie|Uncle|Cousin"
            + "|Oma|Opa|Nonna|Nonno|Abuel[ao]|Abuelit[ao]|Bubbe|Zayde|Yiayia|Papou|Mum|Mom|Mummy|Mommy|Dad|Daddy|Gma|Gpa"
            + "|Nanna|Granma|Gramma|Grammy|Babcia|Dziadek|Dziadzia|Sitti|Nani|Dadi|Av[óô]|Vov[óô])"
            + "|T[íi]a|T[íi]o|[Dd]oña|don|Amma|Appa|Ammi|Abbu|Baba|Lola|Lolo|Teta|Jiddo|B[àa](?: n[ộo]i| ngo[ạa]i)?|[ÔO]ng(?: n[ộo]i| ngo[ạa]i)?"
            + "|Дедушка|Бабушка|Дед|Баба|отец|мать|мама|папа|сын|дочь|Pappa|Mamma|Mormor|Morfar|Farmor|Farfar)"
            + "(?:\\s+|\\s*[—–:]\\s*)(" + NAME_WORD + "(?:\\s" + NAME_WORD + ")?)|\\b(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra)\\.?\\s+(" + UPPER + "[\\p{L}'-]+)");
    private static final String SPANISH_RELATIVE = "(?:pap[áa]|mam[áa]|padre|madre|hij[oa]|espos[oa]|abuel[oa]|abuelit[ao]|herman[oa]"
            + "|suegr[oa]|cuñad[oa]|yerno|nuera"
            + "|t[íi][oa]|prim[oa]|niet[oa]|sobrin[oa]|beb[ée]|novi[oa])";
    /** A relative named in Spanish: "mi papá José Luis Ramírez", "mi hija Valentina", "mi mamá doña Fela". */
    private static final Pattern SPANISH_RELATIVE_NAME = Pattern.compile("\\b(?:[Mm]is?|[Ss]us?|[Nn]uestr[ao]s?)\\s+" + SPANISH_RELATIVE
            + "\\s+(?:(?:[Dd]on|[Dd]oña)\\s+)?(" + NAME_WORD + "(?:\\s" + NAME_WORD + "){0,2})");
    /** "my dad ernesto": a lower-case word right after a relative, in posts written in lower case. */
    private static final Pattern LOWER_CASE_RELATIVE_NAME = Pattern.compile("\\b(?:my|our|his|her|their)\\s+(?!patient)(?i:" + RELATIVE + ")"
            + "\\s+(\\p{Ll}{3,12}(?:\\s(?:n[íi]|nic|mac|mc|de|del|la|van|von|bin|al|da|di|ben)\\s\\p{Ll}{3,14})?)(?!\\p{L})"
            // "the nakamura family", not "sent to the wrong family"
            + "|\\bthe (?!(?:wrong|right|same|other|whole|entire|new|next|first|last|host|foster|patient|poor|sweet|lovely|best)\\b)"
            + "([a-z]{3,12}) family\\b");
    /** "mi hija xiomara": the same in Spanish. */
    private static final Pattern LOWER_CASE_SPANISH_RELATIVE_NAME = Pattern.compile("\\b(?:mis?|sus?|nuestr[ao]s?)\\s+" + SPANISH_RELATIVE
            + "\\s+(\\p{Ll}{3,12})(?!\\p{L})");
    private static final Set<String> SPANISH_FUNCTION_WORDS = Set.of("que", "de", "del", "la", "el", "los", "las", "en", "se", "y",
            "con", "por", "para", "fue", "está", "esta", "estaba", "tiene", "tuvo", "hoy", "ayer", "ya", "muy", "no", "sin",
            "como", "cuando", "desde", "doña", "don", "salió", "llegó", "nació", "menor", "mayor", "mas", "más", "también", "sigue", "lleva",
            "cumple", "cumplió", "sale", "va", "anda");
    private static final Set<String> SPANISH_WORDS = Stream.concat(SPANISH_FUNCTION_WORDS.stream(), Stream.of("mi", "mis", "su", "sus",
            "hija", "hijo", "hijas", "hijos", "mamá", "papá", "abuela", "abuelo", "abuelita", "abuelito", "tía", "tío", "esposa", "esposo",
            "hermana", "hermano", "nieta", "nieto", "gracias", "hospital", "doctora", "enfermera", "enero", "febrero", "marzo", "abril",
            "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "dando", "guerra"))
            .collect(Collectors.toUnmodifiableSet());
    /** A patient's name in a hashtag of support: "#BeauStrong", "#TeamOmar", "#PrayForMaya". */
    private static final Pattern HASHTAG_NAME = Pattern.compile("#(?:Team|PrayFor|PrayersFor|Pray4|Prayers4|Go|Love|Fuerza|Vamos)?(" + NAME_WORD + ")"
            // a country fighting the pandemic is no patient: "#IndiaFightsCorona"
            + "(?=Strong|Fights?+(?!(?i:corona|covid))|Tough|Army|Warrior|Crew|Squad|Brave|Nation|Journey\\b|At\\d|Forte\\b|Fuerte\\b)"
            + "|#(?:Team|PrayFor|PrayersFor|Pray4|Prayers4|Fuerza|Vamos|OremosPor|[Gg]et[Ww]ell(?:[Ss]oon)?|HappyBirthday|HappyBday)(" + NAME_WORD + "(?:" + NAME_WORD + ")?)\\b");
    /** "Eli, Jonah and Abe all got strep": names listed as who fell ill. */
    private static final Pattern NAMES_IN_CARE = Pattern.compile("(?:^|[.!?:]\\s+|\\n)(" + NAME_WORD + "),?\\s(?:(" + NAME_WORD + "),?\\s)?"
            + "(?:and|&)\\s(" + NAME_WORD + ")(?: \\([^)]{1,20}\\))? (?:all |both )?(?:got|had|have|has|caught|were|are|came down|tested"
            + "|ended up)\\b(?! (?:me|us|you)\\b)");
    /** Words that follow "my dad" without being his name. */
    private static final Set<String> NOT_LOWER_NAMES = Set.of("and", "the", "who", "was", "has", "had", "his", "her", "for", "bay", "adm",
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
            "which", "whose", "she", "he", "they", "might", "may", "must", "off", "down", "like", "as", "so", "about", "by", "or",
            "lost", "won", "ate", "slept", "woke", "ran", "stood", "paid", "owes", "owed", "forgot", "remembers", "remembered",
            "couldn", "wouldn", "shouldn", "aren", "weren", "hadn", "barely", "nearly", "almost", "only",
            "whole", "entire", "same", "host", "royal", "foster", "other", "new", "patient", "nicu", "icu", "care", "blended",
            "extended", "immediate", "military", "church", "school", "knows", "likes", "seems", "means", "deserves", "lists",
            "through", "during", "until", "without", "within", "around",
            "if", "though", "than", "even", "near", "please", "yes", "nice", "special", "general", "years", "months", "weeks", "days",
            "ago", "tho", "busy", "scout", "scouts", "wristband", "bracelet", "photos", "pictures", "blanket", "footprints", "records", "chart");
    /** Someone the post is about, by the greeting or wish that names them: "Happy birthday Nova!", "Go Lily!", "Update on Priya:". */
    private static final Pattern WISHED_NAME = Pattern.compile("\\b(?:(?i:happy (?:early |belated )?(?:birthday|bday|anniversary"
            + "|(?:discharge|homecoming|last chemo|bell|gotcha) day(?: to)?))"
            + "|[Uu]pdate on|(?i:prayers? (?:for|request:?)|prayer requests? for|pray for|get well(?: soon)?)|[Ww]elcome home|[Ww]elcome to the world"
            + "|[Cc]ongrats(?: to)?|[Cc]ongratulations(?: to)?|RIP|[Mm]iss you|[Ll]ove you|[Pp]roud of|[Pp]raying for"
            + "|[Tt]houghts (?:are )?with|(?:CaringBridge|GoFundMe|[Gg]o[Ff]und[Mm]e|[Mm]eal [Tt]rain|[Ff]undraiser|[Pp]rayer chain)(?: page| site)? for)[,:]?\\s+"
            + "(?:(?i:pop|nana|grandma|grandpa|papa|aunt|auntie|uncle|baby|little|sweet)\\s+)?"
            + "(" + NAME_WORD + "(?:[ -]" + NAME_WORD + ")?)\\b"
            + "|\\b[Kk]eep\\s+(" + NAME_WORD + ")\\s+in\\s+(?:your|our|my)\\s+(?:prayers|thoughts)|\\b[Gg]o\\s+(" + NAME_WORD + ")!"
            + "|^\\s*(" + NAME_WORD + ")(?:['’]s)? (?i:update)\\b");
    private static final Pattern RECOVERY_WISH = Pattern.compile("(?i:get well|prayers? for|praying for|pray for|thoughts)");
    /**
     * A name followed by who the person is or by their record: "Bobby Treadwell, my brother-in-law",
     * "Noah (my 7yo)", "Wendell Grady, date of birth …", "Delgado, Marisa MRN …", "LIAM P. 2yo".
     */
    private static final String NAME_SHAPE = "(" + NAME_WORD + "(?:[ -]" + NAME_WORD + "){0,2}|" + NAME_WORD + ", " + NAME_WORD + "(?: [A-Z]\\.?)?"
            + "|" + UPPER + "{2,}(?: " + UPPER + "\\.| " + UPPER + "{2,}))";
    private static final Pattern NAME_BEFORE_IDENTITY = Pattern.compile("(?<!\\p{L}|\\p{L}['’])" + NAME_SHAPE
            + "(?:(?:,\\s*|\\s*\\(\\s*)my\\s+(?:\\d+\\s*(?:yo|y/o|-year-old|year[- ]old)\\b|" + RELATIVE + "\\b)"
            + "|\\s(?:is|was) (?:my|our) (?:" + RELATIVE + ")\\b(?!['’])"
            + "|[\"”']?(?:\\s*[,|;]\\s*|\\s+)(?:(?i:date of birth)|DOB\\b|MRN\\b|Rm\\s|\\d{1,2}\\s?(?:yo|y/o)\\b)"
            + "|, (?:9\\d|1[01]\\d|[1-8]?\\d), |\\s\\((?:9\\d|1[01]\\d)\\)"
            + "|\\s+\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b)");
    /** Someone whose care is spoken of: "Saoirse's first ER visit", "Ferdinand Abara's invoice". */
    private static final Pattern NAME_OF_CARE = Pattern.compile("(?<![\\w.])(?:\\p{Lu}\\p{Ll}+ing )?(" + NAME_WORD + "(?:[ -]" + NAME_WORD + ")?)['’]s\\s+"
            + "(?:(?:first|last|second|next|latest|new|whole|recent|own)\\s+)?(?:(?:ER|ICU|NICU|hospital|surgery|follow-up|dental"
            + "|hospice|rehab|lab|sports|school|annual|well-child|camp|speech|physical|occupational|feeding|immuni[sz]ation|vaccine|vaccination)\\s+)?(?:visit|stay|surgery|appointment|appt|diagnosis|treatment|chemo|biopsy|results|labs|chart"
            + "|therapy|claim|denial"
            + "|records?|discharge|admission|invoice|bill|EOB|prescription|meds|medications?|recovery|procedure|x-rays?|scan|MRI"
            + "|test results|referral|transplant|delivery|birth|trip|checkup|check-up|cleaning|shots|physical|cast|stitches"
            + "|full name|name and|MRN|DOB|date of birth|wristband|info|information|file|hearing aids?|pacemaker|insulin pump|pump"
            + "|glasses|dentures|crutches|wheelchair|CPAP|first day|arrival|homecoming"
            // "We came in with Chiamaka's fever"
            + "|fever|infection|ear infection|rash|cough|asthma|allergy|allergic reaction|injury|concussion|broken \\w+|fracture)\\b");
    private static final String CARE_NOUN = "(?:surgery|chemo|round|cast|stitches|procedure|transplant|scan|biopsy|appointment|stroke"
            + "|repair|reconstruction|replacement|removal|fusion|scope"
            + "|fall|delivery|c-section|treatment|infusion|dialysis|stay|admission|visit)";
    /**
     * A name opening a sentence about that person's care, where no relative is named: "Will had his 4th
     * round of chemo", "Rose is 3 days post-op", "meals for Ngozi after her surgery". A name that is also
     * a word counts here ("Will", "Rose"): the care said of it makes it a person.
     */
    private static final Pattern NAME_IN_CARE = Pattern.compile("(?:^|[.!?:,\\p{So}]\\s+|\\n|\\b(?:while|when|after|and|but|[Oo]ur|[Mm]y|Big|Lil'?|Little) )(" + NAME_WORD + "),? (?i:is|was) (?i:(?:finally|now|back|still) )?"
            // "Faith is off the ventilator", "SKYLAR IS AWAKE" (read as "Skylar Is Awake")
            + "(?i:home|back home|\\d+ days post-op|post-op|out of surgery|awake|extubated|intubated|off the vent(?:ilator)?|on (?:a |the )?vent(?:ilator)?"
            + "|in (?:the )?(?:ICU|NICU|PICU|MICU|hospital|surgery|recovery|rehab|hospice|ER|labou?r)|out of (?:the )?(?:ICU|NICU|PICU|OR)\\b"
            + "|\\d+ (?:days?|weeks?|months?) old\\b|cancer[- ]free\\b|in remission\\b|here[!.]|in (?:the )?(?:MRI|CT|OR|dialysis|chemo)\\b"
            + "|on \\d+ ?(?:North|South|East|West)\\b|in room \\d+"
            // "Beulah is ninety-eight and just beat pneumonia", "Hope is 4 and gets her tonsils out"
            + "|(?:ninety[\\w-]*|a hundred|one hundred|9\\d|1[01]\\d)\\b(?![.,]\\d)|\\d{1,2} and (?:has|had|gets|got|is|was|needs|just)\\b)"
            // "Tomás went to Lakeside Regional by ambulance", "Zion ringing the bell"
            + "|(?:^|[.!?\\p{So}]\\s+|\\n)(" + NAME_WORD + ") (?:went|was taken|was rushed|was airlifted|got rushed|was brought) (?:to|into)\\b"
            + "|(?:^|[.!?:\\p{So}]\\s+|\\n)(" + NAME_WORD + ") (?:(?:is|was) )?(?i:out of surgery|s/p|status post)(?!\\p{L})"
            + "|\\b(" + NAME_WORD + ") (?:ringing|rang|rings) the bell\\b"
            + "|(?:^|[.!?]\\s+)(" + NAME_WORD + ") (?:tiene|tuvo|estuvo) (?:asma|fiebre|diabetes|c[áa]ncer|neumon[íi]a|covid|gripe|una|un)\\b"
            + "|(?:^|[.!?]\\s+|\\n)(" + NAME_WORD + ") (?:came|went|got|comes|is coming|is going) home\\b"
            + "|(?:^|[.!?]\\s+|\\n)(" + NAME_WORD + ") (?:had|has|got|starts|started|finished) (?:his|her|their) (?:\\w+ ){0,2}" + CARE_NOUN
            // "Paris had strep", "Georgia broke her ankle", "Summer arrived on July 4th", "Ximena ya está en casa"
            + "|(?:^|[.!?:,;]\\s+|\\n|\\b(?:when|after|because|since|until|and|but|bro|sis|cuz|bestie|lol|omg|ugh) )(" + NAME_WORD
            + "(?: " + NAME_WORD + ")?) (?:just |finally )?(?:had|has|got|caught|broke|tore"
            + "|fractured|sprained|cut|burned|needed|needs|was diagnosed|was admitted|was discharged|arrived|was born|tested positive"
            + "|ya est[áa]|ya sali[óo]|sali[óo]) (?:(?:her|his|their|a|an|the|the flu|strep|covid|pneumonia|out|home|on|en|de|del)\\b|\\d)"
            + "|\\b(" + NAME_WORD + ") (?:after|during|since|following) (?:his|her|their) (?:\\w+ )?" + CARE_NOUN + "\\b"
            // "so glad Anya is feeling better", "saber que Ramón recibió atención"
            + "|\\b(?:glad|hear|hope|hoping|know|knowing|that|see|seeing|thrilled|happy|relieved)\\s+(?:(?:Big|Lil'?|Little) )?(" + NAME_WORD + ") (?:(?:is|was|has been|'s|’s) (?:feeling|doing|recovering"
            + "|getting|resting|healing|back home|home)|(?:enjoyed|loved|liked) (?:his|her|their) (?:stay|visit|care)"
            + "|did (?:so |really )?(?:well|great|amazing|awesome))\\b"
            // "Our NICU grad Theo turns 1 on August 2!"
            + "|(?:^|[.!?]\\s+|\\n|\\b(?:[Oo]ur|[Mm]y|grad|survivor|warrior) )(" + NAME_WORD + ") (?:turns|turned) (?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\\b"
            + "|\\bque\\s+(" + NAME_WORD + ") (?:ya )?(?:recibi[óo]|fue atendid[oa]|est[áa] (?:mejor|en casa|recuper)|sali[óo]|se recupera|se est[ée] recuperando)");
    /** Care done to someone named: "stitched up Dallas after", "brought in Chase with a fish hook", "fit Hope in for". */
    private static final Pattern NAME_CARED_FOR = Pattern.compile("\\b(?:stitched up|patched up|brought in|brought|took|drove|rushed"
            + "|dropped off|dropping off|fit|fitted|squeezed|treated|admitted|discharged|diagnosed|delivered|took care of|taking care of"
            + "|saw|seen)\\s+(" + NAME_WORD + ")(?:\\s+in)?\\s+(?:for|with|after|when)\\b"
            // "had to rush Priya to the ER", "tried to see Marguerite in 5 West"
            + "|\\b(?:take|took|taking|bring|brought|bringing|rush|rushed|rushing|drive|drove|driving|carry|carried)\\s+(" + NAME_WORD
            + ")\\s+(?:to|into)\\s+(?:the\\s+)?(?:ER|ED|A&E|ICU|hospital|urgent care|emergency|clinic|doctor|\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)? (?:ER|ED))\\b"
            + "|\\b(?:see|visit|visiting|visited|saw)\\s+(" + NAME_WORD + ")\\s+(?:in|at)\\s+(?:the\\s+)?(?:room|rm|ICU|NICU|PICU|CCU|ER|ED|rehab"
            + "|hospice|hospital|recovery|\\d+\\s?(?:North|South|East|West)|bed)\\b"
            // "you and Mirela waited", "all three of mine — Astrid, Leif and Solveig"
            + "|\\byou and (" + NAME_WORD + ") (?:waited|were|had|spent|came|went|both)\\b"
            + "|\\b(?:[Tt]ook|[Bb]rought|[Dd]rove|[Tt]ake|[Bb]ring) (" + NAME_WORD + ") (?:to|into|in to) [^.!?]{1,40}?\\bfor (?:her|his|their) \\w+"
            + "|\\b(?:aide|caregiver|sitter|companion|home health|hospice care|a nurse) for (" + NAME_WORD + ")\\b"
            + "|\\b(?:of mine|my kids|my twins|the twins|twins|triplets|my girls|my boys|my grandkids)\\s*[—–:,-]*\\s*(" + NAME_WORD + "),?\\s(?:(" + NAME_WORD
            + "),?\\s)?(?:and|&)\\s(" + NAME_WORD + ")"
            // "PRESCRIPTION FOR DESMOND KILBRIDE", "called me Cassandra", "I go by Cass"
            + "|\\b(?:[Pp]rescription|[Rr]efill|[Oo]rder|[Rr]esults|[Pp]aperwork|[Ff]ile|[Cc]hart|[Aa]ppointment|[Aa]ppt|[Cc]laim|EOB|[Bb]ill"
            + "|[Ss]tatement|[Ii]nvoice|[Rr]eport|[Rr]ecords|[Ll]abs|[Ll]ab results|[Rr]eferral) (?i:for) (" + NAME_WORD + " " + NAME_WORD + ")"
            + "|\\b(?:called me|calls me|call me|calling me|go by|goes by|went by)\\s+['\"‘“]?(" + NAME_WORD + ")\\b");
    /** A name that a phone or an address goes with: "autofilled someone else's: 262-555-0171, Lucille Banks", "call Shirley at 414…". */
    private static final Pattern NAME_BY_CONTACT = Pattern.compile("(?:\\d{3}[-. ]\\d{4}|[\\w.+-]+@[\\w-]+\\.[\\w.-]*\\w),?\\s+(" + NAME_WORD
            + "\\s+" + NAME_WORD + ")\\b|\\b(?:[Cc]all|[Tt]ext|[Cc]ontact)\\s+(" + NAME_WORD + ")\\s+(?:at|on)\\s+\\(?\\d");
    private static final Pattern CARE_STATE_HINT = Pattern.compile("home|post-op|\\b(?:his|her|their|is in|was in|feeling|doing|recovering|getting|resting|healing|que|ya|sali[óo]"
            + "|strep|flu|covid|pneumonia|arrived|born|diagnosed|admitted|discharged|tested|awake|extubated|intubated|vent|ventilator|out of"
            + "|old|recuperando|cancer|remission|here|went|taken|rushed|bell|tiene|tuvo|MRI|ninety|\\d+)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An author signing a post: "… getting my stitches out 😂 - Will", "— Rhonda (his auntie)", "— Teddy K.", "With love, Ngozi & Obinna". */
    private static final Pattern SIGNED_NAME = Pattern.compile("(?:(?:^|\\s)[-–—]\\s?|\\b(?:[Ww]ith (?:love|gratitude|thanks)|[Mm]uch love"
            + "|[Ll]ove|[Ss]incerely|[Ww]armly|[Gg]ratefully|[Bb]lessings|[Hh]ugs),\\s+)(" + NAME_WORD + "(?: " + NAME_WORD + "(?:-" + NAME_WORD + ")?)?(?: " + UPPER + "\\.)?)"
            + "(?:(?:,\\s|\\s(?:&|and)\\s)(?:baby )?(" + NAME_WORD + "))?(?:(?:,\\s|,?\\s(?:&|and)\\s)(?:baby )?(" + NAME_WORD + "))?"
            // "— Hugo Albrecht, patient, 90 and counting"
            + "(?:\\s*\\([^)]{0,30}\\)|,\\s(?:patient|mom|dad|wife|husband|daughter|son|caregiver|grateful|a grateful)\\b[^\\n.!?]{0,30})?[.!]?\\s*$");
    private static final Set<String> DEPARTMENT_WORDS = Set.of("Patient", "Member", "Guest", "Customer", "Community", "Office",
            "Practice", "Clinic", "Billing", "Scheduling", "RN", "MD", "NP", "PA", "CNA", "LPN", "DO", "DDS");
    private static final Set<String> CODE_LABELS = Set.of("ID", "Id", "id", "#", "number", "Number", "No", "No.", "no.");
    /** Words that open a sentence about someone without being a name. */
    private static final Set<String> PRONOUNS = Set.of("He", "She", "It", "They", "We", "You", "Everyone", "Everybody", "Nobody",
            "Someone", "Somebody", "Anyone", "Anybody", "This", "That", "Who", "Mine", "Yours", "Hers", "His");
    /** The name printed after a record number: "Pt # 66-10482 Hargrove". */
    private static final Pattern NAME_AFTER_RECORD = Pattern.compile("\\b(?:MRN|Pt\\s?#|Patient\\s?#|Patient ID)\\s*:?\\s*[\\w-]*\\d[\\w-]*"
            + ",?\\s+(" + NAME_WORD + "(?:,? " + NAME_WORD + ")?)\\b(?!\\s*:)");
    /** A lower-case name the post marks as one: "someone named 'bernadette'", "mr. patel". */
    private static final Pattern LOWER_CASE_MARKED_NAME = Pattern.compile("\\bnamed\\s+['\"‘“]([a-z]{3,})['\"’”]"
            + "|\\b(?i:mr|mrs|ms|miss)\\.\\s+([a-z]{3,})\\b|\\b(?:mr|mrs)\\s+([a-z]{3,})\\b");
    /** A lower-case word where a name stands: after "grandpa", after "i'm", as a signature. */
    private static final Pattern LOWER_CASE_NAMED = Pattern.compile("\\b(?:grandpa|grandma|granny|nana|papa|pops?|uncle|aunt|auntie|cousin"
            + "|abuel[ao]|abuelit[ao]|nonn[ao]|oma|opa|lol[ao]|t[íi][ao]|koro|kuia|bubbe|zayde)\\s+(\\p{Ll}{3,12})(?!\\p{L})"
            + "|\\b(?:i'm|i’m|im|i am)\\s+([a-z]{3,12})(?:\\s([a-z]{3,14}))?(?=[,.!]|\\s*$)"
            + "|\\bhappy (?:birthday|bday|discharge day|homecoming day|last chemo day) (?:to )?([a-z]{3,12})(?=\\s*[!.,])"
            + "|(?:^|\\s)[-–—]\\s?([a-z]{2,12})\\s*$");
    private static final Pattern LOWER_CASE_SELF_NAMED = Pattern.compile("^\\s*([a-z]{3,12})(?:(['’]s (?:mom|mum|dad|mama|papa|wife|husband"
            + "|sister|brother|grandma|grandpa|nana|aunt|uncle|daughter|son) here\\b)|,? here\\s*[,.!:—–-])");
    /** Who a post's first word says the author is, when it is not a name: "nurse here", "lurker here". */
    private static final Set<String> NOT_SELF_NAMES = Set.of("same", "lurker", "longtime", "new", "anyone", "everyone", "nobody",
            "someone", "me", "parent", "caregiver", "resident", "student", "veteran", "local", "former", "retired", "fellow",
            "hello", "hey", "okay", "ok", "yes", "update", "edit", "mods", "admin", "op", "dude", "guys", "what", "why", "how", "who");
    /** What may continue a name found: a hyphenated part, a nickname in quotes, an initial, another capitalised word. */
    private static final Pattern NAME_CONTINUES = Pattern.compile("(?:,?\\s(?:Jr|Sr)\\.|,?\\s(?:Jr|Sr|II|III|IV)\\b|-" + NAME_WORD + "|\\s\\(?['\"‘“]" + NAME_WORD + "['\"’”]"
            + "|\\s\\(" + NAME_WORD + "(?:\\s" + NAME_WORD + ")?\\)|-\\p{Ll}{2,}(?![\\p{L}-])|(?<=\\b\\p{Lu}\\p{Ll}?)\\.\\s" + NAME_WORD + "|\\s" + UPPER + "\\.(?!\\w)|\\s(?![AI]\\b)[A-Z](?=\\s|,|$)|\\s" + NAME_WORD + "(?:-" + NAME_WORD + ")?)");

    /** A person introduced as such: "patient named Keisha Lamont", "Patient: Gwendolyn Barr", "I'm Dolores Reyes". */
    private static final Pattern INTRODUCED_NAME = Pattern.compile("\\b(?:[Pp]atient(?: is|:)|[Pp]atient named|(?<!(?:[Tt]ech|[Nn]urse"
            + "|[Dd]octor|[Mm]anager|[Gg]uard|[Aa]ide) )named|[Nn]ame is(?: not)?|[Nn]ame was|[Nn]ame's|I'm|I am|[Ll]ast name:?|[Ff]irst name:?"
            // "Patient name on it: Marisela Ortega"
            + "|[Pp]atient name(?: on (?:it|the \\w+))?:|[Nn]ame(?: is)? on (?:it|the \\w+)[:,]|(?:real|full|legal|birth) name(?: is)?:?"
            // "Name: Constance Oduya, Member ID …", "Name on the case is 'M. Goldberg'"
            + "|[Nn]ame:|[Nn]ame on (?:it|the \\w+) (?:is|says|reads)"
            + "|[Ss]urname:?)\\s+'?"
            + "((?:" + UPPER + "\\.\\s)?" + NAME_WORD + "(?:[ -]" + UPPER + "[\\p{Ll}'-]+)?)");
    /** The author opening with who they are: "Harriet Moss here", "June here — one year stroke-versary". */
    private static final Pattern SELF_NAMED = Pattern.compile("^\\s*(" + NAME_WORD + "(?: " + UPPER + "[\\p{Ll}'-]+)?|[A-Z]{2,3}(?=,? here\\b))(?:,? (?:Jr|Sr)\\.?| (?:II|III|IV))?,? (?:here|aqu[íi])\\b");

    /**
     * Words that make a named person likely enough to run the recogniser: who someone is to the
     * author, a record, a greeting. Care words alone are not enough: nearly every mention has them.
     */
    private static final Pattern PERSON_CUE = Pattern.compile("\\b(?:patient|admitted|discharg\\w*|room|dob|mrn|chart|wristband"
            + "|named?|prayers|passed|died|hi|dear|hello|records|member|letter|envelope|texts?|reminders?|for|ceo|update|kids"
            + "|^\\p{L}+,? here"
            + "|came home|(?:is|are|back|coming) home|babies|nicu|icu|recovery|surgery|born|i'm|label|bag|bottle|yelled|called out|date of birth|whiteboard|bracelet"
            + "|love to|he|she|his|her|him|mi|mis|oma|opa|av[óô]|nonna|nonno|abuel[ao]|t[íi][ao]|doña"
            + RELATIVE.replace("(?:", "|").replace(")", "") + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> TITLES = Set.of("dr", "dr.", "doctor", "nurse", "np", "pa", "rn", "md", "prof", "professor",
            "manager", "consultant", "tech", "technician", "chaplain", "rev", "rev.", "reverend", "receptionist", "guard",
            "coordinator", "assistant", "aide", "driver", "pastor", "officer", "advocate", "lady", "desk", "father",
            "surgeon", "dentist", "midwife", "dra", "doctora", "cna", "lpn", "imam", "rabbi", "sheikh", "mister", "volunteer", "pharmacist", "therapist", "hygienist", "ceo", "president", "director", "spokesperson",
            "chief", "governor", "senator", "mayor", "cfo", "coo", "chair", "administrator", "dean", "rep", "scheduler", "preceptor",
            "valet", "paramedic", "emt", "dietitian", "phlebotomist", "recepcionista", "enfermera", "enfermero", "attendant",
            "secretary", "counselor", "counsellor", "psychologist", "sonographer", "anesthesiologist", "doula", "interpreter",
            "pediatrician", "oncologist", "cardiologist", "physio", "worker", "practitioner", "optometrist", "orthodontist",
            "cashier", "barista", "scribe", "coach", "chef", "janitor", "transporter", "greeter", "clerk", "specialist", "author", "donor");
    private static final String TITLE_WORDS = TITLES.stream().map(Pattern::quote).sorted().collect(Collectors.joining("|"));
    private static final Pattern HONORIFIC_END = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra)\\.?\\s*$");
    private static final Pattern KIN_WORD = Pattern.compile("(?i:" + RELATIVE + ")");
    /** Last words of places, buildings and brands, not of people ("Park", "Hall" and "Lane" are surnames too). */
    private static final Set<String> PLACE_WORDS = Set.of("Ave", "Avenue", "Street", "St", "Road", "Rd", "Blvd", "Drive", "Atrium",
            "Lodge", "Chapel", "Auditorium",
            "Pavilion", "Structure", "Garage", "Wing", "Building", "Tower", "Library", "Institute", "Foundation",
            "Center", "Centre", "Campus", "Plaza", "Square", "Hortons");
    /** First words of streets in Spanish and French: "301 Calle Luna". */
    private static final Set<String> STREET_FIRST_WORDS = Set.of("Calle", "Avenida", "Camino", "Paseo", "Carrera", "Rue");
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s+(?:Ave|Avenue|Street|St|Rd|Road|Blvd|Pavilion|Structure"
            + "|Garage|Wing|Building|Tower|Library|Institute|Foundation|Center|Centre|Campus|Plaza)\\b|['’]s\\s+(?:\\w+\\s+)?(?:kiosk"
            + "|cookies?|coffee|frost(?:y|ies)|fries|burgers?|donuts?|restaurant|caf[eé]|store|shop)\\b|\\s+(?:cookie|coffee|kiosk"
            + "|caf[eé]|restaurant|quote|song|book|novel|movie|film|album|poster|team|department|program|services)\\b"
            // "Bluey on repeat", "Bill was $2,300"
            + "|\\s+on (?:repeat|loop|TV|Netflix)\\b|\\s+(?:was|is|came to|came out to|totals?)\\s+(?:\\w+\\s+)?\\$");
    /** "reading Agatha Christie", "looks exactly like Derek Shepherd": an author, a singer, a character. */
    private static final Pattern MEDIA_BEFORE = Pattern.compile("\\b(?:reading|read|re-reading|watching|watched|listening to"
            + "|playing|played|plays|sang|singing|blasting|(?:books?|novels?|songs?|album|show) by|looks? (?:exactly |just )?like|fan of"
            + "|named (?:after|for)(?: (?:captain|donor|saint|st\\.|dr\\.|president|senator|general|mayor))?"
            + "|leyendo|viendo)\\s+$", Pattern.CASE_INSENSITIVE);
    /** "a stuffed giraffe named Gerald", "PA named Grant", "the receptionist named Grace". */
    private static final String CALLED = "(?:\\s+\\w+){0,2}?\\s+(?:named|called)\\s+['\"“]?";
    private static final Pattern NAMED_THING_BEFORE = Pattern.compile("\\b(?:dog|cat|pony|puppy|kitten|horse|pet|bunny|hamster"
            + "|parrot|pup|animal|giraffe|bear|teddy|toy|doll|plush|stuffie|unicorn|balloon|fish|bird|robot|car|truck"
            + "|hip|knee|implant|pump|pacemaker|cast|wheelchair|walker|cane|boot)" + CALLED + "$"
            // "My son's stuffed giraffe, Mr. Noodles", not "hit by a car, Diego"
            + "|\\b(?:dog|cat|pony|puppy|kitten|bunny|hamster|parrot|giraffe|bear|teddy|doll|plush|stuffie|unicorn)"
            + ",\\s+(?:(?:mr|mrs|ms|miss|sir|lady|captain|princess|prince)\\.?\\s+)?$"
            + "|\\b(?:" + TITLE_WORDS + ")" + CALLED + "$", Pattern.CASE_INSENSITIVE);
    /** "The hospice nurses (especially Bogdan)", "the front desk staff, esp. Carmen": one of the staff. */
    private static final Pattern STAFF_PICKED_OUT = Pattern.compile("\\b(?:(?:" + TITLE_WORDS + ")s|staff|team|crew)\\b[^.!?]{0,12}?"
            + "[(,—–-]\\s*(?:especially|esp\\.?|particularly|including|like)\\s+$", Pattern.CASE_INSENSITIVE);
    /** "Tasha at registration", "Gary from Facilities", "Colleen Fitzgerald-Ward, the director", "Guadalupe, la recepcionista". */
    private static final Pattern STAFF_AFTER = Pattern.compile("\\s+(?:at|from|in|on|of)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}']*\\s+){0,3}?"
            + "(?:front desk|desk|triage|registration|reception|check-?in|billing|scheduling|facilities|admissions|radiology"
            + "|imaging|x-ray|records|patient relations|security|housekeeping|dietary|pharmacy|lab|gift shop|cafeteria)\\b"
            // "I'm Rosalind Hughes, the lady who fainted in the lobby": a lady who did something is no desk's
            + "|,?\\s+(?:the|our|their|an?|la|el|nuestr[oa])\\s+(?:\\w+\\s+)?(?:" + TITLE_WORDS + ")\\b(?!(?<=lady)\\s+who\\b)", Pattern.CASE_INSENSITIVE);
    /** Characters and public figures, in small letters: see {@link #publicFigure}. */
    private static final Set<String> PUBLIC_FIGURES = Set.of(
            // television doctors and the children's shows on in waiting rooms
            "meredith grey", "grey's", "derek shepherd", "miranda bailey", "doogie howser", "patch adams", "bluey", "bingo",
            "bandit", "peppa pig", "spider-man", "spiderman", "nemo", "dory", "elmo",
            // singers and athletes played or watched in waiting rooms
            "dolly parton", "beyoncé", "beyonce", "taylor swift", "oprah", "oprah winfrey", "lebron james", "tom hanks",
            "cristiano ronaldo",
            // the officials and public figures public health tweets name most
            "donald trump", "trump", "joe biden", "biden", "barack obama", "obama", "boris johnson", "bill gates", "nancy pelosi",
            "pelosi", "anthony fauci", "fauci", "narendra modi", "modi", "vladimir putin", "putin", "justin trudeau",
            "angela merkel", "kamala harris", "pope francis", "george soros", "elon musk");
    /** Capitalised words the recogniser takes for names that are not a person's. */
    private static final Set<String> NOT_NAMES = Set.of("Hi", "Hello", "Dear", "Thanks", "Thank", "ER", "ICU", "God", "Jesus",
            "Mr", "Mrs", "Ms", "Miss", "Mx", "Rev", "Nana", "Grandma", "Grandpa", "Mom", "Dad", "Sorry", "Not", "So", "Just", "Here",
            "Hygienist", "Nurse", "Doctor", "Receptionist", "DOB", "MRN", "SSN", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Google", "Yelp", "Rm", "Room", "Bed", "Apt", "Unit", "Team", "Everyone", "All", "Folks",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Same", "Open", "Closed", "Resident", "Occupant", "Scout", "Scouts", "Gran", "Gramma", "Grammy", "Gma", "Pappa", "Mamma",
            "Mamá", "Papá", "Abuelita", "Abuelito", "Medicare", "Medicaid", "Never", "Fever",
            // departments: "our Patient Relations team"
            "Relations", "Experience", "Advocate", "Advocacy", "Services", "Portal", "Liaison", "Navigator", "Safety", "Access",
            "Financial", "Imaging", "Billing", "Scheduling", "Radiology", "Cardiology", "Oncology", "Still",
            // units and verbs that open a line: "Mercy Ridge Children's ED was incredible", "Diagnosed 10/09/2023"
            "ED", "NICU", "PICU", "MICU", "CCU", "PACU", "OR", "PT", "OT", "IV", "MRI", "CT", "Diagnosed", "Admitted", "Discharged",
            "Born", "Seen", "Started", "Finished", "Scheduled", "Booked",
            "Mama", "Papa", "Mum", "Mommy", "Daddy", "Granny", "Grandad", "Granddad", "Grandmother", "Grandfather", "Auntie", "Oma",
            "Opa", "Nonna", "Nonno", "Abuela", "Abuelo", "Gracias", "Salamat", "Alhamdulillah", "Inshallah", "Mashallah", "Amen",
            "Namaste", "Merci", "Danke", "Obrigado", "Obrigada", "Shoutout", "Kudos", "Doc",
            // Spanish verbs after a kin word in a shouted post: "MI ABUELA CUMPLE 101 AÑOS"
            "Cumple", "Cumplió", "Está", "Esta", "Estuvo", "Salió", "Sale", "Tiene", "Tuvo", "Fue", "Sigue", "Ya", "Hoy",
            // what a post in small letters opens a sentence with, capitalised for the patterns: "lmao my appt …"
            "Lol", "Lmao", "Lmfao", "Rofl", "Omg", "Fml", "Smh", "Tbh", "Ngl", "Idk", "Imo", "Btw", "Fyi", "Wtf", "Welp", "Ugh", "Pls", "Plz", "Thx",
            // ranks: "my brother Cpl. Dante Rivera-Ocasio"
            "Cpl", "Sgt", "Pvt", "Lt", "Capt", "Spc", "Doña",
            // who acts in a sentence without being a person: "Staff got her a blanket", "Security has the keys"
            "Staff", "Security", "Reception", "Housekeeping", "Nursing", "Triage", "Registration", "Admissions");

    private static final Set<String> SPORTS_GUARDS = Set.of("point", "shooting");
    private static final Pattern WORDS_BEFORE = Pattern.compile("(?:(\\p{L}+)\\s+)?(\\p{L}+)[.,]?\\s*$");
    /** A clinician or official by title: "Pharmacist Ahmed", "Dr. Kim", "the receptionist, Kayla". */
    private static final Pattern STAFF_NAME = Pattern.compile("\\b(?:(?<!\\b(?i:my|our|his|her|your|their) )Father|(?i:(?!father\\b)(?<!point |shooting )(?:"
            + TITLE_WORDS + ")))\\.?,?\\s+(?:(?:named|called)\\s+)?(" + NAME_WORD + "(?:\\s" + NAME_WORD + ")?)"
            // "We've shared them with Priscilla and the whole 4 North team", "just ask for Trevor"
            + "|\\b(?:shared|share|pass(?:ed)?|forward(?:ed)?)\\s+(?:\\w+\\s+){0,3}?(?:to|with)\\s+(" + NAME_WORD
            + ")\\s+and\\s+(?:the\\s+)?(?:whole\\s+|entire\\s+|rest of the\\s+)?(?:\\w+\\s+){0,2}(?:team|crew|staff|unit)\\b"
            + "|\\b[Aa]sk for\\s+(" + NAME_WORD + ")\\b(?!['’]|\\s+" + NAME_WORD + ")");
    /** A title or a team, then names listed: "nurses Fatima, Jolene and Bao", "front desk team (Jacinta and Luis)". */
    private static final Pattern STAFF_LIST = Pattern.compile("(?i:\\b(?:" + TITLE_WORDS + ")s?|\\bteam|\\bstaff|\\bcrew)\\.?,?\\s+\\(?"
            + NAME_WORD + "(?:(?:,\\s+|,?\\s+(?:and|&)\\s+)(?:(?i:" + TITLE_WORDS + ")\\.?\\s+|\\p{Lu}{2,3}\\s+)?" + NAME_WORD + ")+"
            + "|" + NAME_WORD + "\\s+(?:and|&)\\s+(?i:" + TITLE_WORDS + ")\\.?\\s+" + NAME_WORD);
    private static final Pattern NICKNAME_WORD = Pattern.compile("(?<!\\p{L})(?:Big|Lil'?|Little) $");
    private static final Pattern LISTED_NAME = Pattern.compile("(?<!\\p{L})" + NAME_WORD + "(?!\\p{L})");
    /** "my dog Charlie", "a new pony named Rosie": an animal's name. */
    private static final Set<String> PETS = Set.of("dog", "cat", "pony", "puppy", "kitten", "horse", "pet", "bunny", "hamster",
            "parrot", "pup");
    private static final Set<String> POSSESSIVES = Set.of("my", "our", "his", "her", "your", "their");
    /** Words of institutions' names: "Cedar Hollow's x-ray tech" speaks of a place, not a person. */
    private static final Set<String> INSTITUTION_WORDS = Set.of("Hollow", "Ridge", "Regional", "General", "Clinic", "Clinics",
            "Hospital", "Health", "Care", "Center", "Centre", "Medical", "Dental", "Practice", "Urgent", "Family", "North", "South",
            "East", "West", "Memorial", "Children's", "Pharmacy", "Labs", "Plan");
    private static final Pattern QUOTED_FULL_NAME = Pattern.compile("[\"“']" + NAME_WORD + " " + NAME_WORD + "");
    /** Who a family, a loss or a nickname names: "the Abara home", "We lost Teodoro", "we all call him Bear", "He answers to 'JB'". */
    private static final Pattern NAMED_BY_KIN = Pattern.compile("\\bthe (" + NAME_WORD + "(?:-" + NAME_WORD + ")?) (?:family|home|household|twins)\\b"
            + "|\\b(?:kid|boy|girl|lady|man|guy|woman|couple) next door,? (" + NAME_WORD + ")"
            + "|\\b(?:spelled|spelt|wrote|printed|listed) (?:me|my name|his name|her name) (?:as )?(" + NAME_WORD + " " + NAME_WORD + ")"
            + "|\\b(?:[Ww]e|I|[Tt]hey) lost (?:(?:my|our|their) (?:" + RELATIVE + ") )?(" + NAME_WORD + ")"
            + "|\\b(?:call|calls|called) (?:him|her|them|me) ['\"‘“]?(" + NAME_WORD + "|\\p{Lu}{2,3})\\b"
            + "|\\b(?:answers|answered) to ['\"‘“]?(" + NAME_WORD + "|\\p{Lu}{2,3})\\b");
    /** "'Ivy Castellanos, 4417 Sparrow Hollow Dr": the full name a person's address is written under. */
    private static final Pattern NAME_BEFORE_PLACE = Pattern.compile("(?<!\\p{L})(" + NAME_WORD + "(?: " + UPPER + "\\.)?(?: " + NAME_WORD
            + "(?:-" + NAME_WORD + ")?){1,2}),?\\s*$");
    /**
     * "Meal train for Ravi & Priya Raman", "spelled me Jakub Nowicky instead of Jakub Nowicki": the name joined to one
     * found; not with "and", which lists characters too ("Spider-Man and Bluey").
     */
    private static final Pattern JOINED_AFTER = Pattern.compile("\\s(?:&|instead of|rather than)\\s(" + NAME_WORD + "(?: " + NAME_WORD + ")?)(?![\\p{L}'’])");
    private static final Pattern JOINED_BEFORE = Pattern.compile("(?<![\\p{L}'’])(" + NAME_WORD + ")\\s&\\s$");
    /** A name's other writing in brackets right after it or right before: "Wang Xiuying (王秀英)", "陈美玲 (Chen Meiling)". */
    private static final String OTHER_SCRIPT = "[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}\\p{IsCyrillic}\\p{IsArabic}"
            + "\\p{IsHebrew}\\p{IsGreek}\\p{IsThai}\\p{IsDevanagari}\\p{IsEthiopic}]";
    private static final Pattern OTHER_WRITING_AFTER = Pattern.compile("\\s*[(（]\\s*((?:" + OTHER_SCRIPT + "+\\s?){1,3}?)\\s*[)）]");
    private static final Pattern OTHER_WRITING_BEFORE = Pattern.compile("(?<![\\p{L}])(" + OTHER_SCRIPT + "+)\\s*[(（]\\s*$");
    /** Common capitalised words that are also given names, read as one in a greeting: "Hi Will,", "June, we're so happy". */
    private static final Set<String> GIVEN_NAMES_AMONG_COMMON = Set.of("Will", "May", "June", "April", "August");
    /** A full name quoted as someone else's: "a bill addressed to a \"Hope Castellanos\"". */
    private static final Pattern ADDRESSED_NAME = Pattern.compile("\\b(?:addressed to|made out to|mailed to|sent to|for|named|called"
            + "|under|labeled|labelled)\\s+(?:an?\\s+|the\\s+)?[\"“']([\\p{Lu}][\\p{L}'-]+(?: [\\p{Lu}][\\p{L}'-]+){1,2})[\"”']");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\w@#])" + NAME_WORD + "\\b");
    private static final Set<String> COMMON_CAPITALISED = Set.of("I", "The", "A", "An", "My", "Our", "We", "They", "This", "That",
            "It", "So", "And", "But", "If", "When", "What", "Why", "How", "Who", "Is", "Are", "Was", "Do", "Does", "Did", "Just",
            "Thank", "Thanks", "Please", "Sorry", "Great", "Worst", "Best", "Never", "Always", "No", "Yes", "Not", "Got", "Had",
            "Been", "Still", "Also", "Then", "Now", "Today", "Tonight", "Yesterday", "Tomorrow", "Dr", "Doctor", "Nurse", "Hospital",
            "Clinic", "Urgent", "Care", "Health", "Plan", "Center", "Medical", "Emergency", "Billing", "Insurance", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "PSA",
            "Update", "Anyone", "Can", "Will", "Would", "Should", "Could", "Went", "Waited", "Called", "Love", "Shoutout",
            "Huge", "Five", "One", "Two", "Three", "Four", "Avoid", "Stay", "Wow", "Okay", "Ok", "Lol", "Omg", "Honestly",
            // words that open a sentence about a day: "Born 2/29/1944", "Admitted 3/4"
            "On", "Born", "Admitted", "Discharged", "Since", "Seen", "Visited", "Due", "Until", "Before", "After", "From",
            "Dated", "Scheduled", "Booked", "Starting", "Started", "Surgery", "Appointment", "Appt", "Visit", "Birthday", "Died",
            "Passed", "Delivered", "Expires", "Updated", "Posted", "Closed", "Ends", "In", "At", "By", "For", "Of", "To", "Or", "As",
            "First", "Last", "Next", "Again", "Later", "Hours", "Your", "Her", "His", "Their", "Its", "Life", "Pain");

    private final Set<String> knownWords;
    private final Set<String> organisationWords;
    /** The watched organisations' and facilities' names and aliases, as written; null when none are watched. */
    private final Pattern organisationNames;
    /** The recogniser trained on our labelled mentions ({@link PatientNames}); null for none. */
    private final Supplier<CRFClassifier<CoreLabel>> patientNames;

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
        this(knownWords, organisationWords, List.of());
    }

    /**
     * @param organisationNames the watched organisations' and facilities' names and aliases: a
     *     line or address right after one of them is the organisation's ("Cedar Hollow Urgent Care
     *     at (608) 555-0121")
     */
    public HealthPrivacyDetector(Set<String> knownWords, Set<String> organisationWords, List<String> organisationNames) {
        this(Set.copyOf(knownWords), Set.copyOf(organisationWords), organisationNames.isEmpty() ? null
                : Pattern.compile("(?<!\\p{L})(?:" + organisationNames.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?:['’]s)?(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), PatientNames::recogniser);
    }

    private HealthPrivacyDetector(Set<String> knownWords, Set<String> organisationWords, Pattern organisationNames,
            Supplier<CRFClassifier<CoreLabel>> patientNames) {
        this.knownWords = knownWords;
        this.organisationWords = organisationWords;
        this.organisationNames = organisationNames;
        this.patientNames = patientNames;
    }

    /**
     * The same detector with another patient name recogniser in place of the packaged one, or none
     * (null): what {@code scripts/carepulse train names --cross-validate} measures.
     */
    public HealthPrivacyDetector withPatientNames(CRFClassifier<CoreLabel> recogniser) {
        return new HealthPrivacyDetector(knownWords, organisationWords, organisationNames, recogniser == null ? null : () -> recogniser);
    }

    /** With the words of the watched organisations, facilities and providers known. */
    public static HealthPrivacyDetector forWatchlist(Watchlist watchlist) {
        List<String> names = watchlist.organisations().stream().flatMap(o -> Stream.of(Stream.of(o.name()),
                o.aliases().stream(), o.facilities().stream().flatMap(f -> Stream.concat(Stream.of(f.name()), f.aliases().stream())))
                .flatMap(n -> n)).toList();
        Set<String> organisations = words(names.stream());
        Set<String> known = new HashSet<>(organisations);
        known.addAll(words(watchlist.organisations().stream().flatMap(o -> o.providers().stream())
                .flatMap(p -> Stream.concat(Stream.of(p.name()), p.aliases().stream()))));
        return new HealthPrivacyDetector(known, organisations, names);
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
        List<PhiFinding> found = new ArrayList<>(PhiPatterns.find(text, organisationNames));
        // names are looked for in a shouted text as if each word were capitalised, and in a text written in
        // small letters where a person may be named as the truecaser capitalises it: the recogniser and the
        // patterns know "Walter Brzezinski", not "WALTER BRZEZINSKI" or "walter brzezinski"; offsets are the same
        String words = shouted(text) ? capitalisedWords(text)
                : writtenInLowerCase(text) && PERSON_CUE.matcher(text).find() ? truecased(text) : text;
        Set<String> staff = new HashSet<>();
        Set<String> unwell = new HashSet<>();
        lowerCaseNames(text, found);
        introducedNames(words, found, staff, unwell);
        namesOnPlaces(words, found);
        // a shouted stretch in a calm post ("MY DAD RICHARD RANG THE BELL today") is read both ways by the
        // patterns, so that a label printed in capitals ("KOWALCZYK, ANNA MRN …") is still seen as printed
        String calmer = words == text ? withShoutedRunsCapitalised(text) : text;
        if (calmer != text) {
            List<PhiFinding> shoutedNames = new ArrayList<>();
            introducedNames(calmer, shoutedNames, staff, unwell);
            // shouting is mostly verbs: "THAT'S THE NUMBER I'M CALLING" introduces no one
            shoutedNames.removeIf(f -> SHOUTED_VERB.matcher(calmer.substring(f.start(), f.end())).find());
            found.addAll(shoutedNames);
        }
        if (hasUnknownCapital(words)) {
            boolean cued = PERSON_CUE.matcher(words).find() || QUOTED_FULL_NAME.matcher(words).find();
            if (cued || patientNames != null) {
                recognisedNames(words, found, staff, cued);
            }
        }
        // "Pharmacist Ahmed … Thank you, Ahmed.": a name the text gives a clinician is theirs wherever it stands
        if (found.stream().anyMatch(f -> f.type() == PhiType.NAME)) {
            joinedNames(words, found);
            otherWritings(words, found);
            staffLists(words, staff);
        }
        found.removeIf(f -> {
            if (f.type() != PhiType.NAME) {
                return false;
            }
            List<String> parts = nameParts(words.substring(f.start(), f.end()));
            // "Our charge nurse Lupe got admitted … Get well, Lupe": staff who are wished well are patients
            return staff.containsAll(parts) && !unwell.containsAll(parts) || notAPatient(words, f) || publicFigure(words, f);
        });
        return resolve(text, everyMention(words, completeNames(words, found)));
    }

    /**
     * Written in small letters: four words or more, at most one of them capitalised ("my mom rosa is in
     * the icu"), not counting a watched organisation's name or a word in capitals ("haruto's first ER
     * trip. 2am, Mercy Ridge Children's": the writer capitalised what is printed so, not names), and
     * with no shouted stretch.
     */
    private boolean writtenInLowerCase(String text) {
        Matcher capital = WORD_CAPITAL.matcher(text);
        int capitals = 0;
        while (capital.find() && capitals < 2) {
            int end = capital.start() + 1;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String word = text.substring(capital.start(), end);
            boolean printed = organisationWords.contains(word.toLowerCase(Locale.ROOT))
                    || word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
            capitals += printed ? 0 : 1;
        }
        // "SKYLAR IS AWAKE!!!!! 4 days in …": a shouted stretch is read as one, not as small letters
        return capitals <= 1 && text.split("\\s+", 5).length >= 4 && !SHOUTED_RUN.matcher(text).find();
    }

    /**
     * The text with the capitals its words most often have in CoreNLP's truecasing list ("update from
     * hazel" → "update from Hazel", "will" stays "will") and a capital at each sentence's start, as
     * the patterns expect ("bill got his pacemaker" → "Bill got his pacemaker"), letter for letter,
     * so that offsets stay the same.
     */
    private static String truecased(String text) {
        Map<String, String> casings = NlpPipelines.casings();
        StringBuilder cased = new StringBuilder(text);
        Matcher word = LOWER_WORD.matcher(text);
        while (word.find()) {
            String casing = casings.get(word.group());
            // Spanish words the list knows capitalised from English text ("Mi", "Hija", "Hoy") stay as written, and so
            // do words that are never a name though sentences often open with them ("Marek finally came home")
            if (casing != null && casing.length() == word.group().length() && !SPANISH_WORDS.contains(word.group())
                    && !NOT_LOWER_NAMES.contains(word.group()) && !ARTICLE_BEFORE.matcher(text).region(0, word.start()).find()) {
                cased.replace(word.start(), word.end(), casing);
            }
        }
        Matcher start = SENTENCE_START.matcher(text);
        while (start.find()) {
            cased.setCharAt(start.start(1), Character.toUpperCase(cased.charAt(start.start(1))));
        }
        return cased.toString();
    }

    /** Mostly capitals: "MY FATHER WAS LEFT ON A STRETCHER". */
    private static boolean shouted(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 12 && upper >= 0.8 * letters;
    }

    /**
     * A character or a public figure named as such: "Meredith Grey would never let a patient wait 6
     * hours", "watching Grey's", "They had Bluey on in every room", "Dolly Parton on the overhead
     * speakers". Posts about care compare staff with them or name them as a comfort, never as the
     * patient; the list holds the ones our development files and public health tweets name most.
     */
    private static boolean publicFigure(String text, PhiFinding f) {
        String name = text.substring(f.start(), f.end()).toLowerCase(Locale.ROOT);
        boolean possessive = text.startsWith("'s", f.end()) || text.startsWith("’s", f.end());
        return PUBLIC_FIGURES.contains(name) || possessive && PUBLIC_FIGURES.contains(name + "'s");
    }

    /** The full name a person's address is written under: "'Ivy Castellanos, 4417 Sparrow Hollow Dr". */
    private void namesOnPlaces(String text, List<PhiFinding> found) {
        for (PhiFinding place : List.copyOf(found)) {
            if (place.type() != PhiType.ADDRESS) {
                continue;
            }
            Matcher m = NAME_BEFORE_PLACE.matcher(text.substring(Math.max(0, place.start() - 40), place.start()));
            if (m.find() && nameWords(m.group(1), false) && !titledBefore(text, place.start() - m.group().length())) {
                int start = place.start() - m.group().length();
                found.add(new PhiFinding(PhiType.NAME, start, start + m.group(1).length(), 0.8));
            }
        }
    }

    /** A name joined by "&" to a name found, before or after it: "Meal train for Thảo & Minh". */
    private void joinedNames(String text, List<PhiFinding> found) {
        for (PhiFinding name : List.copyOf(found)) {
            if (name.type() != PhiType.NAME) {
                continue;
            }
            Matcher after = JOINED_AFTER.matcher(text).region(name.end(), text.length());
            if (after.lookingAt() && nameWords(after.group(1), false) && !titledBefore(text, after.start(1))) {
                found.add(new PhiFinding(PhiType.NAME, after.start(1), after.end(1), 0.8));
            }
            Matcher before = JOINED_BEFORE.matcher(text).region(Math.max(0, name.start() - 30), name.start()).useTransparentBounds(true);
            if (before.find() && nameWords(before.group(1), false) && !titledBefore(text, before.start(1))) {
                found.add(new PhiFinding(PhiType.NAME, before.start(1), before.end(1), 0.8));
            }
        }
    }

    /** The same name written in another script in brackets beside a name found: "my mother Wang Xiuying (王秀英)". */
    private static void otherWritings(String text, List<PhiFinding> found) {
        for (PhiFinding name : List.copyOf(found)) {
            if (name.type() != PhiType.NAME) {
                continue;
            }
            Matcher after = OTHER_WRITING_AFTER.matcher(text).region(name.end(), text.length());
            if (after.lookingAt()) {
                found.add(new PhiFinding(PhiType.NAME, after.start(1), after.end(1), name.confidence()));
            }
            Matcher before = OTHER_WRITING_BEFORE.matcher(text).region(Math.max(0, name.start() - 20), name.start())
                    .useTransparentBounds(true);
            if (before.find()) {
                found.add(new PhiFinding(PhiType.NAME, before.start(1), before.end(1), name.confidence()));
            }
        }
    }

    /** "nurses Fatima, Jolene and Bao", "Dr. Okafor, nurse Dev, and PT Sam", "front desk team (Jacinta and Luis)": all staff. */
    private static void staffLists(String text, Set<String> staff) {
        Matcher list = STAFF_LIST.matcher(text);
        while (list.find()) {
            Matcher name = LISTED_NAME.matcher(list.group());
            while (name.find()) {
                staff.addAll(nameParts(name.group()));
            }
        }
    }

    /**
     * A name the words around it give to someone other than a patient: a kin word standing alone
     * ("Abbu (Iqbal Shaikh)"), a place ("Lincoln Ave", "the Eleanor Whitcombe Cancer Pavilion"), an
     * author or a character ("reading Agatha Christie"), staff by where they work ("Tasha at
     * registration", "Colleen Fitzgerald-Ward, the director"), and a clinician, pet or toy "named" so.
     */
    private static boolean notAPatient(String text, PhiFinding f) {
        String name = text.substring(f.start(), f.end());
        List<String> parts = nameParts(name);
        if (parts.size() == 1 && KIN_WORD.matcher(name).matches()) {
            return true;
        }
        if (PLACE_WORDS.contains(parts.get(parts.size() - 1)) || STREET_FIRST_WORDS.contains(parts.get(0))) {
            return true;
        }
        // "Dr. Patel-Wright": the end of a clinician's double surname
        int word = f.start();
        while (word > 1 && text.charAt(word - 1) == '-' && Character.isLetter(text.charAt(word - 2))) {
            word -= 2;
            while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
                word--;
            }
        }
        if (word < f.start() && titledBefore(text, word)) {
            return true;
        }
        String before = text.substring(Math.max(0, f.start() - 40), f.start());
        String after = text.substring(f.end(), Math.min(text.length(), f.end() + 40));
        // "Hello Olumide, our nurse will call you": the one greeted, not the nurse
        boolean greeted = GREETED.matcher(text.substring(0, f.start())).matches();
        return MEDIA_BEFORE.matcher(before).find() || NAMED_THING_BEFORE.matcher(before).find() || STAFF_PICKED_OUT.matcher(before).find()
                || PLACE_AFTER.matcher(after).lookingAt() || !greeted && STAFF_AFTER.matcher(after).lookingAt();
    }

    /** "MY DAD RICHARD RANG THE BELL today": three or more shouted words in a row, read as capitalised words. */
    private static String withShoutedRunsCapitalised(String text) {
        Matcher run = SHOUTED_RUN.matcher(text);
        if (!run.find()) {
            return text;
        }
        StringBuilder words = new StringBuilder(text);
        do {
            words.replace(run.start(), run.end(), capitalisedWords(run.group()));
        } while (run.find());
        return words.toString();
    }

    /** Each word with a capital first and small letters after, one character for one. */
    private static String capitalisedWords(String text) {
        StringBuilder words = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean first = i == 0 || !Character.isLetter(text.charAt(i - 1)) && text.charAt(i - 1) != '\'' && text.charAt(i - 1) != '’';
            words.append(first ? c : Character.toLowerCase(c));
        }
        return words.toString();
    }

    private static List<String> nameParts(String name) {
        return Arrays.asList(name.split("[^\\p{L}'’-]+"));
    }

    /** Names in posts written in small letters, read as written: "my dad ernesto", "mi hija xiomara", "mr. patel". */
    private static void lowerCaseNames(String text, List<PhiFinding> found) {
        Matcher lower = LOWER_CASE_RELATIVE_NAME.matcher(text);
        while (lower.find()) {
            int g = firstGroup(lower);
            // "my husband coded": a verb in the past, not a name ("ted", "fred" are too short to be one)
            boolean pastTense = lower.group(g).length() >= 5 && lower.group(g).endsWith("ed");
            // "diagnosed my dad early": an adverb, unless the word is mostly a name ("my daughter emily")
            boolean adverb = lower.group(g).endsWith("ly") && !mostlyAName(lower.group(g));
            if (!NOT_LOWER_NAMES.contains(lower.group(g)) && !pastTense && !adverb) {
                found.add(new PhiFinding(PhiType.NAME, lower.start(g), lower.end(g), 0.7));
            }
        }
        Matcher spanish = LOWER_CASE_SPANISH_RELATIVE_NAME.matcher(text);
        while (spanish.find()) {
            if (!SPANISH_FUNCTION_WORDS.contains(spanish.group(1))) {
                found.add(new PhiFinding(PhiType.NAME, spanish.start(1), spanish.end(1), 0.7));
            }
        }
        Matcher marked = LOWER_CASE_MARKED_NAME.matcher(text);
        while (marked.find()) {
            int g = firstGroup(marked);
            if (!NOT_LOWER_NAMES.contains(marked.group(g))) {
                found.add(new PhiFinding(PhiType.NAME, marked.start(g), marked.end(g), 0.75));
            }
        }
        // "waiting for grandpa joe", "i'm laura, 34", "… -sol": only words that are mostly written as names
        Matcher named = LOWER_CASE_NAMED.matcher(text);
        while (named.find()) {
            for (int g = 1; g <= named.groupCount(); g++) {
                if (named.group(g) != null && mostlyAName(named.group(g))) {
                    found.add(new PhiFinding(PhiType.NAME, named.start(g), named.end(g), 0.7));
                }
            }
        }
        // "summer here, 3 days post-op", "chloe's mom here": the author says who they are
        Matcher self = LOWER_CASE_SELF_NAMED.matcher(text);
        if (self.find()) {
            String word = self.group(1);
            // "nurse here", "lurker here", "mom here", "same here": who or what, not a name
            boolean notAName = NOT_SELF_NAMES.contains(word) || NOT_LOWER_NAMES.contains(word) || TITLES.contains(word)
                    || KIN_WORD.matcher(word).matches();
            if (!notAName) {
                found.add(new PhiFinding(PhiType.NAME, self.start(1), self.end(1), 0.7));
            }
        }
    }

    /** The first group of a match of alternatives that took part in it. */
    private static int firstGroup(Matcher match) {
        int g = 1;
        while (match.group(g) == null) {
            g++;
        }
        return g;
    }

    private static boolean mostlyAName(String word) {
        String casing = NlpPipelines.casings().get(word);
        return casing != null && Character.isUpperCase(casing.charAt(0)) && !NOT_LOWER_NAMES.contains(word);
    }

    /** Names the patterns introduce as a person's; staff by title go to {@code staff}, anyone wished well to {@code unwell}. */
    private void introducedNames(String text, List<PhiFinding> found, Set<String> staff, Set<String> unwell) {
        Matcher titled = STAFF_NAME.matcher(text);
        while (titled.find()) {
            for (int g = 1; g <= titled.groupCount(); g++) {
                if (titled.group(g) != null) {
                    staff.addAll(nameParts(titled.group(g)));
                }
            }
        }
        for (Pattern p : new Pattern[] {RELATIVE_NAME, SPANISH_RELATIVE_NAME, GREETING_NAME, TITLED_RELATIVE, INTRODUCED_NAME,
                SELF_NAMED, PRINTED_NAME, WISHED_NAME, ADDRESSED_NAME, NAME_IN_CARE, NAMES_IN_CARE, NAME_CARED_FOR, HASHTAG_NAME, SIGNED_NAME,
                NAME_BEFORE_IDENTITY, NAME_AFTER_RECORD, NAME_OF_CARE, NAME_BY_CONTACT, NAMED_BY_KIN}) {
            if (p == NAME_OF_CARE && text.indexOf("'s") < 0 && text.indexOf("’s") < 0
                    || p == NAME_IN_CARE && !CARE_STATE_HINT.matcher(text).find()
                    || p == HASHTAG_NAME && text.indexOf('#') < 0
                    || p == NAME_BY_CONTACT && PhiPatterns.longestDigitRun(text) < 3 && text.indexOf('@') < 0
                    || p == NAMES_IN_CARE && text.indexOf(" and ") < 0 && text.indexOf(" & ") < 0) {
                continue; // rare words; the pattern would try every capitalised word
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    // after "my son", in a sentence of care or a signature a common word is a name too: "my son Will"
                    String name = m.group(g);
                    if (name == null) {
                        continue;
                    }
                    boolean commonAllowed = p == RELATIVE_NAME || p == NAME_IN_CARE || p == NAMES_IN_CARE || p == NAME_CARED_FOR
                            || p == SIGNED_NAME || p == SELF_NAMED || p == TITLED_RELATIVE
                            || p == GREETING_NAME && g <= 2 && GIVEN_NAMES_AMONG_COMMON.contains(name);
                    // "Great Grandpa Walt Is 100 Today": the first word alone when the second is not a name's
                    int space = name.indexOf(' ');
                    if (space > 0 && !nameWords(name, commonAllowed) && commonWordsOnly(name.substring(space + 1))) {
                        name = name.substring(0, space);
                    }
                    if (PRONOUNS.contains(name) || !nameWords(name, commonAllowed)
                            || p == SELF_NAMED && NOT_SELF_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    if (titledBefore(text, m.start(g))) {
                        staff.addAll(nameParts(name));
                    } else {
                        found.add(new PhiFinding(PhiType.NAME, m.start(g), m.start(g) + name.length(), 0.9));
                        if (p == WISHED_NAME && RECOVERY_WISH.matcher(m.group()).lookingAt()) {
                            unwell.addAll(nameParts(name));
                        }
                    }
                }
            }
        }
    }

    private static boolean commonWordsOnly(String words) {
        return Arrays.stream(words.split(" ")).allMatch(w -> COMMON_CAPITALISED.contains(w) || NOT_NAMES.contains(w));
    }

    /**
     * Whether every word of a name a pattern found may be a person's: not an institution's, a
     * watched organisation's first word, a word the recogniser mistakes for a name or (unless
     * common words are allowed) a common capitalised word. Initials are not judged.
     */
    private boolean nameWords(String name, boolean commonAllowed) {
        String[] words = name.split("[ ,-]+");
        if (organisationWords.contains(words[0].toLowerCase(Locale.ROOT)) || TITLES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return Arrays.stream(words).filter(w -> w.length() > 1).noneMatch(w -> INSTITUTION_WORDS.contains(w) || NOT_NAMES.contains(w)
                || !commonAllowed && COMMON_CAPITALISED.contains(w));
    }

    /**
     * "Dr. Kim", "Nurse Tamika": a title right before the name makes it a clinician's; "my father
     * Ignacio" is a relative, not a priest, and so is any "father" not written "Father".
     */
    private static boolean titledBefore(String text, int start) {
        // "his scheduler, Ms. Tran": the title stands before the honorific
        String before = HONORIFIC_END.matcher(text.substring(Math.max(0, start - 40), start)).replaceFirst("");
        Matcher words = WORDS_BEFORE.matcher(before);
        if (!words.find()) {
            return false;
        }
        return PETS.contains(words.group(2).toLowerCase(Locale.ROOT)) || titleWord(words.group(2), words.group(1));
    }

    /**
     * A name found once is redacted wherever it stands in the text ("… Ferdinand Abara's invoice.
     * I don't know Ferdinand."): each of its words of three or more letters, as a whole word, with
     * or without its accents ("Nguyen Thi Lan" on the wristband, "Nguyễn Thị Lan" in the post),
     * and a full name in any case ("ROSEMARY TRAN … i am rosemary tran").
     */
    private static List<PhiFinding> everyMention(String text, List<PhiFinding> found) {
        List<PhiFinding> all = new ArrayList<>(found);
        Set<String> words = new HashSet<>();
        Set<String> fullNames = new HashSet<>();
        Set<String> smallWords = new HashSet<>();
        for (PhiFinding f : found) {
            if (f.type() != PhiType.NAME) {
                continue;
            }
            String name = text.substring(f.start(), f.end());
            for (String word : nameParts(name)) {
                if (word.length() >= 3 && Character.isUpperCase(word.charAt(0)) && !COMMON_CAPITALISED.contains(word)
                        && !NOT_NAMES.contains(word)) {
                    words.add(word);
                } else if (word.length() >= 4 && Character.isLowerCase(word.charAt(0))) {
                    smallWords.add(word); // "chloe's mom here lol. chloe got her braces off"
                }
            }
            if (name.matches("\\p{L}[\\p{L}'’-]+(?:[ ,]+\\p{L}[\\p{L}'’-]+)+")) {
                fullNames.add(name);
            }
        }
        if (words.isEmpty() && fullNames.isEmpty() && smallWords.isEmpty()) {
            return all;
        }
        String folded = fold(text, false);
        String lower = fold(text, true);
        for (String word : words) {
            addWholeWords(text, folded, fold(word, false), all);
            // "… Hiro's stay … i'm not hiro": in small letters too, when the name is not also a word
            String small = fold(word, true);
            // "Zoë Dufresne-Sato … i'm a zoe": the list knows the name without its accents
            if (NlpPipelines.casings().containsKey(word.toLowerCase(Locale.ROOT)) || NlpPipelines.casings().containsKey(small)) {
                addWholeWords(text, lower, small, all);
            }
        }
        for (String name : fullNames) {
            addWholeWords(text, lower, fold(name, true), all);
        }
        for (String word : smallWords) {
            addWholeWords(text, folded, fold(word, false), all);
        }
        return all;
    }

    private static void addWholeWords(String text, String folded, String name, List<PhiFinding> found) {
        for (int at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
            int end = at + name.length();
            // a whole word, and not inside an @handle or a hashtag ("@jen_r_writes", "@frugal_fiona")
            if ((at == 0 || !Character.isLetter(text.codePointBefore(at)) && !inHandle(text, at))
                    && (end == text.length() || !Character.isLetter(text.codePointAt(end)) && text.charAt(end) != '_')) {
                found.add(new PhiFinding(PhiType.NAME, at, end, 0.7));
            }
        }
    }

    private static boolean inHandle(String text, int at) {
        int i = at;
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) {
            i--;
        }
        return i > 0 && (text.charAt(i - 1) == '@' || text.charAt(i - 1) == '#');
    }

    /** The text with each letter's accents dropped (and in small letters), one character for one, so that offsets still hold. */
    private static String fold(String text, boolean lower) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char base = c < 0x80 || Character.isSurrogate(c) ? c : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            folded.append(lower ? Character.toLowerCase(base) : base);
        }
        return folded.toString();
    }

    /**
     * A name is redacted whole: the part a pattern or the recogniser found grows over the word a
     * nickname is made with ("Big" + "Earl") and over what continues it ("Adebayo" + "-Clarke",
     * "Ignatius" + " 'Iggy' Brennan", "Mia" + " R."), up to three more parts, but not over a watched
     * organisation's word or a common capitalised word.
     */
    private List<PhiFinding> completeNames(String text, List<PhiFinding> found) {
        List<PhiFinding> completed = new ArrayList<>(found.size());
        for (PhiFinding f : found) {
            int start = f.start();
            int end = f.end();
            if (f.type() == PhiType.NAME) {
                // "Big Earl", "Lil Dee": the word a nickname is made with belongs to it
                Matcher nickname = NICKNAME_WORD.matcher(text).region(Math.max(0, start - 6), start).useTransparentBounds(true);
                start = nickname.find() ? nickname.start() : start;
                Matcher m = NAME_CONTINUES.matcher(text).useTransparentBounds(true);
                for (int parts = 0; parts < 3 && m.region(end, text.length()).lookingAt(); parts++) {
                    String word = m.group().replaceAll("^[\\s'\"‘“(.,-]+|['\"’”.]+$", "");
                    if (NOT_NAMES.contains(word) || COMMON_CAPITALISED.contains(word)
                            || organisationWords.contains(word.toLowerCase(Locale.ROOT))) {
                        break;
                    }
                    end = m.end();
                }
            }
            completed.add(start == f.start() && end == f.end() ? f : new PhiFinding(f.type(), start, end, f.confidence()));
        }
        return completed;
    }

    /**
     * The names the recognisers find, as one: ours (when there is one) on every text it is given,
     * CoreNLP's news-trained one only where a person is cued (it finds the public figures and places
     * ours was taught to leave, but also names ours misses). Then the same checks for both: titles,
     * staff, places, towns.
     */
    private void recognisedNames(String text, List<PhiFinding> found, Set<String> staff, boolean cued) {
        Annotation doc = new Annotation(text);
        NlpPipelines.tokens().annotate(doc);
        List<CoreLabel> tokens = new ArrayList<>();
        List<Boolean> person = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> byNews = cued ? NlpPipelines.names().classifySentence(words) : null;
            List<CoreLabel> byOurs = patientNames != null ? patientNames.get().classifySentence(words) : null;
            for (int k = 0; k < words.size(); k++) {
                tokens.add(words.get(k));
                person.add(byOurs != null && isPerson(byOurs.get(k)) || cued && isPerson(byNews.get(k)));
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!person.get(i)) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && person.get(j + 1)) {
                j++;
            }
            // "Mama Jadwiga": the name without the word before it; "Nurse Tamika": a clinician's
            int from = i;
            boolean titled = false;
            while (from < j && (NOT_NAMES.contains(tokens.get(from).word())
                    || TITLES.contains(tokens.get(from).word().toLowerCase(Locale.ROOT)))) {
                titled |= isTitle(tokens, from);
                from++;
            }
            // a name is words: an emoji or "..." the recogniser took into one stays out of its span
            int to = j;
            while (from <= to && !hasLetter(tokens.get(from).word())) {
                from++;
            }
            while (to >= from && !hasLetter(tokens.get(to).word())) {
                to--;
            }
            if (from > to) {
                i = j;
                continue;
            }
            boolean clinician = titled || staffBefore(tokens, from) || departmentAfter(tokens, to);
            // only a title right before or a department after says whose the name is elsewhere in the text
            if (titled || titleRightBefore(tokens, from) || departmentAfter(tokens, to)) {
                for (int k = from; k <= to; k++) {
                    staff.add(tokens.get(k).word());
                }
            }
            String first = tokens.get(from).word();
            boolean notName = NOT_NAMES.contains(first) || organisationWords.contains(first.toLowerCase(Locale.ROOT));
            boolean author = i > 0 && tokens.get(i - 1).word().startsWith("@");
            // "Ashby 54517", "Madison WI 53703": a town before its ZIP code, not a person
            boolean town = to + 1 < tokens.size() && tokens.get(to + 1).word().matches("\\d{5}(-\\d{4})?")
                    || to + 2 < tokens.size() && tokens.get(to + 1).word().matches("[A-Z]{2},?")
                    && tokens.get(to + 2).word().matches("\\d{5}(-\\d{4})?");
            if (!clinician && !notName && !author && !town) {
                found.add(new PhiFinding(PhiType.NAME, tokens.get(from).beginPosition(), tokens.get(to).endPosition(), 0.75));
            }
            i = j;
        }
    }

    private static boolean isPerson(CoreLabel token) {
        return "PERSON".equals(token.get(CoreAnnotations.AnswerAnnotation.class));
    }

    private static boolean hasLetter(String word) {
        return word.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean titleRightBefore(List<CoreLabel> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && tokens.get(k).word().matches("[,'\"`]+")) {
            k--;
        }
        return k >= 0 && isTitle(tokens, k);
    }

    /** Whether the token at {@code k} is a title, by {@link #titleWord}. */
    private static boolean isTitle(List<CoreLabel> tokens, int k) {
        return titleWord(tokens.get(k).word(), k > 0 ? tokens.get(k - 1).word() : null);
    }

    /**
     * Whether a word is a clinician's or an official's title, given the word before it: "father"
     * only as a priest's ("Father Michael", not "my father" or "Father" after "my"), "guard" not
     * as a player's ("our point guard Tre Ashby").
     */
    private static boolean titleWord(String word, String previous) {
        String title = word.toLowerCase(Locale.ROOT);
        if (!TITLES.contains(title)) {
            return false;
        }
        String before = previous == null ? "" : previous.toLowerCase(Locale.ROOT);
        boolean parent = title.equals("father") && (word.equals("father") || POSSESSIVES.contains(before));
        boolean player = title.equals("guard") && SPORTS_GUARDS.contains(before);
        return !parent && !player;
    }

    /**
     * "— Dana, Patient Experience": a name signed with the department it answers for; not a name
     * printed with its number ("Name: Constance Oduya, Member ID NSH-30-119882").
     */
    private static boolean departmentAfter(List<CoreLabel> tokens, int j) {
        return j + 2 < tokens.size() && tokens.get(j + 1).word().equals(",") && DEPARTMENT_WORDS.contains(tokens.get(j + 2).word())
                && !(j + 3 < tokens.size() && CODE_LABELS.contains(tokens.get(j + 3).word()));
    }

    /** A role or title within the two words before (commas and quotes skipped): "office manager, Kendra", "Tech named Andre". */
    private static boolean staffBefore(List<CoreLabel> tokens, int i) {
        int seen = 0;
        for (int k = i - 1; k >= 0 && seen < 2; k--) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (word.equals(",") || word.equals("'") || word.equals("\"") || word.equals("`") || word.equals("``")) {
                continue;
            }
            if (PETS.contains(word)) {
                return true;
            }
            if (TITLES.contains(word)) {
                return isTitle(tokens, k);
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
     * span covers both, so that no character either of them found is left in clear. Sorted by start,
     * the parts of a name joined.
     */
    private static List<PhiFinding> resolve(String text, List<PhiFinding> found) {
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
        return joinNameParts(text, kept);
    }

    /** Parts of one name found apart ("Nguyễn", "Thị", "Lan") are one name: "[NAME]", not "[NAME] [NAME] [NAME]". */
    private static List<PhiFinding> joinNameParts(String text, List<PhiFinding> sorted) {
        List<PhiFinding> joined = new ArrayList<>(sorted.size());
        for (PhiFinding f : sorted) {
            PhiFinding last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.type() == PhiType.NAME && f.type() == PhiType.NAME
                    && text.substring(last.end(), f.start()).isBlank()) {
                joined.set(joined.size() - 1, new PhiFinding(PhiType.NAME, last.start(), f.end(), last.confidence()));
            } else {
                joined.add(f);
            }
        }
        return joined;
    }
}
