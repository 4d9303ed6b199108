package io.carepulse.models.entity;

import java.util.Locale;

/** The levels of a watchlist: an organisation owns facilities and employs providers. */
public enum EntityKind {
    ORGANISATION,
    FACILITY,
    PROVIDER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
