package io.carepulse.models.mention;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable document ids: a hash of the parts that identify a record, so that reading the same
 * record again (a replay, a restart) overwrites its document instead of adding a second one.
 */
public final class DocumentIds {

    private static final HexFormat HEX = HexFormat.of();

    private DocumentIds() {}

    /** 32 hex characters (128 bits of SHA-256) over the parts joined by a separator. */
    public static String of(String... parts) {
        MessageDigest sha = sha256();
        for (String part : parts) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f);
        }
        byte[] digest = sha.digest();
        return HEX.formatHex(digest, 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
