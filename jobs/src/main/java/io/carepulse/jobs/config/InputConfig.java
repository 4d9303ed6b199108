package io.carepulse.jobs.config;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Newline-delimited JSON input: a file or a folder. With {@code watch} the folder is watched
 * for new files every {@code discoveryInterval} and the job runs until stopped.
 */
public record InputConfig(Path path, boolean watch, Duration discoveryInterval) implements Serializable {
}
