package io.carepulse.models.mention;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The content fingerprint that links reposts and duplicates: two texts that differ only in a
 * repost prefix ("RT @someone:"), links, case, punctuation, emoji or spacing get the same
 * fingerprint, and are scored once.
 */
public final class Fingerprint {

    private static final Pattern REPOST_PREFIX =
            Pattern.compile("^(?:\\s*(?:rt|repost(?:ed)?|via)\\s*:?\\s*@[\\w.]+\\s*:?)+");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}@]+");

    private Fingerprint() {}

    public static String of(String text) {
        return DocumentIds.of("fingerprint", normalise(text));
    }

    /** The text as the fingerprint sees it; exposed for tests and for explaining a link. */
    public static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String noRepost = REPOST_PREFIX.matcher(lower).replaceFirst("");
        String noLinks = URL.matcher(noRepost).replaceAll(" ");
        String words = NOT_WORD.matcher(noLinks).replaceAll(" ").strip();
        // a text that is only a link or only emoji keeps its own identity
        return words.isEmpty() ? lower.strip() : words;
    }
}
