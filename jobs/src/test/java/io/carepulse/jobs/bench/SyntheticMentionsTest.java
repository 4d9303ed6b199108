package io.carepulse.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.models.entity.Watchlist;
import io.carepulse.models.mention.Fingerprint;
import io.carepulse.models.mention.MentionParser;
import io.carepulse.models.mention.ParseResult;
import io.carepulse.models.mention.ParseResult.Parsed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticMentionsTest {

    private static final Watchlist WATCHLIST = Watchlist.load(Path.of("../config/watchlist.yaml"));

    @Test
    void theSameSeedWritesTheSameFileAndItsCountsAreExact(@TempDir Path dir) throws Exception {
        SyntheticMentions.Written a = SyntheticMentions.write(dir.resolve("a.jsonl"), SyntheticMentions.Options.of(3_000, 42), WATCHLIST);
        SyntheticMentions.Written b = SyntheticMentions.write(dir.resolve("b.jsonl"), SyntheticMentions.Options.of(3_000, 42), WATCHLIST);
        assertThat(Files.readAllLines(a.file())).isEqualTo(Files.readAllLines(b.file()));

        List<String> lines = Files.readAllLines(a.file());
        MentionParser parser = new MentionParser();
        Set<String> ids = new HashSet<>();
        Set<String> fingerprints = new HashSet<>();
        int invalid = 0;
        int linked = 0;
        int reviews = 0;
        for (String line : lines) {
            ParseResult result = parser.parse(line);
            if (result instanceof Parsed parsed) {
                ids.add(parsed.mention().documentId());
                if (!fingerprints.add(Fingerprint.of(parsed.mention().text()))) {
                    linked++;
                }
                if (parsed.mention().rating() != null) {
                    reviews++;
                }
            } else {
                invalid++;
            }
        }
        assertThat(lines).hasSize(3_000);
        assertThat(ids).hasSize(a.mentions());
        assertThat(invalid).isEqualTo(a.malformed());
        assertThat(linked).isEqualTo(a.duplicates());
        assertThat(a.duplicates()).isBetween(300, 600);
        assertThat(reviews).isBetween(600, 1000);
    }
}
