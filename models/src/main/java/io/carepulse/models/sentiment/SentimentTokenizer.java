package io.carepulse.models.sentiment;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.carepulse.models.nlp.NlpPipelines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into sentences and tokens with CoreNLP (tokenize, ssplit), which already keeps
 * what social text needs as single tokens: @handles, #hashtags, URLs, emoticons such as ":(",
 * runs of "!!!", and "n't". It splits the heart "<3", which is glued back here.
 */
final class SentimentTokenizer {

    private static final Pattern ELONGATION = Pattern.compile("(\\p{L})\\1{2,}");

    private final StanfordCoreNLP pipeline;

    SentimentTokenizer() {
        this.pipeline = NlpPipelines.tokens();
    }

    SentimentText tokenize(String text) {
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        List<SentimentText.Sentence> sentences = new ArrayList<>();
        for (CoreSentence sentence : document.sentences()) {
            List<SentimentText.Token> tokens = new ArrayList<>();
            List<CoreLabel> labels = sentence.tokens();
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel label = labels.get(i);
                String word = label.word();
                int end = label.endPosition();
                if (word.equals("<") && i + 1 < labels.size() && labels.get(i + 1).word().equals("3")
                        && labels.get(i + 1).beginPosition() == end) {
                    word = "<3";
                    end = labels.get(++i).endPosition();
                }
                tokens.add(token(word, label.beginPosition(), end));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new SentimentText.Sentence(List.copyOf(tokens), tokens.get(0).begin(),
                        tokens.get(tokens.size() - 1).end()));
            }
        }
        return new SentimentText(text, List.copyOf(sentences));
    }

    static SentimentText.Token token(String word, int begin, int end) {
        String lower = word.toLowerCase(Locale.ROOT);
        String norm = hasTripleLetter(lower) ? ELONGATION.matcher(lower).replaceAll("$1$1") : lower;
        return new SentimentText.Token(word, norm, begin, end, !norm.equals(lower));
    }

    /** The regex is the slow path; most words have no letter three times in a row. */
    private static boolean hasTripleLetter(String word) {
        for (int i = 2; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == word.charAt(i - 1) && c == word.charAt(i - 2) && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }
}
