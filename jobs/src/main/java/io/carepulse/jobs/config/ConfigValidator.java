package io.carepulse.jobs.config;

import io.carepulse.jobs.config.ElasticsearchConfig.BulkConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Checks a bound configuration; each problem reads "key: what is wrong". */
final class ConfigValidator {

    private final List<String> problems = new ArrayList<>();

    private ConfigValidator() {}

    static List<String> problems(CarePulseConfig c) {
        ConfigValidator v = new ConfigValidator();
        v.check(c);
        return v.problems;
    }

    private void check(CarePulseConfig c) {
        required("source", c.source());
        required("watchlist", c.watchlist());
        if (required("input", c.input())) {
            InputConfig in = c.input();
            required("input.path", in.path());
            positive("input.discovery-interval", in.discoveryInterval());
        }
        if (required("kafka", c.kafka())) {
            KafkaConfig k = c.kafka();
            if (c.source() == CarePulseConfig.SourceKind.KAFKA) {
                nonBlank("kafka.bootstrap-servers", k.bootstrapServers());
                nonBlank("kafka.topic", k.topic());
                nonBlank("kafka.group-id", k.groupId());
            }
            required("kafka.starting-offsets", k.startingOffsets());
        }
        if (required("elasticsearch", c.elasticsearch())) {
            checkElasticsearch(c.elasticsearch());
        }
        if (required("job", c.job())) {
            JobConfig j = c.job();
            nonBlank("job.name", j.name());
            atLeast("job.parallelism", j.parallelism(), 1);
            positive("job.checkpoint-interval", j.checkpointInterval());
            required("job.max-out-of-orderness", j.maxOutOfOrderness());
            positive("job.dedup-retention", j.dedupRetention());
            positive("job.progress-interval", j.progressInterval());
        }
        if (required("sentiment", c.sentiment())) {
            SentimentConfig s = c.sentiment();
            if (!(s.opinionFrom() >= 0 && s.opinionFrom() <= 1)) {
                problems.add("sentiment.opinion-from: a probability, need 0 <= opinion-from <= 1, got " + s.opinionFrom());
            }
            if (!(s.positiveFrom() >= -1 && s.positiveFrom() <= 1)) {
                problems.add("sentiment.positive-from: a score, need -1 <= positive-from <= 1, got " + s.positiveFrom());
            }
        }
        if (required("misinformation", c.misinformation())) {
            MisinformationConfig m = c.misinformation();
            if (!(m.mediumFrom() >= 0 && m.mediumFrom() < m.highFrom() && m.highFrom() <= 1)) {
                problems.add("misinformation.medium-from: need 0 <= medium-from < high-from <= 1, got "
                        + m.mediumFrom() + " and " + m.highFrom());
            }
        }
    }

    private void checkElasticsearch(ElasticsearchConfig es) {
        if (nonBlank("elasticsearch.url", es.url())) {
            try {
                URI uri = URI.create(es.url());
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    problems.add("elasticsearch.url: must be http(s)://host:port, got " + es.url());
                }
            } catch (IllegalArgumentException e) {
                problems.add("elasticsearch.url: not a URL: " + es.url());
            }
        }
        if (nonBlank("elasticsearch.index-prefix", es.indexPrefix())
                && !es.indexPrefix().matches("[a-z0-9][a-z0-9_.-]*")) {
            problems.add("elasticsearch.index-prefix: lower-case letters, digits, -, _ and . only, got "
                    + es.indexPrefix());
        }
        if ((es.password() != null || es.passwordFile() != null) && (es.username() == null || es.username().isBlank())) {
            problems.add("elasticsearch.username: a password is set but no username");
        }
        if (required("elasticsearch.bulk", es.bulk())) {
            BulkConfig b = es.bulk();
            atLeast("elasticsearch.bulk.max-actions", b.maxActions(), 1);
            if (required("elasticsearch.bulk.max-size", b.maxSize()) && b.maxSize().bytes() < 1024 * 1024) {
                problems.add("elasticsearch.bulk.max-size: at least 1mb, so one large mention fits, got "
                        + b.maxSize().bytes() + " bytes");
            }
            positive("elasticsearch.bulk.flush-interval", b.flushInterval());
            atLeast("elasticsearch.bulk.max-in-flight", b.maxInFlight(), 1);
            if (b.maxBuffered() <= b.maxActions()) {
                problems.add("elasticsearch.bulk.max-buffered: must be greater than max-actions ("
                        + b.maxActions() + "), got " + b.maxBuffered());
            }
            positive("elasticsearch.bulk.initial-backoff", b.initialBackoff());
            if (positive("elasticsearch.bulk.max-backoff", b.maxBackoff())
                    && b.initialBackoff() != null && b.maxBackoff().compareTo(b.initialBackoff()) < 0) {
                problems.add("elasticsearch.bulk.max-backoff: must not be shorter than initial-backoff");
            }
        }
    }

    private boolean required(String key, Object value) {
        if (value == null) {
            problems.add(key + ": is missing");
            return false;
        }
        return true;
    }

    private boolean nonBlank(String key, String value) {
        if (value == null || value.isBlank()) {
            problems.add(key + ": is missing");
            return false;
        }
        return true;
    }

    private boolean positive(String key, Duration value) {
        if (!required(key, value)) {
            return false;
        }
        if (value.isNegative() || value.isZero()) {
            problems.add(key + ": must be longer than zero, got " + value);
            return false;
        }
        return true;
    }

    private void atLeast(String key, int value, int min) {
        if (value < min) {
            problems.add(key + ": must be at least " + min + ", got " + value);
        }
    }
}
