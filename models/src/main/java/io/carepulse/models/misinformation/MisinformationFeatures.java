package io.carepulse.models.misinformation;

import io.carepulse.models.linear.FeatureVector;
import io.carepulse.models.linear.HashedFeatures;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the misinformation model sees in a post: its words and word pairs, character 3- to
 * 5-grams (spelling variants, word parts, emoji), hashtags, @handles, link domains, the claim
 * tropes, and how it is written (links, capitals, exclamation). No CoreNLP: a regular-expression
 * tokenizer is enough for a bag of words and keeps the scorer far above 10,000 posts/s.
 * Features that a person can read (words, pairs, tags, handles, domains, tropes) keep their
 * names, so a score can say what drove it.
 */
public final class MisinformationFeatures {

    public static final int HASH_BITS = 20;
    private static final ClaimTrope[] TROPES = ClaimTrope.values();
    /** Style features, then one per trope. */
    public static final int DENSE = 10 + TROPES.length;
    public static final int DIMENSION = DENSE + (1 << HASH_BITS);
    private static final double WORD_WEIGHT = 1.0;
    private static final double GRAM_WEIGHT = 1.0;
    private static final int GRAM_SEED = 0x6d2b79f5;

    private static final Pattern TOKEN = Pattern.compile(
            "(?:https?://|www\\.)[^\\s]+|[#@]?[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?|[!?]");
    private static final Pattern URL_OR_HASHTAG = Pattern.compile("(?:https?://|www\\.)[^\\s]+|#[\\p{L}\\p{N}_]+");
    /** Words too common to explain anything when they show up as a reason. */
    private static final Set<String> UNREADABLE = Set.of("the", "a", "an", "of", "to", "in", "and", "is", "are", "for",
            "on", "at", "it", "it's", "its", "this", "that", "these", "those", "with", "be", "been", "as", "by", "from", "or",
            "was", "were", "has", "have", "had", "i", "you", "your", "we", "our", "they", "them", "their", "he", "she", "his",
            "her", "my", "me", "not", "no", "but", "so", "if", "just", "all", "can", "will", "do", "does", "did", "what",
            "who", "there", "here", "about", "into", "than", "then", "now", "more", "up", "out", "one");

    /**
     * A post's features, and those a reader would understand (words, pairs, tags, handles,
     * domains, tropes) by index. Their names are made only when asked for: most posts never
     * need a reason.
     */
    public record Features(FeatureVector vector, int[] namedIndices, String[] firsts, String[] seconds, byte[] kinds) {

        /** The reader's name of named feature {@code i}, or null for one not worth showing ("the"). */
        public String name(int i) {
            return switch (kinds[i]) {
                case TROPE -> firsts[i];
                case WORD -> UNREADABLE.contains(firsts[i]) ? null : "\"" + firsts[i] + "\"";
                case PAIR -> "\"" + firsts[i] + " " + seconds[i] + "\"";
                case LINK -> "link to " + firsts[i];
                default -> firsts[i]; // a hashtag or @handle as written
            };
        }
    }

    private static final byte TROPE = 0;
    private static final byte WORD = 1;
    private static final byte PAIR = 2;
    private static final byte LINK = 3;
    private static final byte TAG = 4;

    /** The post with its links and hashtags removed, as the stripped evaluation reads it. */
    public static String withoutUrlsAndHashtags(String text) {
        return URL_OR_HASHTAG.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private final float[] bucketWeights;

    /** Every bucket weighs the same. */
    public MisinformationFeatures() {
        this(null);
    }

    /** @param bucketWeights a weight per feature index (how informative the bucket is), or null */
    public MisinformationFeatures(float[] bucketWeights) {
        this.bucketWeights = bucketWeights;
    }

    public FeatureVector vector(String text) {
        return of(text).vector();
    }

    public Features of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Named named = new Named();
        List<String> words = new ArrayList<>();
        StringBuilder gramText = new StringBuilder(" ");
        int links = 0;
        int tags = 0;
        boolean handle = false;
        boolean exclamation = false;
        boolean question = false;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String written = m.group();
            String token = written.toLowerCase(Locale.ROOT);
            char first = token.charAt(0);
            if (token.startsWith("http") || token.startsWith("www.")) {
                links++;
                String domain = domain(token);
                if (domain != null) {
                    named.add(LINK, domain, null);
                }
            } else if (first == '#') {
                tags++;
                named.add(TAG, token, null);
                gramText.append(written, 1, written.length()).append(' ');
            } else if (first == '@') {
                handle = true;
                named.add(TAG, token, null);
            } else if (first == '!') {
                exclamation = true;
            } else if (first == '?') {
                question = true;
            } else {
                words.add(token.indexOf('’') >= 0 ? token.replace('’', '\'') : token);
                gramText.append(written).append(' ');
            }
        }
        for (int i = 0; i < words.size(); i++) {
            named.add(WORD, words.get(i), null);
            if (i + 1 < words.size()) {
                named.add(PAIR, words.get(i), words.get(i + 1));
            }
        }
        double[] dense = new double[DENSE];
        dense[0] = links > 0 ? 1 : 0;
        dense[1] = Math.min(links, 3) / 3.0;
        dense[2] = tags > 0 ? 1 : 0;
        dense[3] = Math.min(tags, 5) / 5.0;
        dense[4] = handle ? 1 : 0;
        dense[5] = exclamation ? 1 : 0;
        dense[6] = question ? 1 : 0;
        dense[7] = shoutedShare(text);
        dense[8] = words.stream().anyMatch(w -> Character.isDigit(w.charAt(0))) ? 1 : 0;
        dense[9] = Math.log1p(words.size()) / 5;
        int hashed = named.size;
        for (int t = 0; t < TROPES.length; t++) {
            if (TROPES[t].foundIn(lower)) {
                dense[10 + t] = 1;
                named.addTrope(10 + t, TROPES[t].reason());
            }
        }
        FeatureVector vector = HashedFeatures.of(dense,
                new int[][] {Arrays.copyOf(named.indices, hashed), HashedFeatures.characterGrams(gramText, GRAM_SEED, h -> DENSE + HashedFeatures.bucket(h, HASH_BITS))},
                new double[] {WORD_WEIGHT, GRAM_WEIGHT}, bucketWeights);
        return new Features(vector, Arrays.copyOf(named.indices, named.size), Arrays.copyOf(named.firsts, named.size),
                Arrays.copyOf(named.seconds, named.size), Arrays.copyOf(named.kinds, named.size));
    }

    /** The readable features of one post as they are found, with their buckets. */
    private static final class Named {
        int[] indices = new int[64];
        String[] firsts = new String[64];
        String[] seconds = new String[64];
        byte[] kinds = new byte[64];
        int size;

        void add(byte kind, String first, String second) {
            // the kind seeds the hash, so "flu" the word and "#flu" the tag stay apart; no string is built
            int h = 31 * kind + first.hashCode();
            if (second != null) {
                h = 31 * h + second.hashCode();
            }
            put(DENSE + HashedFeatures.bucket(h, HASH_BITS), kind, first, second);
        }

        void addTrope(int denseIndex, String reason) {
            put(denseIndex, TROPE, reason, null);
        }

        private void put(int index, byte kind, String first, String second) {
            if (size == indices.length) {
                indices = Arrays.copyOf(indices, size * 2);
                firsts = Arrays.copyOf(firsts, size * 2);
                seconds = Arrays.copyOf(seconds, size * 2);
                kinds = Arrays.copyOf(kinds, size * 2);
            }
            indices[size] = index;
            firsts[size] = first;
            seconds[size] = second;
            kinds[size++] = kind;
        }
    }

    private static String domain(String url) {
        try {
            String host = URI.create(url.startsWith("www.") ? "http://" + url : url).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The share of words of two or more letters written in capitals. */
    private static double shoutedShare(String text) {
        int words = 0;
        int shouted = 0;
        int letters = 0;
        int upper = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            } else if (letters > 0) {
                words++;
                shouted += letters >= 2 && upper == letters ? 1 : 0;
                letters = 0;
                upper = 0;
            }
        }
        return words == 0 ? 0 : (double) shouted / words;
    }
}
