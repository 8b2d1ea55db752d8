package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The provider of a custom backup bucket (wire field {@code bucketProvider}, upper case).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == BucketProvider.AWS) { … }
 * BucketProvider parsed = BucketProvider.of("AWS");
 * }</pre>
 */
public final class BucketProvider extends OpenEnum {
    private static final Values<BucketProvider> VALUES =
            new Values<>(new BiFunction<String, Boolean, BucketProvider>() {
                @Override
                public BucketProvider apply(String value, Boolean known) {
                    return new BucketProvider(value, known);
                }
            });

    /** Wire value {@code AWS}. */
    public static final BucketProvider AWS = VALUES.known("AWS");

    /** Wire value {@code GCP}. */
    public static final BucketProvider GCP = VALUES.known("GCP");

    /** Wire value {@code AZURE}. */
    public static final BucketProvider AZURE = VALUES.known("AZURE");

    private BucketProvider(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static BucketProvider of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<BucketProvider> knownValues() {
        return VALUES.knownValues();
    }
}
