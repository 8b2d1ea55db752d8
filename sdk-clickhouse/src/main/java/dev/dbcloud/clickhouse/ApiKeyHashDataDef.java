package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Hashes of a key id and secret you generated yourself (wire schema {@code ApiKeyHashData}), sent instead of
 * letting the API generate them, so the secret never leaves the machine. The API then answers without credentials.
 *
 * <pre>{@code
 * ApiKeyHashData hashes = ApiKeyHashData.of(myKeyId, myKeySecret);   // Base64(SHA-256) of each, and the id's suffix
 * ch.organizations().apiKeys().create(CreateApiKeyParams.builder().name("ci").hashData(hashes).build());
 * }</pre>
 *
 * <p>The hashes print as {@code ****} in {@code toString()}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ApiKeyHashData.class)
@JsonDeserialize(as = ApiKeyHashData.class)
abstract class ApiKeyHashDataDef {
    /**
     * Base64 of the SHA-256 digest of the key id (wire {@code keyIdHash}); see {@link
     * PasswordHashes#sha256Base64(String)}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> keyIdHash();

    /**
     * The last 4 characters of the key id (wire {@code keyIdSuffix}).
     *
     * @return the value
     */
    abstract Optional<String> keyIdSuffix();

    /**
     * Base64 of the SHA-256 digest of the key secret (wire {@code keySecretHash}); see {@link
     * PasswordHashes#sha256Base64(String)}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> keySecretHash();

    /**
     * The hashes of a key id and secret, computed here: Base64 of the SHA-256 digest of each (UTF-8), and the last
     * 4 characters of the id.
     *
     * @param keyId the key id you generated, at least 4 characters; it is not kept
     * @param keySecret the key secret you generated; it is not kept
     * @return the hash data
     * @throws IllegalArgumentException if {@code keyId} has fewer than 4 characters; nothing is sent
     */
    public static ApiKeyHashData of(String keyId, String keySecret) {
        requireNonNull(keyId, "keyId == null");
        requireNonNull(keySecret, "keySecret == null");
        if (keyId.length() < 4) {
            throw new IllegalArgumentException(
                    "keyId must have at least 4 characters, since keyIdSuffix is its last 4: got " + keyId.length());
        }
        return ApiKeyHashData.builder()
                .keyIdHash(PasswordHashes.sha256Base64(keyId))
                .keyIdSuffix(keyId.substring(keyId.length() - 4))
                .keySecretHash(PasswordHashes.sha256Base64(keySecret))
                .build();
    }
}
