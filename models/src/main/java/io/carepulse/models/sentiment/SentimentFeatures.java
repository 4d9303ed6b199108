package io.carepulse.models.sentiment;

import io.carepulse.models.linear.FeatureVector;
import io.carepulse.models.linear.HashedFeatures;
import io.carepulse.models.sentiment.SentimentText.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a span of tokens into the features the sentiment model weighs: what the lexicon rules
 * found (their squashed sum, its positive and negative parts, emphasis); cues of the text's
 * style (case, handles, links, repeated punctuation), which tell a social post from a review
 * or edited prose; and the words, word pairs and character 3- to 5-grams themselves, hashed,
 * with words in a negation's scope marked ("not helpful" gives "¬helpful"). The words let the
 * model learn what the lexicon lacks or misjudges; character grams catch misspellings and
 * stretched words; the rules carry what few examples could teach (negation, boosters,
 * shouting).
 */
public final class SentimentFeatures {

    public static final int HASH_BITS = 18;
    public static final int DENSE = 21;
    /**
     * Feature indices run from 0 to DIMENSION - 1. Not a compile-time constant on purpose: other
     * modules must see a change of the hash size without being recompiled.
     */
    public static final int DIMENSION = Integer.sum(DENSE, 1 << HASH_BITS);

    private static final double CHARACTER_GRAM_WEIGHT = 0.5;
    /** Starts character-gram hashes apart from word hashes (as if every gram had a prefix). */
    private static final int GRAM_SEED = 0x63_3A; // "c:"
    private static final Set<String> SCOPE_ENDS = Set.of(".", ",", ";", ":", "!", "?", "but", "however", "although", "though");

    private final SentimentLexicon lexicon = SentimentLexicon.get();
    private final SentimentTokenizer tokenizer;
    private final ValenceRules rules = new ValenceRules();

    public SentimentFeatures() {
        this(new SentimentTokenizer());
    }

    SentimentFeatures(SentimentTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The features of a whole text, as the model was trained on. */
    public FeatureVector of(String text) {
        return of(allTokens(tokenizer.tokenize(text)));
    }

    SentimentText tokenize(String text) {
        return tokenizer.tokenize(text);
    }

    static List<Token> allTokens(SentimentText text) {
        List<Token> tokens = new ArrayList<>();
        text.sentences().forEach(s -> tokens.addAll(s.tokens()));
        return tokens;
    }

    FeatureVector of(List<Token> tokens) {
        Valence valence = rules.score(tokens);
        boolean question = isQuestion(tokens);
        List<String> terms = terms(tokens);
        int[] gramBuckets = characterGramBuckets(tokens);
        boolean sarcasm = sarcasmCue(tokens);
        double[] dense = {
            valence.compound(), valence.positiveShare(), valence.negativeShare(), Math.tanh(valence.sum() / 4),
            has(tokens, '!') ? 1 : 0, has(tokens, '?') ? 1 : 0, Math.log1p(tokens.size()) / 5,
            Math.tanh(valence.positive() / 4), Math.tanh(valence.negative() / 4), valence.neutral() / (1.0 + tokens.size()),
            // style: how the text is written, not what it says
            lowerCaseShare(tokens), startsLowerCase(tokens) ? 1 : 0, any(tokens, "@") ? 1 : 0,
            any(tokens, "http") || any(tokens, "#") ? 1 : 0, repeatedPunctuation(tokens) ? 1 : 0,
            // a question asks rather than judges: the model learns how much of the rules' verdict to keep
            question ? 1 : 0, question ? valence.compound() : 0, question ? Math.tanh(valence.sum() / 4) : 0,
            // sarcasm ("Love waiting 5 hours 🙄"): praise next to a complaint or an eye-roll, so the
            // model can learn to turn the praise around instead of averaging it with the complaint
            Math.tanh(valence.positive() / 4) * Math.tanh(valence.negative() / 4),
            sarcasm ? 1 : 0, sarcasm ? Math.tanh(valence.positive() / 4) : 0
        };
        int[] hashed = new int[Math.max(0, terms.size() * 2 - 1)];
        int h = 0;
        for (int i = 0; i < terms.size(); i++) {
            hashed[h++] = DENSE + bucket(terms.get(i));
            if (i + 1 < terms.size()) {
                hashed[h++] = DENSE + bucket(terms.get(i) + " " + terms.get(i + 1));
            }
        }
        // a word and a character gram may share a bucket: their values add up
        return HashedFeatures.of(dense, new int[][] {hashed, gramBuckets}, new double[] {1.0, CHARACTER_GRAM_WEIGHT});
    }

    /**
     * The buckets of the character 3- to 5-grams of the words (links and handles left out), word
     * edges as spaces. Hashed straight from the characters: no string per gram.
     */
    private static int[] characterGramBuckets(List<Token> tokens) {
        StringBuilder text = new StringBuilder(" ");
        for (Token t : tokens) {
            String norm = t.norm();
            if (!norm.startsWith("http") && !norm.startsWith("www.") && !(norm.startsWith("@") && norm.length() > 1)) {
                text.append(norm).append(' ');
            }
        }
        return HashedFeatures.characterGrams(text, GRAM_SEED, h -> DENSE + mix(h));
    }

    private static final Set<String> QUESTION_WORDS = Set.of("who", "what", "when", "where", "which", "why", "how",
            "does", "do", "did", "is", "are", "was", "can", "could", "should", "will", "would", "anyone", "any");

    /** Ends with a question mark, or opens with a question word and has one. */
    private static boolean isQuestion(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        String last = tokens.get(tokens.size() - 1).word();
        boolean asks = any(tokens, "?");
        return last.endsWith("?") || (asks && QUESTION_WORDS.contains(tokens.get(0).norm()));
    }

    private static double lowerCaseShare(List<Token> tokens) {
        int letters = 0;
        int lower = 0;
        for (Token t : tokens) {
            for (int k = 0; k < t.word().length(); k++) {
                char c = t.word().charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    lower += Character.isLowerCase(c) ? 1 : 0;
                }
            }
        }
        return letters == 0 ? 0 : (double) lower / letters;
    }

    private static boolean startsLowerCase(List<Token> tokens) {
        return !tokens.isEmpty() && Character.isLowerCase(tokens.get(0).word().charAt(0));
    }

    private static boolean any(List<Token> tokens, String prefix) {
        for (Token t : tokens) {
            if (t.norm().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SARCASM_WORDS = Set.of("/s", "#sarcasm", "sarcasm");
    private static final List<String> SARCASM_EMOJI = List.of("🙄", "🙃", "😒", "🤡", "👏");

    private static boolean sarcasmCue(List<Token> tokens) {
        for (Token t : tokens) {
            if (SARCASM_WORDS.contains(t.norm()) || SARCASM_EMOJI.stream().anyMatch(t.norm()::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeatedPunctuation(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.word().length() > 1 && (t.word().startsWith("!!") || t.word().startsWith("??") || t.word().contains("?!"))) {
                return true;
            }
        }
        return false;
    }

    /** Normalised words with negation scope marked; links, handles and numbers as placeholders. */
    private List<String> terms(List<Token> tokens) {
        List<String> terms = new ArrayList<>(tokens.size() + 2);
        boolean negated = false;
        for (Token t : tokens) {
            String norm = t.norm();
            if (SCOPE_ENDS.contains(norm)) {
                negated = false;
            }
            String term;
            if (norm.startsWith("http") || norm.startsWith("www.")) {
                term = "<url>";
            } else if (norm.startsWith("@") && norm.length() > 1) {
                term = "<user>";
            } else if (t.number()) {
                term = "<num>";
            } else {
                term = norm;
            }
            if (norm.startsWith("#") && norm.length() > 1) {
                terms.add(norm.substring(1)); // the hashtag's word counts as the word too
            }
            terms.add(negated ? "¬" + term : term);
            if (lexicon.negates(norm)) {
                negated = true;
            }
        }
        return terms;
    }

    private static boolean has(List<Token> tokens, char c) {
        for (Token t : tokens) {
            if (t.word().indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A stable bucket: String.hashCode is specified, and the mix spreads its low bits. */
    static int bucket(String term) {
        return mix(term.hashCode());
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        h ^= h >>> 15;
        return h & ((1 << HASH_BITS) - 1);
    }
}
