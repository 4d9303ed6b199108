package io.carepulse.models.misinformation;

import io.carepulse.models.mention.Author;
import io.carepulse.models.mention.Engagement;
import io.carepulse.models.mention.Mention;
import java.io.Serializable;

/**
 * How far a risky mention reaches: its risk weighed by its audience, so that alerts and the
 * monthly report rank a false claim seen by a million people above one seen by ten.
 *
 * <pre>
 *   estimated reach = followers + 100 x shares + 10 x replies + likes
 *   exposure        = risk x min(1, log10(10 + estimated reach) / 7)
 * </pre>
 *
 * A share shows the post to the sharer's own followers (100 is a conservative median audience
 * per sharer); a reply surfaces it in a thread; a like is one person who saw it. The logarithm
 * makes exposure grow by the same step for every tenfold audience, reaching the full risk at
 * 10 million people; a post of unknown reach still counts one step (risk / 7).
 *
 * @param estimatedReach people the post plausibly reached
 * @param exposure in [0, 1]
 */
public record MisinformationExposure(long estimatedReach, double exposure) implements Serializable {

    public static final int SHARE_AUDIENCE = 100;
    public static final int REPLY_WEIGHT = 10;
    public static final double FULL_REACH_LOG10 = 7;

    public static MisinformationExposure of(double risk, Mention mention) {
        long reach = estimatedReach(mention.author(), mention.engagement());
        double audience = Math.min(1, Math.log10(10 + reach) / FULL_REACH_LOG10);
        return new MisinformationExposure(reach, risk * audience);
    }

    static long estimatedReach(Author author, Engagement engagement) {
        long reach = author != null && author.followers() != null ? Math.max(0, author.followers()) : 0;
        if (engagement != null) {
            reach += SHARE_AUDIENCE * orZero(engagement.shares()) + REPLY_WEIGHT * orZero(engagement.replies())
                    + orZero(engagement.likes());
        }
        return reach;
    }

    private static long orZero(Long count) {
        return count == null ? 0 : Math.max(0, count);
    }
}
