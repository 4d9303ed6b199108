package io.carepulse.models.sentiment;

import io.carepulse.models.sentiment.SentimentText.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits sentences into clauses, where a text can change its subject or its mind: at commas
 * and semicolons, and before contrast and comparison words ("but", "although", "unlike",
 * "than", "vs"). Aspects and targets take the sentiment of their own clause.
 */
final class Clauses {

    /** A clause; {@code comparative} when it opens with "than", "unlike", "vs", "compared". */
    record Clause(List<Token> tokens, int begin, int end, boolean comparative) {}

    private static final Set<String> SEPARATORS = Set.of(",", ";", ":", "-", "--");
    private static final Set<String> OPENERS = Set.of("but", "however", "although", "though", "whereas", "yet");
    private static final Set<String> COMPARATIVES = Set.of("than", "unlike", "vs", "vs.", "versus", "compared");

    private Clauses() {}

    static List<Clause> of(SentimentText text) {
        List<Clause> clauses = new ArrayList<>();
        for (SentimentText.Sentence sentence : text.sentences()) {
            List<Token> current = new ArrayList<>();
            boolean comparative = false;
            for (Token token : sentence.tokens()) {
                String norm = token.norm();
                if (SEPARATORS.contains(norm)) {
                    add(clauses, current, comparative);
                    current = new ArrayList<>();
                    comparative = false;
                } else if (OPENERS.contains(norm) || COMPARATIVES.contains(norm)) {
                    add(clauses, current, comparative);
                    current = new ArrayList<>();
                    current.add(token);
                    comparative = COMPARATIVES.contains(norm);
                } else {
                    current.add(token);
                }
            }
            add(clauses, current, comparative);
        }
        return clauses;
    }

    private static void add(List<Clause> clauses, List<Token> tokens, boolean comparative) {
        if (!tokens.isEmpty()) {
            clauses.add(new Clause(List.copyOf(tokens), tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(),
                    comparative));
        }
    }
}
