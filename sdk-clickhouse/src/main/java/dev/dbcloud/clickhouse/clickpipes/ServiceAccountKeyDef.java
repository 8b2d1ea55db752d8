package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * A Google Cloud service account key (wire schema {@code ServiceAccount}): the base64 encoded JSON key file
 * of a Pub/Sub or BigQuery pipe. The file prints as {@code ****} in {@code toString()}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ServiceAccountKey.class)
@JsonDeserialize(as = ServiceAccountKey.class)
abstract class ServiceAccountKeyDef {
    /**
     * The base64 encoded service account JSON key file (wire {@code serviceAccountFile}); printed as {@code ****} by
     * {@code toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract String serviceAccountFile();

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
