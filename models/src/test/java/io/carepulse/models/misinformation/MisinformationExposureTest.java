package io.carepulse.models.misinformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.carepulse.models.mention.Author;
import io.carepulse.models.mention.Engagement;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.mention.MentionKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MisinformationExposureTest {

    private static Mention mention(Author author, Engagement engagement) {
        return new Mention("1", "twitter", MentionKind.POST, "text", Instant.EPOCH, null, author, null, engagement, null,
                null, List.of(), null);
    }

    @Test
    void reachCountsFollowersSharesRepliesAndLikes() {
        Mention m = mention(new Author("a", 1_000L, false), new Engagement(50L, 20L, 3L));
        MisinformationExposure e = MisinformationExposure.of(0.9, m);
        assertThat(e.estimatedReach()).isEqualTo(1_000 + 100 * 20 + 10 * 3 + 50);
        assertThat(e.exposure()).isCloseTo(0.9 * Math.log10(10 + 3_080) / 7, within(1e-9));
    }

    @Test
    void aTenMillionAudienceGetsTheFullRiskAndUnknownReachOneStep() {
        assertThat(MisinformationExposure.of(0.8, mention(new Author("big", 10_000_000L, true), null)).exposure())
                .isCloseTo(0.8, within(1e-9));
        MisinformationExposure unknown = MisinformationExposure.of(0.7, mention(null, null));
        assertThat(unknown.estimatedReach()).isZero();
        assertThat(unknown.exposure()).isCloseTo(0.7 / 7, within(1e-9));
    }

    @Test
    void moreReachMeansMoreExposureForTheSameRisk() {
        double small = MisinformationExposure.of(0.9, mention(new Author("a", 100L, false), null)).exposure();
        double large = MisinformationExposure.of(0.9, mention(new Author("b", 100_000L, false), null)).exposure();
        assertThat(large).isGreaterThan(small);
    }
}
