package io.carepulse.models.entity;

import java.io.Serializable;
import java.util.List;

/** An organisation a customer watches, with everything people call it and its parts by. */
public record WatchedOrganisation(
        String id,
        String name,
        String type,
        List<String> aliases,
        List<String> handles,
        List<WatchedFacility> facilities,
        List<WatchedProvider> providers)
        implements Serializable {

    public WatchedOrganisation {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        handles = handles == null ? List.of() : List.copyOf(handles);
        facilities = facilities == null ? List.of() : List.copyOf(facilities);
        providers = providers == null ? List.of() : List.copyOf(providers);
    }
}
