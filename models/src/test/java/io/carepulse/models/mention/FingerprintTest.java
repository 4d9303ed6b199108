package io.carepulse.models.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final String TEXT = "Waited 6 hours in the Lakeside Regional ER. Worst night ever!";

    @Test
    void repostsLinksCasePunctuationAndSpacingDoNotChangeIt() {
        String fp = Fingerprint.of(TEXT);
        assertThat(Fingerprint.of("RT @jdoe: " + TEXT)).isEqualTo(fp);
        assertThat(Fingerprint.of("RT @a: RT @b: " + TEXT)).isEqualTo(fp);
        assertThat(Fingerprint.of("waited 6 hours in the lakeside regional ER   worst night ever")).isEqualTo(fp);
        assertThat(Fingerprint.of(TEXT + " https://t.co/abc123")).isEqualTo(fp);
        assertThat(Fingerprint.of(TEXT + " \uD83D\uDE21")).isEqualTo(fp);
    }

    @Test
    void differentWordsOrTargetsDiffer() {
        assertThat(Fingerprint.of("Waited 7 hours in the Lakeside Regional ER. Worst night ever!"))
                .isNotEqualTo(Fingerprint.of(TEXT));
        assertThat(Fingerprint.of("@MercyRidgeHealth thank you")).isNotEqualTo(Fingerprint.of("@LakesideHealth thank you"));
    }

    @Test
    void aTextOfOnlyALinkKeepsItsIdentity() {
        assertThat(Fingerprint.of("https://a.example/1")).isNotEqualTo(Fingerprint.of("https://b.example/2"));
    }
}
