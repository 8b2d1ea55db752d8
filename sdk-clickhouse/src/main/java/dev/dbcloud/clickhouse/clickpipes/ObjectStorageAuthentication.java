package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * How an object storage pipe authenticates (wire field {@code source.objectStorage.authentication}; omit it for public
 * buckets): {@code IAM_ROLE} for S3, {@code IAM_USER} for S3, GCS and DigitalOcean Spaces, {@code CONNECTION_STRING}
 * for Azure Blob Storage, {@code SERVICE_ACCOUNT} for GCS.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ObjectStorageAuthentication.IAM_USER) { … }
 * ObjectStorageAuthentication parsed = ObjectStorageAuthentication.of("IAM_USER");
 * }</pre>
 */
public final class ObjectStorageAuthentication extends OpenEnum {
    private static final Values<ObjectStorageAuthentication> VALUES =
            new Values<>(new BiFunction<String, Boolean, ObjectStorageAuthentication>() {
                @Override
                public ObjectStorageAuthentication apply(String value, Boolean known) {
                    return new ObjectStorageAuthentication(value, known);
                }
            });

    /** Wire value {@code IAM_ROLE}. */
    public static final ObjectStorageAuthentication IAM_ROLE = VALUES.known("IAM_ROLE");

    /** Wire value {@code IAM_USER}. */
    public static final ObjectStorageAuthentication IAM_USER = VALUES.known("IAM_USER");

    /** Wire value {@code CONNECTION_STRING}. */
    public static final ObjectStorageAuthentication CONNECTION_STRING = VALUES.known("CONNECTION_STRING");

    /** Wire value {@code SERVICE_ACCOUNT}. */
    public static final ObjectStorageAuthentication SERVICE_ACCOUNT = VALUES.known("SERVICE_ACCOUNT");

    private ObjectStorageAuthentication(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ObjectStorageAuthentication of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ObjectStorageAuthentication> knownValues() {
        return VALUES.knownValues();
    }
}
