package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The cloud a service, private endpoint or BYOC region runs on (wire values {@code aws}, {@code gcp}, {@code azure}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == CloudProvider.AWS) { … }
 * CloudProvider parsed = CloudProvider.of("aws");
 * }</pre>
 */
public final class CloudProvider extends OpenEnum {
    private static final Values<CloudProvider> VALUES = new Values<>(new BiFunction<String, Boolean, CloudProvider>() {
        @Override
        public CloudProvider apply(String value, Boolean known) {
            return new CloudProvider(value, known);
        }
    });

    /** Wire value {@code aws}. */
    public static final CloudProvider AWS = VALUES.known("aws");

    /** Wire value {@code gcp}. */
    public static final CloudProvider GCP = VALUES.known("gcp");

    /** Wire value {@code azure}. */
    public static final CloudProvider AZURE = VALUES.known("azure");

    private CloudProvider(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static CloudProvider of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<CloudProvider> knownValues() {
        return VALUES.knownValues();
    }
}
