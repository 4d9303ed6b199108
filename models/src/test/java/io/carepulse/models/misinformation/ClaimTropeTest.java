package io.carepulse.models.misinformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClaimTropeTest {

    private static Set<ClaimTrope> found(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(ClaimTrope.values()).filter(t -> t.foundIn(lower)).collect(Collectors.toSet());
    }

    @Test
    void findsEachTropeInItsUsualWording() {
        assertThat(found("This miracle remedy reverses type 2 diabetes")).containsExactly(ClaimTrope.MIRACLE_CURE);
        assertThat(found("What the media are not telling you about the outbreak")).containsExactly(ClaimTrope.HIDDEN_TRUTH);
        assertThat(found("The HPV vaccine causes infertility in girls")).containsExactly(ClaimTrope.ANTI_VACCINE);
        assertThat(found("Colloidal silver kills any infection")).contains(ClaimTrope.FAKE_TREATMENT);
        assertThat(found("Share this before it gets taken down")).containsExactly(ClaimTrope.SHARE_URGENCY);
    }

    @Test
    void ordinaryHealthcarePostsUseNone() {
        assertThat(found("My flu shot at BrightPath took five minutes. Sore arm today, that's all.")).isEmpty();
        assertThat(found("Billing at Lakeside charged me twice for the same MRI")).isEmpty();
    }
}
