package io.carepulse.jobs.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Files of rated texts: {@code id<TAB>human mean<TAB>text}, one per line (the VADER ground-truth format). */
public final class RatedTexts {

    private RatedTexts() {}

    public static List<RatedText> read(Path file) throws IOException {
        return DataFiles.rows(file, (line, where) -> {
            String[] parts = line.split("\t", 3);
            if (parts.length < 3) {
                throw new IOException(where + ": expected id<TAB>rating<TAB>text");
            }
            try {
                return new RatedText(parts[0].strip(), Double.parseDouble(parts[1].strip()), parts[2].strip());
            } catch (NumberFormatException e) {
                throw new IOException(where + ": rating is not a number: " + parts[1], e);
            }
        });
    }

    /** SHA-256 of the file's bytes: what a model records of its training data. */
    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
