package io.carepulse.models;

import io.carepulse.models.entity.EntityMatch;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.misinformation.MisinformationExposure;
import io.carepulse.models.privacy.PrivacyScan;
import io.carepulse.models.sentiment.EntitySentiment;
import io.carepulse.models.sentiment.SentimentScore;
import java.io.Serializable;
import java.util.List;

/**
 * A mention with everything CarePulse worked out about it: the one record that is indexed.
 *
 * @param fingerprint content fingerprint shared by reposts and duplicates
 * @param duplicateOf document id of the first mention seen with the same fingerprint, or null
 *     if this is that first one
 * @param entities the watched entities it is about; empty means unmatched
 * @param sentiment the mention's sentiment: its text's, blended with its star rating if it has one
 * @param entitySentiments the sentiment toward each matched entity, in the order of {@code entities}
 * @param misinformationExposure the text's misinformation risk weighed by this mention's reach
 * @param privacy the PHI found in the original text; {@code mention} carries the redacted text
 */
public record ScoredMention(
        Mention mention,
        String fingerprint,
        String duplicateOf,
        List<EntityMatch> entities,
        TextScores textScores,
        SentimentScore sentiment,
        List<EntitySentiment> entitySentiments,
        MisinformationExposure misinformationExposure,
        PrivacyScan privacy)
        implements Serializable {

    public ScoredMention {
        entities = List.copyOf(entities);
        entitySentiments = List.copyOf(entitySentiments);
    }

    public String documentId() {
        return mention.documentId();
    }

    public boolean matched() {
        return !entities.isEmpty();
    }

    /** The distinct organisations behind the matched entities, in order of first match. */
    public List<String> organisationIds() {
        return entities.stream().map(EntityMatch::organisationId).distinct().toList();
    }

    /** Whether the star rating went into {@link #sentiment()}. */
    public boolean ratingBlended() {
        return mention.rating() != null;
    }
}
