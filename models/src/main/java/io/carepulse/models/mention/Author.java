package io.carepulse.models.mention;

import java.io.Serializable;

/** Who posted a mention, as far as the platform tells; any component may be null. */
public record Author(String handle, Long followers, Boolean verified) implements Serializable {}
