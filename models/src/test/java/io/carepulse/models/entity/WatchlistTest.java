package io.carepulse.models.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistTest {

    static final Path PROJECT_WATCHLIST = Path.of("../config/watchlist.yaml");

    @Test
    void loadsTheProjectWatchlist() {
        Watchlist watchlist = Watchlist.load(PROJECT_WATCHLIST);
        assertThat(watchlist.organisations()).extracting(WatchedOrganisation::id)
                .containsExactly("mercy-ridge", "lakeside-health", "brightpath", "northstar-health-plan");
        WatchedOrganisation mercy = watchlist.organisations().get(0);
        assertThat(mercy.facilities()).extracting(WatchedFacility::id).contains("mercy-ridge-general");
        assertThat(mercy.providers()).extracting(WatchedProvider::facility).doesNotContainNull();
    }

    @Test
    void errorsNameTheFileAndTheKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("watchlist.yaml");
        Files.writeString(file, """
                organisations:
                  - id: acme
                    name: Acme Health
                    facilities:
                      - id: Bad Id
                        name: Acme North
                    providers:
                      - id: acme
                        name: Dr. Who
                        facility: nowhere
                """);
        assertThatThrownBy(() -> Watchlist.load(file))
                .isInstanceOf(WatchlistException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("organisations[0].facilities[0].id: must be lower-case")
                .hasMessageContaining("organisations[0].providers[0].id: \"acme\" is used twice")
                .hasMessageContaining("organisations[0].providers[0].facility: \"nowhere\" is not a facility of acme");
    }

    @Test
    void unknownKeysAreErrorsNotSilentlyIgnored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("watchlist.yaml");
        Files.writeString(file, "organisations:\n  - id: acme\n    name: Acme\n    alias: [Acme Co]\n");
        assertThatThrownBy(() -> Watchlist.load(file))
                .hasMessageStartingWith(file + ": organisations[0].alias")
                .hasMessageContaining("Unrecognized field \"alias\"");
    }
}
