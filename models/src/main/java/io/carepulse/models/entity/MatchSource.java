package io.carepulse.models.entity;

import java.util.Locale;

/** What in a mention tied it to a watched entity. */
public enum MatchSource {
    /** the entity's name or one of its aliases in the text */
    ALIAS,
    /** one of the entity's social handles, @mentioned in the text */
    HANDLE,
    /** a hashtag spelling one of its names, e.g. #MercyGeneral */
    HASHTAG,
    /** posted by one of the entity's own accounts */
    AUTHOR,
    /** named in the record's entity_hints by the collector */
    HINT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
