package io.carepulse.models.entity;

import java.io.Serializable;
import java.util.List;

/** A hospital, clinic or site of an organisation. */
public record WatchedFacility(
        String id, String name, List<String> aliases, List<String> handles, String city, String region)
        implements Serializable {

    public WatchedFacility {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        handles = handles == null ? List.of() : List.copyOf(handles);
    }
}
