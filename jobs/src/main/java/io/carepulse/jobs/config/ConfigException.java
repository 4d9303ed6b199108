package io.carepulse.jobs.config;

/** Configuration that cannot be used; the message names the key and where its value came from. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
