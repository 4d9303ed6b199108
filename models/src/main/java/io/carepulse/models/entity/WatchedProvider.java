package io.carepulse.models.entity;

import java.io.Serializable;
import java.util.List;

/** A clinician people name in reviews ("Dr. Rao"); {@code facility} is a facility id or null. */
public record WatchedProvider(
        String id, String name, List<String> aliases, String specialty, String facility)
        implements Serializable {

    public WatchedProvider {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
