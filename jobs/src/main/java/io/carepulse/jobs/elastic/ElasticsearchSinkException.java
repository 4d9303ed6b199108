package io.carepulse.jobs.elastic;

/** Elasticsearch refused something retrying cannot fix; the job fails rather than drop data. */
public class ElasticsearchSinkException extends RuntimeException {

    public ElasticsearchSinkException(String message) {
        super(message);
    }

    public ElasticsearchSinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
