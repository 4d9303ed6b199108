package io.carepulse.jobs.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The labelled files of a folder that evaluations and trainings read. */
public final class DataFiles {

    private DataFiles() {}

    /** The files of {@code dir} whose names match {@code nameRegex}, in name order; none when the folder is missing. */
    public static List<Path> in(Path dir, String nameRegex) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().matches(nameRegex)).sorted().toList();
        }
    }
}
