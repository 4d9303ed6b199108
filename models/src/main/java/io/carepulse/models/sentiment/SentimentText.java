package io.carepulse.models.sentiment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A text as the sentiment scorer sees it: sentences of tokens, each with its offsets and a
 * normalised form for lookups.
 */
public record SentimentText(String text, List<Sentence> sentences) {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?\\+?");

    /**
     * @param norm lower-cased, letters repeated three times or more cut to two ("soooo" → "soo")
     * @param elongated the word was stretched ("soooo", "gooood"): emphasis
     */
    public record Token(String word, String norm, int begin, int end, boolean elongated) {

        /** A number: "6", "4.5", "10+", "2,000". */
        public boolean number() {
            return !norm.isEmpty() && Character.isDigit(norm.charAt(0)) && NUMBER.matcher(norm).matches();
        }

        /** Shouted: all letters upper case, at least two of them ("HOURS", not "I" or "ER"). */
        public boolean shouted() {
            int upper = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
            return upper >= 2;
        }
    }

    public record Sentence(List<Token> tokens, int begin, int end) {}
}
