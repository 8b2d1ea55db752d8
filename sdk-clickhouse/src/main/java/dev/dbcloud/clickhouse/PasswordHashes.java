package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Computes the password hashes the ClickHouse Cloud API accepts instead of a password, so a chosen password never
 * leaves the machine. {@link ResetPasswordParams#fromPassword(String)} uses both.
 *
 * <pre>{@code
 * String hash = PasswordHashes.sha256Base64("s3cret");      // newPasswordHash
 * String mysql = PasswordHashes.doubleSha1Hex("s3cret");    // newDoubleSha1Hash
 * }</pre>
 */
public final class PasswordHashes {
    private PasswordHashes() {}

    /**
     * The Base64 encoding of the raw SHA-256 digest of the UTF-8 password, as the API's {@code newPasswordHash}
     * expects ({@code echo -n pw | sha256sum | xxd -r -p | base64}).
     *
     * @param password the password
     * @return the hash
     */
    public static String sha256Base64(String password) {
        requireNonNull(password, "password == null");
        return Base64.getEncoder().encodeToString(digest("SHA-256", password.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The lowercase hex of SHA-1 applied twice (to the raw first digest) to the UTF-8 password, as the API's
     * {@code newDoubleSha1Hash} for the MySQL protocol expects.
     *
     * @param password the password
     * @return the hash
     */
    public static String doubleSha1Hex(String password) {
        requireNonNull(password, "password == null");
        byte[] once = digest("SHA-1", password.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest("SHA-1", once));
    }

    private static byte[] digest(String algorithm, byte[] input) {
        try {
            return MessageDigest.getInstance(algorithm).digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
