package io.carepulse.models.sentiment;

import io.carepulse.models.sentiment.SentimentText.Token;
import java.util.List;
import java.util.Set;

/**
 * The rules of VADER (Hutto & Gilbert 2014) over CoreNLP tokens, with what social and
 * healthcare text needs beyond them: phrases that replace their words' valence ("tested
 * negative"), "like" before a number ("like 3 hours") is not liking, stretched words as
 * emphasis, and waiting stated in hours. Per word: its valence; shouted (ALL CAPS among lower case) or
 * stretched, stronger; boosted or dampened by the three words before; flipped and weakened by
 * a negator among them. Per span: contrast moves weight to what follows "but"/"however" and
 * away from what "although"/"though" concede; exclamation marks and repeated question marks
 * add emphasis.
 */
final class ValenceRules {

    private static final double CAPS_BOOST = 0.733;
    private static final double STRETCH_BOOST = 0.4;
    private static final double NEGATION = -0.74;
    private static final Set<String> AFTER_WEIGHTED = Set.of("but", "however", "yet");
    private static final Set<String> CONCESSIVE = Set.of("although", "though");
    private static final Set<String> SCOPE_ENDS = Set.of(".", ",", ";", ":", "!", "?", "but");
    private static final Set<String> WAIT_WORDS = Set.of("wait", "waited", "waiting", "waits");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "twelve", "several", "many", "few");
    private static final Set<String> LONG_UNITS = Set.of("hours", "hrs", "hour", "hr", "days", "weeks", "months");

    private final SentimentLexicon lexicon = SentimentLexicon.get();

    Valence score(List<Token> tokens) {
        int n = tokens.size();
        if (n == 0) {
            return Valence.NONE;
        }
        double[] valences = new double[n];
        boolean[] inPhrase = new boolean[n];
        boolean someShouted = false;
        boolean allShouted = true;
        for (Token t : tokens) {
            boolean shouted = t.shouted();
            someShouted |= shouted;
            allShouted &= shouted || !Character.isLetter(t.word().charAt(0));
        }
        boolean capsEmphasis = someShouted && !allShouted;

        for (int i = 0; i < n; i++) {
            if (inPhrase[i]) {
                continue;
            }
            int phraseLength = matchPhrase(tokens, i, valences, inPhrase);
            if (phraseLength > 0) {
                valences[i] = negated(tokens, i) ? valences[i] * NEGATION : valences[i];
                continue;
            }
            valences[i] = wordValence(tokens, i, capsEmphasis);
        }
        applyContrast(tokens, valences);

        double sum = 0;
        double positive = 0;
        double negative = 0;
        int neutral = 0;
        for (double v : valences) {
            sum += v;
            if (v > 0) {
                positive += v + 1; // VADER's compensation for neutral words counted as 1
            } else if (v < 0) {
                negative += v - 1;
            } else {
                neutral++;
            }
        }
        double emphasis = punctuationEmphasis(tokens);
        double emphasised = sum > 0 ? sum + emphasis : sum < 0 ? sum - emphasis : 0;
        return new Valence(sum, positive, negative, neutral, Valence.squash(emphasised));
    }

    /** The longest phrase starting at i: its valence goes on its first word, the rest are 0. */
    private int matchPhrase(List<Token> tokens, int i, double[] valences, boolean[] inPhrase) {
        for (SentimentLexicon.Phrase phrase : lexicon.phrasesStartingWith(tokens.get(i).norm())) {
            String[] words = phrase.words();
            if (i + words.length > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 1; k < words.length && matches; k++) {
                matches = tokens.get(i + k).norm().equals(words[k]);
            }
            if (matches) {
                valences[i] = phrase.valence();
                for (int k = 1; k < words.length; k++) {
                    inPhrase[i + k] = true;
                }
                return words.length;
            }
        }
        return 0;
    }

    private double wordValence(List<Token> tokens, int i, boolean capsEmphasis) {
        Token token = tokens.get(i);
        String norm = token.norm();
        if (lexicon.boost(norm) != 0 || isKindOf(tokens, i)) {
            return 0;
        }
        double valence = lexicon.valence(norm);
        if (valence != 0 && norm.equals("like") && i + 1 < tokens.size() && tokens.get(i + 1).number()) {
            valence = 0; // "waited like 3 hours": an approximation, not liking
        }
        if (valence != 0 && lexicon.negates(norm) && negatesSomethingAhead(tokens, i)) {
            valence = 0; // "no problems": the "no" is spent on what it negates; "Oh no!" keeps its own
        }
        if (valence == 0) {
            return waitedLong(tokens, i) ? -2.0 : 0;
        }
        if (capsEmphasis && token.shouted()) {
            valence += Math.signum(valence) * CAPS_BOOST;
        }
        if (token.elongated()) {
            valence += Math.signum(valence) * STRETCH_BOOST;
        }
        boolean emoji = !hasLetter(token.word());
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            Token before = tokens.get(i - back);
            if (lexicon.valence(before.norm()) != 0 && !lexicon.negates(before.norm())) {
                continue;
            }
            double boost = lexicon.boost(before.norm());
            if (boost != 0) {
                if (capsEmphasis && before.shouted()) {
                    boost += Math.signum(boost) * CAPS_BOOST;
                }
                boost *= back == 1 ? 1.0 : back == 2 ? 0.95 : 0.9;
                valence += Math.signum(valence) * boost;
            }
            if (lexicon.negates(before.norm()) && !emoji) {
                valence *= neverSo(tokens, i, back) ? (back == 2 ? 1.5 : 1.25) : NEGATION;
            }
        }
        if (i >= 1 && tokens.get(i - 1).norm().equals("least")
                && (i < 2 || !Set.of("at", "very").contains(tokens.get(i - 2).norm()))) {
            valence *= NEGATION;
        }
        return valence;
    }

    /** VADER: "never so good", "never slept so well" intensify instead of negating. */
    private static boolean neverSo(List<Token> tokens, int i, int back) {
        if (back < 2 || !tokens.get(i - back).norm().equals("never")) {
            return false;
        }
        String before = tokens.get(i - 1).norm();
        String afterNever = tokens.get(i - back + 1).norm();
        return before.equals("so") || before.equals("this") || afterNever.equals("so") || afterNever.equals("this");
    }

    private boolean negatesSomethingAhead(List<Token> tokens, int i) {
        for (int k = i + 1; k <= i + 3 && k < tokens.size(); k++) {
            String norm = tokens.get(k).norm();
            if (SCOPE_ENDS.contains(norm)) {
                return false;
            }
            if (lexicon.valence(norm) != 0 && !lexicon.negates(norm)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLetter(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(List<Token> tokens, int i) {
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            if (lexicon.negates(tokens.get(i - back).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKindOf(List<Token> tokens, int i) {
        String norm = tokens.get(i).norm();
        return (norm.equals("kind") || norm.equals("sort")) && i + 1 < tokens.size()
                && tokens.get(i + 1).norm().equals("of");
    }

    /** "waited 6 hours", "waiting like 3 hrs": a complaint without a sentiment word. */
    private static boolean waitedLong(List<Token> tokens, int i) {
        if (!WAIT_WORDS.contains(tokens.get(i).norm())) {
            return false;
        }
        for (int k = i + 1; k < Math.min(tokens.size() - 1, i + 5); k++) {
            if ((tokens.get(k).number() || NUMBER_WORDS.contains(tokens.get(k).norm()))
                    && LONG_UNITS.contains(tokens.get(k + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /** After "but"/"however": 1.5x, before: 0.5x; a clause opened by "although"/"though": 0.5x. */
    private static void applyContrast(List<Token> tokens, double[] valences) {
        for (int i = 0; i < tokens.size(); i++) {
            String norm = tokens.get(i).norm();
            if (AFTER_WEIGHTED.contains(norm)) {
                for (int k = 0; k < valences.length; k++) {
                    valences[k] *= k < i ? 0.5 : k > i ? 1.5 : 1.0;
                }
                return;
            }
            if (CONCESSIVE.contains(norm)) {
                int clauseEnd = i + 1;
                while (clauseEnd < tokens.size() && !tokens.get(clauseEnd).norm().equals(",")) {
                    clauseEnd++;
                }
                for (int k = 0; k < valences.length; k++) {
                    valences[k] *= (k > i && k < clauseEnd) ? 0.5 : (k >= clauseEnd ? 1.5 : 1.0);
                }
                return;
            }
        }
    }

    /** VADER: up to four "!" add 0.292 each; two or three "?" add 0.18 each, more add 0.96. */
    private static double punctuationEmphasis(List<Token> tokens) {
        int exclamations = 0;
        int questions = 0;
        for (Token t : tokens) {
            for (int k = 0; k < t.word().length(); k++) {
                char c = t.word().charAt(k);
                if (c == '!') {
                    exclamations++;
                } else if (c == '?') {
                    questions++;
                }
            }
        }
        double emphasis = Math.min(exclamations, 4) * 0.292;
        if (questions > 1) {
            emphasis += questions <= 3 ? questions * 0.18 : 0.96;
        }
        return emphasis;
    }
}
