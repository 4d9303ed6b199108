package io.carepulse.models.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.models.entity.Watchlist;
import io.carepulse.models.mention.Author;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.mention.MentionKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyGuardTest {

    private static final Watchlist WATCHLIST = Watchlist.load(Path.of("../config/watchlist.yaml"));
    private static final PrivacyGuard GUARD = PrivacyGuard.forWatchlist(WATCHLIST);

    private static Mention by(String handle, String text) {
        return new Mention("1", "twitter", MentionKind.REPLY, text, Instant.EPOCH, null, new Author(handle, 10L, true), null,
                null, null, null, List.of(), null);
    }

    @Test
    void phiFromTheOrganisationsOwnAccountIsCritical() {
        PrivacyScan scan = GUARD.scan(by("@MercyRidgeCares", "Hi Denise, your mother was moved after her surgery. We will call you at 217-555-0164."));
        assertThat(scan.incident()).isEqualTo(PrivacyIncident.CRITICAL);
        assertThat(scan.redactedText()).isEqualTo("Hi [NAME], your mother was moved after her surgery. We will call you at [PHONE].");
    }

    @Test
    void aPatientNamedWithACareDetailByAnyoneElseIsHigh() {
        assertThat(GUARD.scan(by("someone", "My son Diego was admitted to Lakeside North with pneumonia")).incident())
                .isEqualTo(PrivacyIncident.HIGH);
        assertThat(GUARD.scan(by("someone", "Call me at 614-555-0128 about the bake sale")).incident())
                .isEqualTo(PrivacyIncident.NONE);
        assertThat(GUARD.scan(by("someone", "Lakeside North was great")).findings()).isEmpty();
    }
}
