package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The object store an object storage pipe reads from (wire field {@code source.objectStorage.type}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ObjectStorageType.GCS) { … }
 * ObjectStorageType parsed = ObjectStorageType.of("gcs");
 * }</pre>
 */
public final class ObjectStorageType extends OpenEnum {
    private static final Values<ObjectStorageType> VALUES =
            new Values<>(new BiFunction<String, Boolean, ObjectStorageType>() {
                @Override
                public ObjectStorageType apply(String value, Boolean known) {
                    return new ObjectStorageType(value, known);
                }
            });

    /** Wire value {@code s3}. */
    public static final ObjectStorageType S3 = VALUES.known("s3");

    /** Wire value {@code gcs}. */
    public static final ObjectStorageType GCS = VALUES.known("gcs");

    /** Wire value {@code dospaces}. */
    public static final ObjectStorageType DOSPACES = VALUES.known("dospaces");

    /** Wire value {@code azureblobstorage}. */
    public static final ObjectStorageType AZUREBLOBSTORAGE = VALUES.known("azureblobstorage");

    /** Wire value {@code cloudflarer2}. */
    public static final ObjectStorageType CLOUDFLARER2 = VALUES.known("cloudflarer2");

    /** Wire value {@code ovhobjectstorage}. */
    public static final ObjectStorageType OVHOBJECTSTORAGE = VALUES.known("ovhobjectstorage");

    private ObjectStorageType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ObjectStorageType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ObjectStorageType> knownValues() {
        return VALUES.knownValues();
    }
}
