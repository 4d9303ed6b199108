package io.carepulse.models.linear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a model packaged as a resource beside its class, with a clear error when it is missing. */
public final class PackagedModels {

    /** Reads a model from its file. */
    public interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private PackagedModels() {}

    /**
     * @param scorer the scorer's name, as in {@code scripts/carepulse train <scorer>}
     */
    public static <M> M load(Class<?> owner, String resource, Reader<M> reader, String scorer) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the " + scorer + " model " + resource + " is not packaged; "
                        + "train it with: scripts/carepulse train " + scorer);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + scorer + " model " + resource, e);
        }
    }
}
