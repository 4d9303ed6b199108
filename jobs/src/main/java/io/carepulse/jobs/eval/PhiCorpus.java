package io.carepulse.jobs.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carepulse.models.privacy.PhiFinding;
import io.carepulse.models.privacy.PhiType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled PHI corpus (config/evaluation/phi, labelling guide in its README): one mention a
 * line, its text and the identifiers in it with their type and offsets. Development files are
 * named dev*.jsonl, held-out ones test*.jsonl.
 */
public final class PhiCorpus {

    /** A mention's text and its annotated identifiers, with offsets into the Java string. */
    public record Labelled(String text, List<PhiFinding> gold) {}

    private PhiCorpus() {}

    /** The development files of the corpus in {@code dir}: what rules and models may learn from. */
    public static List<Path> developmentFiles(Path dir) throws IOException {
        return DataFiles.in(dir, "dev.*\\.jsonl");
    }

    /** The held-out files of the corpus in {@code dir}: measured, never learned from. */
    public static List<Path> heldOutFiles(Path dir) throws IOException {
        return DataFiles.in(dir, "test.*\\.jsonl");
    }

    public static List<Labelled> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        return DataFiles.rows(file, (row, where) -> {
            JsonNode node = json.readTree(row);
            String text = node.path("text").asText(null);
            if (text == null) {
                throw new IOException(where + ": no text");
            }
            List<PhiFinding> gold = new ArrayList<>();
            for (JsonNode f : node.path("findings")) {
                try {
                    // the corpus counts code points (as Python does); Java strings count UTF-16 units, and
                    // every emoji before a span would otherwise shift it
                    gold.add(new PhiFinding(PhiType.valueOf(f.path("type").asText()),
                            text.offsetByCodePoints(0, f.path("start").asInt()), text.offsetByCodePoints(0, f.path("end").asInt()), 1));
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    throw new IOException(where + ": bad finding " + f + " (" + e.getMessage() + ")", e);
                }
            }
            return new Labelled(text, gold);
        });
    }
}
