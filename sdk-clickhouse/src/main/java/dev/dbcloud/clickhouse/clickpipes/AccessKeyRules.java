package dev.dbcloud.clickhouse.clickpipes;

/**
 * The rules of {@link AccessKey}: what {@code AccessKeyAttributes} does not say about it. The
 * generated {@code AccessKeyDef} carries its annotations.
 */
abstract class AccessKeyRules extends AccessKeyAttributes {

    /**
     * Creates an access key pair.
     *
     * @param accessKeyId the access key id
     * @param secretKey the secret key
     * @return the key pair
     */
    public static AccessKey of(String accessKeyId, String secretKey) {
        return AccessKey.builder().accessKeyId(accessKeyId).secretKey(secretKey).build();
    }
}
