package io.carepulse.models.entity;

/** A watchlist file that cannot be used; the message names the file and the key. */
public class WatchlistException extends RuntimeException {

    public WatchlistException(String message) {
        super(message);
    }

    public WatchlistException(String message, Throwable cause) {
        super(message, cause);
    }
}
