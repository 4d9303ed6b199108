package io.carepulse.jobs.bench;

import io.carepulse.jobs.elastic.IndexNames;
import io.carepulse.jobs.elastic.MentionDocuments;
import io.carepulse.models.LabelThresholds;
import io.carepulse.models.MentionScorer;
import io.carepulse.models.ScoredMention;
import io.carepulse.models.TextScores;
import io.carepulse.models.entity.EntityMatcher;
import io.carepulse.models.entity.Watchlist;
import io.carepulse.models.mention.Fingerprint;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.mention.MentionParser;
import io.carepulse.models.mention.ParseResult;
import io.carepulse.models.misinformation.LinearMisinformationScorer;
import io.carepulse.models.privacy.PrivacyGuard;
import io.carepulse.models.privacy.PrivacyIncident;
import io.carepulse.models.privacy.PrivacyScan;
import io.carepulse.models.sentiment.HealthcareSentimentScorer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages alone, on one thread, without Flink: what each costs per mention when nothing
 * else runs. Each stage repeats over the input (sentiment over a sample) for a second to warm up
 * the JIT and then for at least a second measured.
 */
final class ScorerReference {

    private static final Logger LOG = LoggerFactory.getLogger(ScorerReference.class);

    /** Mentions per second on one thread, by stage. */
    static Map<String, Double> measure(List<String> lines, Watchlist watchlist, LabelThresholds thresholds,
                                       int sentimentSample) {
        Map<String, Double> rates = new LinkedHashMap<>();
        MentionParser parser = new MentionParser();
        List<Mention> mentions = new ArrayList<>();
        parse(parser, lines, mentions);
        rates.put("parse-validate", repeatedRate(lines.size(), () -> parse(parser, lines, new ArrayList<>())));

        EntityMatcher matcher = new EntityMatcher(watchlist);
        rates.put("entity-match", repeatedRate(mentions.size(), () -> match(matcher, mentions)));
        rates.put("parse-validate+entity-match", 1 / (1 / rates.get("parse-validate") + 1 / rates.get("entity-match")));
        rates.put("fingerprint", repeatedRate(mentions.size(), () -> fingerprint(mentions)));

        HealthcareSentimentScorer sentiment = new HealthcareSentimentScorer(thresholds.sentiment());
        List<Mention> sample = mentions.subList(0, Math.min(sentimentSample, mentions.size()));
        LOG.info("Sentiment alone on {} mentions", sample.size());
        rates.put(MentionScorer.SENTIMENT, repeatedRate(sample.size(), () -> sample.forEach(m -> sentiment.score(m.text()))));
        LinearMisinformationScorer misinformation = new LinearMisinformationScorer(thresholds.misinformation());
        rates.put(MentionScorer.MISINFORMATION, repeatedRate(mentions.size(), () -> mentions.forEach(m -> misinformation.score(m.text()))));
        List<TextScores> scores = sample.stream()
                .map(m -> new TextScores(sentiment.score(m.text()), misinformation.score(m.text()))).toList();

        PrivacyGuard privacy = PrivacyGuard.forWatchlist(watchlist);
        rates.put(MentionScorer.PRIVACY, repeatedRate(sample.size(), () -> sample.forEach(privacy::scan)));
        MentionScorer scorer = new MentionScorer(matcher, sentiment, thresholds.sentiment(), misinformation, privacy,
                (stage, nanos) -> {});
        List<ScoredMention> scored = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            PrivacyScan none = new PrivacyScan(List.of(), m.text(), PrivacyIncident.NONE);
            scored.add(scorer.score(m, none, Fingerprint.of(m.text()), null, scores.get(i % scores.size())));
        }
        MentionDocuments documents = new MentionDocuments(new IndexNames("bench-"));
        Instant now = Instant.now();
        rates.put("document", repeatedRate(scored.size(), () -> scored.forEach(s -> documents.entry(s, now))));
        return rates;
    }

    private static void parse(MentionParser parser, List<String> lines, List<Mention> into) {
        for (String line : lines) {
            if (parser.parse(line) instanceof ParseResult.Parsed parsed) {
                into.add(parsed.mention());
            }
        }
    }

    private static void match(EntityMatcher matcher, List<Mention> mentions) {
        mentions.forEach(matcher::match);
    }

    private static void fingerprint(List<Mention> mentions) {
        mentions.forEach(m -> Fingerprint.of(m.text()));
    }

    /** Items per second of a pass over n items, repeated for a second of warm-up and a second measured. */
    private static double repeatedRate(int n, Runnable pass) {
        for (long end = System.nanoTime() + 1_000_000_000L; System.nanoTime() < end; ) {
            pass.run();
        }
        long start = System.nanoTime();
        long items = 0;
        do {
            pass.run();
            items += n;
        } while (System.nanoTime() - start < 1_000_000_000L);
        return items / ((System.nanoTime() - start) / 1e9);
    }

}
