package io.carepulse.models.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word, emoji and phrase valences on VADER's scale (-4 .. +4), with its boosters, dampeners
 * and negators. The VADER lexicon (Hutto & Gilbert 2014, MIT) is the base; CarePulse's own
 * lists add healthcare and service words and the phrases where a word's everyday polarity
 * misleads. Sources and licences: docs/DATA_SOURCES.md. Loaded once per JVM.
 */
final class SentimentLexicon {

    static final double BOOST = 0.293;

    /** A multi-word expression and the valence that replaces its words'. */
    record Phrase(String[] words, double valence) {}

    private static final SentimentLexicon INSTANCE = new SentimentLexicon();

    private final Map<String, Double> valences = new HashMap<>();
    private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();

    private static final Map<String, Double> BOOSTERS = boosters();
    private static final Set<String> NEGATORS = Set.of(
            "not", "n't", "no", "never", "none", "nobody", "noone", "nothing", "nowhere", "neither", "nor",
            "without", "cannot", "cant", "dont", "didnt", "doesnt", "isnt", "wasnt", "werent", "wont",
            "wouldnt", "shouldnt", "couldnt", "havent", "hasnt", "hadnt", "aint", "arent", "nope",
            "rarely", "seldom", "despite", "hardly");

    private SentimentLexicon() {
        load("vader_lexicon.tsv", false);
        load("carepulse_lexicon.tsv", true);
        load("emoji.tsv", true);
        for (String[] row : rows("carepulse_phrases.tsv")) {
            String[] words = row[0].split(" ");
            phrasesByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>())
                    .add(new Phrase(words, Double.parseDouble(row[1])));
        }
        phrasesByFirstWord.values().forEach(list ->
                list.sort(Comparator.comparingInt((Phrase p) -> p.words().length).reversed()));
    }

    static SentimentLexicon get() {
        return INSTANCE;
    }

    /** The valence of a normalised word or emoji, 0 when it carries none. */
    double valence(String norm) {
        Double v = valences.get(norm);
        if (v == null && norm.indexOf('\uFE0F') >= 0) {
            v = valences.get(norm.replace("\uFE0F", ""));
        }
        if (v == null && norm.length() > 3) {
            // stretched words are cut to two letters first ("gooood" -> "good"), then to one
            String single = norm.replaceAll("(\\p{L})\\1", "$1");
            v = valences.get(single);
        }
        return v == null ? 0.0 : v;
    }

    /** Positive for an intensifier ("very"), negative for a dampener ("slightly"), else 0. */
    double boost(String norm) {
        return BOOSTERS.getOrDefault(norm, 0.0);
    }

    boolean negates(String norm) {
        return NEGATORS.contains(norm);
    }

    List<Phrase> phrasesStartingWith(String norm) {
        return phrasesByFirstWord.getOrDefault(norm, List.of());
    }

    private void load(String resource, boolean override) {
        for (String[] row : rows(resource)) {
            double valence = Double.parseDouble(row[1]);
            if (override) {
                valences.put(row[0], valence);
            } else {
                valences.putIfAbsent(row[0].toLowerCase(java.util.Locale.ROOT), valence);
            }
        }
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sentiment resource " + resource + " is not packaged");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    if (parts.length >= 2) {
                        rows.add(new String[] {parts[0].strip(), parts[1].strip()});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sentiment resource " + resource, e);
        }
        return rows;
    }

    /** VADER's degree adverbs (empirically +-0.293), plus a few of social text. */
    private static Map<String, Double> boosters() {
        Map<String, Double> b = new HashMap<>();
        for (String w : new String[] {"absolutely", "amazingly", "awfully", "completely", "considerably",
            "decidedly", "deeply", "effing", "enormously", "entirely", "especially", "exceptionally", "extremely",
            "fabulously", "flipping", "flippin", "fricking", "frickin", "frigging", "friggin", "fully", "fucking",
            "greatly", "hella", "highly", "hugely", "incredibly", "intensely", "majorly", "more", "most",
            "particularly", "purely", "quite", "really", "remarkably", "so", "soo", "substantially", "thoroughly",
            "totally", "tremendously", "uber", "unbelievably", "unusually", "utterly", "very", "super", "mega",
            "insanely", "ridiculously", "seriously", "truly"}) {
            b.put(w, BOOST);
        }
        for (String w : new String[] {"almost", "barely", "kinda", "kindof", "less", "little",
            "marginally", "occasionally", "partly", "scarcely", "slightly", "somewhat", "sorta", "sortof", "bit"}) {
            b.put(w, -BOOST);
        }
        return Map.copyOf(b);
    }
}
