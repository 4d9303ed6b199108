package io.carepulse.models.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.models.mention.Author;
import io.carepulse.models.mention.Mention;
import io.carepulse.models.mention.MentionKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {

    private final EntityMatcher matcher = new EntityMatcher(Watchlist.load(WatchlistTest.PROJECT_WATCHLIST));

    private List<EntityMatch> match(String text) {
        return matcher.match(mention(text, null, List.of()));
    }

    private static Mention mention(String text, String authorHandle, List<String> hints) {
        return new Mention("1", "twitter", MentionKind.POST, text, Instant.EPOCH, null,
                authorHandle == null ? null : new Author(authorHandle, null, null), null, null, null, null, hints, null);
    }

    @Test
    void findsFacilitiesProvidersAndOrganisationsByAliasCaseInsensitively() {
        List<EntityMatch> found = match("dr. rao at MERCY RIDGE GENERAL saved my dad's life");
        assertThat(found).extracting(EntityMatch::entityId).containsExactly("dr-anita-rao", "mercy-ridge-general");
        assertThat(found).extracting(EntityMatch::organisationId).containsOnly("mercy-ridge");
        assertThat(found.get(0)).isEqualTo(new EntityMatch("dr-anita-rao", "Dr. Anita Rao", EntityKind.PROVIDER,
                "mercy-ridge", "mercy-ridge-general", MatchSource.ALIAS, "dr. rao", 0, 7));
        assertThat(found.get(1).start()).isEqualTo(11);
        assertThat(found.get(1).end()).isEqualTo(30);
    }

    @Test
    void prefersTheLongestAlias() {
        assertThat(match("Mercy Ridge General Hospital parking is a joke"))
                .extracting(EntityMatch::entityId).containsExactly("mercy-ridge-general");
    }

    @Test
    void matchesPossessivesHandlesAndHashtags() {
        assertThat(match("Lakeside North's new suites")).extracting(EntityMatch::entityId).containsExactly("lakeside-north");
        assertThat(match("@LakesideHealth answer your phones. #MercyRidgeGeneral is better"))
                .extracting(EntityMatch::entityId, EntityMatch::matchedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lakeside-health", MatchSource.HANDLE),
                        org.assertj.core.groups.Tuple.tuple("mercy-ridge-general", MatchSource.HASHTAG));
        assertThat(match("thanks @brightpathcare.")).extracting(EntityMatch::entityId).containsExactly("brightpath");
    }

    @Test
    void wholeWordsOnly() {
        assertThat(match("the lakeside cabin was lovely, at the mercy of the weather")).isEmpty();
        assertThat(match("BrightPathology lab results")).isEmpty();
    }

    @Test
    void theAuthorsOwnAccountAndTheCollectorsHintsCount() {
        List<EntityMatch> found = matcher.match(mention("We are sorry to hear this, please DM us.", "MercyRidgeCares",
                List.of("northstar-health-plan", "Lakeside Regional", "unknown-thing")));
        assertThat(found).allSatisfy(match -> assertThat(match.inText()).isFalse());
        assertThat(found).extracting(EntityMatch::entityId, EntityMatch::matchedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mercy-ridge", MatchSource.AUTHOR),
                org.assertj.core.groups.Tuple.tuple("northstar-health-plan", MatchSource.HINT),
                org.assertj.core.groups.Tuple.tuple("lakeside-regional", MatchSource.HINT));
    }

    @Test
    void eachEntityOnceEvenWhenNamedTwice() {
        assertThat(match("Northstar Health denied it. Northstar Insurance denied it again."))
                .extracting(EntityMatch::entityId).containsExactly("northstar-health-plan");
    }
}
