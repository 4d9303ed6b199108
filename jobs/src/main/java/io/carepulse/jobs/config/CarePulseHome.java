package io.carepulse.jobs.config;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where CarePulse's folders are: the project (scripts, config) and the evaluation data. */
public final class CarePulseHome {

    private CarePulseHome() {}

    /** The project folder: -Dcarepulse.home (set by scripts/carepulse), else found upwards. */
    public static Path dir() {
        String home = System.getProperty("carepulse.home");
        if (home != null) {
            return Path.of(home).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scripts/elasticsearch.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the CarePulse folder (scripts/elasticsearch.sh) above "
                + Path.of("").toAbsolutePath() + "; run from the project or set -Dcarepulse.home");
    }

    /** The configuration file given on the command line, else the project's config/carepulse.yaml. */
    public static Path configFile(Path given) {
        return given != null ? given : dir().resolve("config/carepulse.yaml");
    }

    /**
     * The labelled evaluation data: CAREPULSE_DATA if set, else ../shared/data beside the project
     * (it exists in the development workplace and CI, not on a user's machine).
     */
    public static Path data() {
        String env = System.getenv("CAREPULSE_DATA");
        return env != null && !env.isBlank() ? Path.of(env).toAbsolutePath() : dir().resolve("../shared/data").normalize();
    }
}
