package dev.dbcloud.clickhouse.clickpipes;

/**
 * The rules of {@link ServiceAccountKey}: what {@code ServiceAccountKeyAttributes} does not say about it. The
 * generated {@code ServiceAccountKeyDef} carries its annotations.
 */
abstract class ServiceAccountKeyRules extends ServiceAccountKeyAttributes {

    /**
     * Wraps a base64 encoded service account JSON key file.
     *
     * @param base64JsonKey the key file, base64 encoded
     * @return the key
     */
    public static ServiceAccountKey of(String base64JsonKey) {
        return ServiceAccountKey.builder().serviceAccountFile(base64JsonKey).build();
    }
}
