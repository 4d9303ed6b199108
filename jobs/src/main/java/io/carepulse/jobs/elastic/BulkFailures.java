package io.carepulse.jobs.elastic;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Tells failures worth retrying (overload, restarts, lost connections) from ones that are not. */
final class BulkFailures {

    private BulkFailures() {}

    /** 429 and the 5xx a node answers while starting, stopping or overloaded. */
    static boolean isRetriableStatus(int status) {
        return status == 429 || status == 408 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    static boolean isRetriable(Throwable error) {
        if (error instanceof ElasticsearchException es) {
            return isRetriableStatus(es.status());
        }
        if (error instanceof TransportException te && te.statusCode() > 0) {
            return isRetriableStatus(te.statusCode());
        }
        // connection refused or reset, timeouts: the node is away and may come back
        return error instanceof IOException;
    }

    static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    static String describe(Throwable error) {
        if (error instanceof ElasticsearchException es) {
            return "HTTP " + es.status() + " " + es.error().type() + ": " + es.error().reason();
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return root == error ? message : error.getClass().getSimpleName() + " (" + message + ")";
    }
}
