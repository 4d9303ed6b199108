package io.carepulse.jobs.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** Reads one labelled row; {@code where} ("file:line") is what its errors name. */
    @FunctionalInterface
    public interface Row<T> {
        T parse(String line, String where) throws IOException;
    }

    /** Every non-blank line of a UTF-8 file, read by {@code row}. */
    public static <T> List<T> rows(Path file, Row<T> row) throws IOException {
        List<T> rows = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (!line.isBlank()) {
                rows.add(row.parse(line, file + ":" + number));
            }
        }
        return rows;
    }
}
