package io.carepulse.models.sentiment;

import io.carepulse.models.linear.FeatureVector;
import io.carepulse.models.linear.LinearFunction;
import io.carepulse.models.linear.PackagedModels;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained sentiment model, four linear parts over the same features:
 *
 * <ol>
 *   <li>a classifier of the kind of text ({@link TextStyle}): how much it looks like a social
 *       post, a product review, edited prose or a healthcare post or review;
 *   <li>a regression with shared weights plus each kind's own, the latter counted in
 *       proportion to the text's kind ("frustratingly easy" domain adaptation, Daumé 2007),
 *       so words can mean different things in tweets, in reviews and about hospitals;
 *   <li>specialists for social posts and for healthcare text, each trained on its kind alone
 *       and mixed in by how much a text is of that kind (for social posts, by the square root),
 *       because the shared weights, learned mostly from product and film reviews, blur what
 *       tweets and patients say;
 *   <li>an opinion classifier (logistic): does the text voice an opinion at all, or does it
 *       inform or ask? Humans rate news and questions neutral however charged their words, and
 *       complaints negative however plain; a score alone mixes up the two.
 * </ol>
 *
 * The score is kept within [-1, 1]. Trained by {@code carepulse train sentiment}; the model
 * packaged with the scorer is {@value #RESOURCE}.
 */
public final class SentimentModel {

    public static final String RESOURCE = "sentiment-model.bin.gz";
    /** How strongly each style's own weights count, relative to the shared ones. */
    public static final double STYLE_SCALE = 1.5;
    private static final int FORMAT = 5;
    private static final int STYLES = TextStyle.values().length;

    /** The kinds of text with a specialist of their own. */
    public static final List<TextStyle> SPECIALISED = List.of(TextStyle.SOCIAL, TextStyle.HEALTHCARE);

    private final LinearFunction[] styleClassifier;
    private final LinearFunction shared;
    private final LinearFunction[] perStyle;
    private final LinearFunction[] specialists;
    private final LinearFunction opinion;

    /**
     * @param styleClassifier and {@code perStyle} are indexed by {@link TextStyle#ordinal()}
     *     ({@code perStyle} biases are not used); {@code specialists} follow {@link #SPECIALISED};
     *     {@code opinion} gives the log-odds that a text voices an opinion
     */
    public SentimentModel(LinearFunction[] styleClassifier, LinearFunction shared, LinearFunction[] perStyle,
                          LinearFunction[] specialists, LinearFunction opinion) {
        if (styleClassifier.length != STYLES || perStyle.length != STYLES || specialists.length != SPECIALISED.size()) {
            throw new IllegalArgumentException("one classifier and one weight set per kind, one specialist per "
                    + SPECIALISED + " expected");
        }
        LinearFunction.requireDimension(SentimentFeatures.DIMENSION, styleClassifier);
        LinearFunction.requireDimension(SentimentFeatures.DIMENSION, shared);
        LinearFunction.requireDimension(SentimentFeatures.DIMENSION, perStyle);
        LinearFunction.requireDimension(SentimentFeatures.DIMENSION, specialists);
        LinearFunction.requireDimension(SentimentFeatures.DIMENSION, opinion);
        this.styleClassifier = styleClassifier.clone();
        this.shared = shared;
        this.perStyle = perStyle.clone();
        this.specialists = specialists.clone();
        this.opinion = opinion;
    }

    /** The model packaged with CarePulse, read once per JVM and shared (it is immutable). */
    public static SentimentModel bundled() {
        return Bundled.MODEL;
    }

    private static final class Bundled {
        static final SentimentModel MODEL =
                PackagedModels.load(SentimentModel.class, RESOURCE, SentimentModel::read, "sentiment");
    }

    /** How much the text looks like each style (one-vs-rest logistic, normalised to sum 1). */
    public double[] style(FeatureVector f) {
        double[] p = new double[STYLES];
        double sum = 0;
        for (int s = 0; s < STYLES; s++) {
            p[s] = styleClassifier[s].probability(f);
            sum += p[s];
        }
        for (int s = 0; s < STYLES; s++) {
            p[s] /= sum;
        }
        return p;
    }

    /** The score of a span, given the style of the text it belongs to. */
    public double score(FeatureVector f, double[] style) {
        double adapted = shared.apply(f);
        for (int s = 0; s < STYLES; s++) {
            if (style[s] > 0.01) {
                adapted += style[s] * STYLE_SCALE * (perStyle[s].apply(f) - perStyle[s].bias());
            }
        }
        // the square root leans on the social specialist even for a text that is only somewhat
        // social: plain-sentence tweets often look like prose to the classifier. The healthcare
        // specialist counts in proportion: healthcare vocabulary is easy to recognise
        double[] mix = new double[specialists.length];
        double total = 0;
        for (int k = 0; k < specialists.length; k++) {
            double p = style[SPECIALISED.get(k).ordinal()];
            mix[k] = SPECIALISED.get(k) == TextStyle.SOCIAL ? Math.sqrt(p) : p;
            total += mix[k];
        }
        double scale = total > 1 ? 1 / total : 1;
        double score = (1 - total * scale) * adapted;
        for (int k = 0; k < specialists.length; k++) {
            if (mix[k] > 0.01) {
                score += mix[k] * scale * specialists[k].apply(f);
            }
        }
        return Math.max(-1.0, Math.min(1.0, score));
    }

    /** How likely the span voices an opinion rather than informing or asking, in [0, 1]. */
    public double opinion(FeatureVector f) {
        return opinion.probability(f);
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(FORMAT);
        data.writeInt(SentimentFeatures.DIMENSION);
        for (LinearFunction w : styleClassifier) {
            write(data, w);
        }
        write(data, shared);
        for (LinearFunction w : perStyle) {
            write(data, w);
        }
        for (LinearFunction w : specialists) {
            write(data, w);
        }
        write(data, opinion);
        data.flush();
        gzip.finish();
    }

    public static SentimentModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        int format = data.readInt();
        int dimension = data.readInt();
        if (format != FORMAT || dimension != SentimentFeatures.DIMENSION) {
            throw new IOException("sentiment model format " + format + " with " + dimension
                    + " features does not fit this scorer (format " + FORMAT + ", " + SentimentFeatures.DIMENSION
                    + " features); retrain it with: scripts/carepulse train sentiment");
        }
        LinearFunction[] classifier = new LinearFunction[STYLES];
        for (int s = 0; s < STYLES; s++) {
            classifier[s] = read(data);
        }
        LinearFunction shared = read(data);
        LinearFunction[] perStyle = new LinearFunction[STYLES];
        for (int s = 0; s < STYLES; s++) {
            perStyle[s] = read(data);
        }
        LinearFunction[] specialists = new LinearFunction[SPECIALISED.size()];
        for (int k = 0; k < specialists.length; k++) {
            specialists[k] = read(data);
        }
        return new SentimentModel(classifier, shared, perStyle, specialists, read(data));
    }

    private static void write(DataOutputStream data, LinearFunction w) throws IOException {
        w.write(data, SentimentFeatures.DENSE);
    }

    private static LinearFunction read(DataInputStream data) throws IOException {
        return LinearFunction.read(data, SentimentFeatures.DIMENSION, SentimentFeatures.DENSE);
    }
}
