package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link ApiKeyHashData}: what {@code ApiKeyHashDataAttributes} does not say about it. The
 * generated {@code ApiKeyHashDataDef} carries its annotations.
 */
abstract class ApiKeyHashDataRules extends ApiKeyHashDataAttributes {

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
