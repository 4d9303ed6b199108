package io.carepulse.models.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyCheckTest {

    private static final ReplyCheck CHECK = new ReplyCheck(new HealthPrivacyDetector());

    @Test
    void aReplyThatConfirmsTheVisitIsNotSafeEvenWithoutIdentifiers() {
        ReplyCheck.Result result = CHECK.check("We're sorry your procedure on Tuesday was delayed; our records show you were seen at 4pm.");
        assertThat(result.safe()).isFalse();
        assertThat(result.confirmations()).isNotEmpty();
        assertThat(result.suggestion()).isEqualTo(ReplyCheck.SAFE_REPLY);
    }

    @Test
    void aReplyNamingThePatientIsNotSafe() {
        ReplyCheck.Result result = CHECK.check("Hi Maria, Diego's MRI is rebooked for 7/13.");
        assertThat(result.phi()).extracting(PhiFinding::type).contains(PhiType.NAME, PhiType.DATE);
    }

    @Test
    void aGenericReplyIsSafe() {
        ReplyCheck.Result result = CHECK.check("Thank you for the feedback. Please call our patient relations team at (312) 555-0100.");
        assertThat(result.safe()).isTrue();
    }
}
