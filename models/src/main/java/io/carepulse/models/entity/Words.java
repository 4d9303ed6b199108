package io.carepulse.models.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deliberately small word splitter for entity matching: letters and digits, optionally
 * prefixed by @ or #, lower-cased, with a trailing possessive ('s) dropped. It must split an
 * alias and a text the same way, which is why matching does not use a full NLP tokenizer.
 */
final class Words {

    /** One word: lower-cased form, its @ or # prefix (0 for none), and where it stands in the text. */
    record Word(String norm, char prefix, int start, int end) {}

    private Words() {}

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            char prefix = 0;
            int start = i;
            if ((c == '@' || c == '#') && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                prefix = c;
                i++;
            } else if (!isWordChar(c)) {
                i++;
                continue;
            }
            int wordStart = i;
            while (i < n && (isWordChar(text.charAt(i)) || (prefix == '@' && text.charAt(i) == '.')
                    || (isApostrophe(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            while (prefix == '@' && text.charAt(i - 1) == '.') {
                i--; // "@MercyHealth." ends a sentence, the dot is not part of the handle
            }
            String word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
            if (word.endsWith("'s") || word.endsWith("\u2019s")) {
                word = word.substring(0, word.length() - 2);
            }
            if (!word.isEmpty()) {
                words.add(new Word(word, prefix, start, i));
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
