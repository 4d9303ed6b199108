package io.carepulse.jobs.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.carepulse.models.entity.WatchedFacility;
import io.carepulse.models.entity.WatchedOrganisation;
import io.carepulse.models.entity.WatchedProvider;
import io.carepulse.models.entity.Watchlist;
import io.carepulse.models.mention.Fingerprint;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Realistic synthetic mentions for benchmarks, the same for the same seed: tweet-length posts
 * and comments and review-length texts (with star ratings) about the watched organisations,
 * their facilities and providers (and some about nobody watched), on the healthcare topics
 * people write about, spread over days of event time; reposts, near-duplicates and malformed
 * lines at configurable rates. Every original text is distinct, so the expected counts of a
 * run are exact.
 */
public final class SyntheticMentions {

    /** How many and what kind of mentions to make. */
    public record Options(
            int count, long seed, double repostRate, double nearDuplicateRate, double malformedRate,
            double reviewShare, int days, Instant start) {

        public static Options of(int count, long seed) {
            return new Options(count, seed, 0.10, 0.05, 0.005, 0.30, 14, Instant.parse("2026-10-01T00:00:00Z"));
        }
    }

    /** What was written: the counts a correct run must reproduce. */
    public record Written(Path file, int lines, int mentions, int duplicates, int malformed, long bytes) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TWEET_PLATFORMS = {"twitter", "twitter", "twitter", "facebook", "instagram", "reddit", "tiktok"};
    private static final String[] REVIEW_PLATFORMS = {"google_reviews", "google_reviews", "yelp", "healthgrades"};
    private static final String[] DEPARTMENTS = {"ER", "emergency room", "urgent care", "maternity ward", "cardiology clinic",
        "radiology", "pharmacy", "front desk", "billing office", "oncology unit", "pediatrics", "lab"};
    private static final String[] PEOPLE = {"my mom", "my dad", "my son", "my daughter", "my husband", "my wife",
        "my grandma", "my brother", "my friend", "my neighbor", "I"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    /** Phrases per topic: {ref} is the entity as people write it, {n} a number, {dept}, {who}, {day}, {amount}. */
    private static final String[][] PRAISE = {
        {"Only waited {n} minutes at {ref} {dept} on {day}, honestly impressed", "in and out of {ref} in under {n} minutes",
            "the triage nurse at {ref} got {who} seen fast"},
        {"the nurses at {ref} were so kind to {who}", "shoutout to the {dept} staff at {ref}, real angels",
            "{ref} doctors actually listened to {who} for once"},
        {"{ref} billing fixed my statement in one call", "{ref} explained every charge up front, no surprises",
            "insurance went through at {ref} without a fight this time"},
        {"{ref} {dept} was spotless", "rooms at {ref} are clean and quiet", "{ref} smells like a hospital should, clean"},
        {"{ref} saved {who}'s life, forever grateful", "{who} came home from {ref} feeling better after {n} days",
            "the surgery at {ref} went perfectly and recovery was quick"},
        {"got a same-day appointment at {ref}", "{ref} app made booking with {dept} easy",
            "{ref} called back within {n} minutes to reschedule"},
        {"parking at {ref} is free now, finally", "new {dept} at {ref} looks amazing", "{ref} valet was quick and friendly"},
        {"{ref} sent results within {n} hours and explained them", "the doctor at {ref} called {who} personally",
            "clear discharge instructions from {ref}, thank you"}};
    private static final String[][] COMPLAINT = {
        {"waited {n} hours at {ref} {dept} and still not seen", "{n} hours in the {ref} waiting room with {who}, this is insane",
            "{ref} {dept} wait is {n} hours again"},
        {"the {dept} staff at {ref} were rude to {who}", "nobody at {ref} even looked at {who} for {n} hours",
            "{ref} nurse rolled her eyes at {who}"},
        {"{ref} billed me twice for the same visit, ${amount} each", "surprise bill of ${amount} from {ref}",
            "{ref} sent my ${amount} bill to collections while insurance was still processing"},
        {"the bathroom at {ref} {dept} was filthy", "blood on the floor of the {ref} {dept}, gross",
            "{ref} room had not been cleaned when {who} got there"},
        {"{ref} sent {who} home and {who} was back in {n} days worse", "{ref} misdiagnosed {who} twice",
            "after {n} days at {ref} nobody could tell us what was wrong"},
        {"can't get an appointment at {ref} for {n} weeks", "{ref} cancelled {who}'s procedure the day before",
            "{ref} portal has been down for {n} days"},
        {"paid ${amount} to park at {ref}", "{ref} parking garage full again, circled for {n} minutes",
            "elevator at {ref} broken for {n} days"},
        {"nobody at {ref} answers the phone, {n} calls today", "{ref} never called back about {who}'s results",
            "on hold with {ref} for {n} minutes and then disconnected"}};
    private static final String[] POSITIVE_TAILS = {"", "", " 🙏", " ❤️", "!", " Thank you!", " 10/10", " #grateful"};
    private static final String[] NEGATIVE_TAILS = {"", "", " 😡", "!!", " Unacceptable.", " Never again.", " #fail", " smh"};
    private static final String[] NEUTRAL = {"Does anyone know if {ref} takes walk-ins on {day}?",
        "Is {ref} {dept} open after {n}pm?", "{ref} is hiring for the {dept} apparently",
        "Heading to {ref} for {who}'s appointment on {day}"};
    private static final String[] UNWATCHED = {"St. Agnes", "Valley Medical", "County General", "Riverbend Clinic", "Oak Street Health"};

    private final Options options;
    private final Random random;
    /** The ways entities are written: names, aliases, @handles, #hashtags; and unwatched names. */
    private final List<String> references = new ArrayList<>();
    private final List<String> handles = new ArrayList<>();

    private record Review(String text, int stars) {}

    private SyntheticMentions(Options options, Watchlist watchlist) {
        this.options = options;
        this.random = new Random(options.seed());
        for (WatchedOrganisation org : watchlist.organisations()) {
            addReferences(org.name(), org.aliases(), org.handles());
            for (WatchedFacility facility : org.facilities()) {
                addReferences(facility.name(), facility.aliases(), facility.handles());
            }
            for (WatchedProvider provider : org.providers()) {
                addReferences(provider.name(), provider.aliases(), List.of());
            }
        }
        for (String name : UNWATCHED) {
            references.add(name);
        }
        for (int i = 0; i < 500; i++) {
            handles.add("user" + Integer.toString(random.nextInt(1 << 30), 36));
        }
    }

    private void addReferences(String name, List<String> aliases, List<String> entityHandles) {
        references.add(name);
        references.addAll(aliases);
        references.addAll(entityHandles);
        references.add("#" + name.replaceAll("[^A-Za-z0-9]", ""));
    }

    /** Writes {@code options.count()} lines to {@code file}. */
    public static Written write(Path file, Options options, Watchlist watchlist) throws IOException {
        return new SyntheticMentions(options, watchlist).writeTo(file);
    }

    private Written writeTo(Path file) throws IOException {
        List<String> originals = new ArrayList<>();
        Set<String> fingerprints = new HashSet<>();
        int mentions = 0;
        int duplicates = 0;
        int malformed = 0;
        long stepMillis = Math.max(1, Duration.ofDays(options.days()).toMillis() / Math.max(1, options.count()));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < options.count(); i++) {
                // mostly in order, sometimes minutes late: what collectors deliver
                Instant createdAt = options.start().plusMillis(i * stepMillis - (random.nextInt(10) == 0 ? random.nextInt(600_000) : 0));
                double roll = random.nextDouble();
                String line;
                if (roll < options.malformedRate()) {
                    line = malformed(i, createdAt);
                    malformed++;
                } else if (!originals.isEmpty() && roll < options.malformedRate() + options.repostRate()) {
                    String original = originals.get(random.nextInt(originals.size()));
                    line = post(i, "RT @" + pick(handles) + ": " + original, createdAt, "twitter");
                    duplicates++;
                    mentions++;
                } else if (!originals.isEmpty()
                        && roll < options.malformedRate() + options.repostRate() + options.nearDuplicateRate()) {
                    String original = originals.get(random.nextInt(originals.size()));
                    line = post(i, nearDuplicate(original), createdAt, pick(TWEET_PLATFORMS));
                    duplicates++;
                    mentions++;
                } else {
                    boolean isReview = random.nextDouble() < options.reviewShare();
                    Review review = null;
                    String text = null;
                    for (int attempt = 0; text == null || !fingerprints.add(Fingerprint.of(text)); attempt++) {
                        if (attempt == 1_000) {
                            throw new IllegalStateException("the phrase banks cannot make " + options.count() + " distinct texts");
                        }
                        review = isReview ? reviewText() : null;
                        text = isReview ? review.text() : tweetText();
                    }
                    if (isReview) {
                        line = review(i, review, createdAt);
                    } else {
                        line = post(i, text, createdAt, pick(TWEET_PLATFORMS));
                        originals.add(text);
                    }
                    mentions++;
                }
                out.write(line);
                out.write('\n');
            }
        }
        return new Written(file, options.count(), mentions, duplicates, malformed, Files.size(file));
    }

    private String tweetText() {
        String ref = pick(references);
        double kind = random.nextDouble();
        if (kind < 0.15) {
            return fill(pick(NEUTRAL), ref);
        }
        boolean praise = kind < 0.50;
        String[] topic = (praise ? PRAISE : COMPLAINT)[random.nextInt(PRAISE.length)];
        String text = capitalise(fill(pick(topic), ref)) + pick(praise ? POSITIVE_TAILS : NEGATIVE_TAILS);
        if (random.nextInt(4) == 0) {
            String[] second = (praise ? PRAISE : COMPLAINT)[random.nextInt(PRAISE.length)];
            text += ". " + capitalise(fill(pick(second), ref));
        }
        return text;
    }

    private Review reviewText() {
        String ref = pick(references);
        int stars = 1 + random.nextInt(5);
        int sentences = 2 + random.nextInt(5);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            // a 3-star review mixes praise and complaint
            boolean praise = stars > 3 || (stars == 3 && random.nextBoolean());
            String[] topic = (praise ? PRAISE : COMPLAINT)[random.nextInt(PRAISE.length)];
            text.append(capitalise(fill(pick(topic), ref))).append(". ");
        }
        return new Review(text.toString().strip(), stars);
    }

    private String nearDuplicate(String text) {
        String variant = switch (random.nextInt(4)) {
            case 0 -> text.toUpperCase(Locale.ROOT);
            case 1 -> text + "!!!";
            case 2 -> text + " https://t.co/" + Integer.toString(random.nextInt(1 << 30), 36);
            default -> text.replace(" ", "  ");
        };
        return Fingerprint.of(variant).equals(Fingerprint.of(text)) ? variant : text + " https://t.co/x";
    }

    private String fill(String template, String ref) {
        return template.replace("{ref}", ref)
                .replace("{n}", Integer.toString(2 + random.nextInt(58)))
                .replace("{dept}", pick(DEPARTMENTS))
                .replace("{who}", pick(PEOPLE))
                .replace("{day}", pick(DAYS))
                .replace("{amount}", String.format(Locale.ROOT, "%,d", 50 + random.nextInt(9_000)));
    }

    private String post(int i, String text, Instant createdAt, String platform) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", Long.toString(1_900_000_000_000_000_000L + i));
        node.put("platform", platform);
        node.put("kind", random.nextInt(3) == 0 ? "comment" : "post");
        node.put("text", text);
        node.put("created_at", createdAt.toString());
        ObjectNode author = node.putObject("author");
        author.put("handle", pick(handles));
        author.put("followers", (long) Math.exp(random.nextGaussian() * 1.8 + 5));
        author.put("verified", random.nextInt(50) == 0);
        ObjectNode engagement = node.putObject("engagement");
        engagement.put("likes", (long) Math.exp(random.nextGaussian() * 1.5 + 1));
        engagement.put("shares", (long) Math.exp(random.nextGaussian() * 1.5));
        engagement.put("replies", (long) Math.exp(random.nextGaussian()));
        node.put("language", "en");
        return node.toString();
    }

    private String review(int i, Review review, Instant createdAt) {
        ObjectNode node = JSON.createObjectNode();
        String platform = pick(REVIEW_PLATFORMS);
        node.put("id", platform.substring(0, 2) + "-" + Integer.toHexString(i));
        node.put("platform", platform);
        node.put("kind", "review");
        node.put("rating", review.stars());
        node.put("text", review.text());
        node.put("created_at", createdAt.toString());
        node.putObject("author").put("handle", pick(handles));
        return node.toString();
    }

    private String malformed(int i, Instant createdAt) {
        return switch (random.nextInt(4)) {
            case 0 -> "{\"id\":\"m" + i + "\",\"platform\":\"twitter\",\"kind\":\"post\",\"text\":\"cut off";
            case 1 -> "{\"id\":\"m" + i + "\",\"platform\":\"twitter\",\"kind\":\"post\",\"created_at\":\"" + createdAt + "\"}";
            case 2 -> "{\"id\":\"m" + i + "\",\"platform\":\"twitter\",\"kind\":\"story\",\"text\":\"x\",\"created_at\":\"" + createdAt + "\"}";
            default -> "{\"id\":\"m" + i + "\",\"platform\":\"twitter\",\"kind\":\"post\",\"text\":\"x\",\"created_at\":\"yesterday\"}";
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
