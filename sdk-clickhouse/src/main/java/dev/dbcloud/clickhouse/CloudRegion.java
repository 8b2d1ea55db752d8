package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * A cloud region, as ClickHouse Cloud spells it (wire field {@code region} or {@code regionId}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == CloudRegion.US_EAST_1) { … }
 * CloudRegion parsed = CloudRegion.of("us-east-1");
 * }</pre>
 */
public final class CloudRegion extends OpenEnum {
    private static final Values<CloudRegion> VALUES = new Values<>(new BiFunction<String, Boolean, CloudRegion>() {
        @Override
        public CloudRegion apply(String value, Boolean known) {
            return new CloudRegion(value, known);
        }
    });

    /** Wire value {@code ap-northeast-1}. */
    public static final CloudRegion AP_NORTHEAST_1 = VALUES.known("ap-northeast-1");

    /** Wire value {@code ap-northeast-2}. */
    public static final CloudRegion AP_NORTHEAST_2 = VALUES.known("ap-northeast-2");

    /** Wire value {@code ap-south-1}. */
    public static final CloudRegion AP_SOUTH_1 = VALUES.known("ap-south-1");

    /** Wire value {@code ap-southeast-1}. */
    public static final CloudRegion AP_SOUTHEAST_1 = VALUES.known("ap-southeast-1");

    /** Wire value {@code ap-southeast-2}. */
    public static final CloudRegion AP_SOUTHEAST_2 = VALUES.known("ap-southeast-2");

    /** Wire value {@code ca-central-1}. */
    public static final CloudRegion CA_CENTRAL_1 = VALUES.known("ca-central-1");

    /** Wire value {@code eu-central-1}. */
    public static final CloudRegion EU_CENTRAL_1 = VALUES.known("eu-central-1");

    /** Wire value {@code eu-west-1}. */
    public static final CloudRegion EU_WEST_1 = VALUES.known("eu-west-1");

    /** Wire value {@code eu-west-2}. */
    public static final CloudRegion EU_WEST_2 = VALUES.known("eu-west-2");

    /** Wire value {@code il-central-1}. */
    public static final CloudRegion IL_CENTRAL_1 = VALUES.known("il-central-1");

    /** Wire value {@code us-east-1}. */
    public static final CloudRegion US_EAST_1 = VALUES.known("us-east-1");

    /** Wire value {@code us-east-2}. */
    public static final CloudRegion US_EAST_2 = VALUES.known("us-east-2");

    /** Wire value {@code us-west-2}. */
    public static final CloudRegion US_WEST_2 = VALUES.known("us-west-2");

    /** Wire value {@code us-east1}. */
    public static final CloudRegion US_EAST1 = VALUES.known("us-east1");

    /** Wire value {@code us-central1}. */
    public static final CloudRegion US_CENTRAL1 = VALUES.known("us-central1");

    /** Wire value {@code europe-west2}. */
    public static final CloudRegion EUROPE_WEST2 = VALUES.known("europe-west2");

    /** Wire value {@code europe-west4}. */
    public static final CloudRegion EUROPE_WEST4 = VALUES.known("europe-west4");

    /** Wire value {@code asia-southeast1}. */
    public static final CloudRegion ASIA_SOUTHEAST1 = VALUES.known("asia-southeast1");

    /** Wire value {@code asia-northeast1}. */
    public static final CloudRegion ASIA_NORTHEAST1 = VALUES.known("asia-northeast1");

    /** Wire value {@code eastus}. */
    public static final CloudRegion EASTUS = VALUES.known("eastus");

    /** Wire value {@code eastus2}. */
    public static final CloudRegion EASTUS2 = VALUES.known("eastus2");

    /** Wire value {@code westus3}. */
    public static final CloudRegion WESTUS3 = VALUES.known("westus3");

    /** Wire value {@code germanywestcentral}. */
    public static final CloudRegion GERMANYWESTCENTRAL = VALUES.known("germanywestcentral");

    /** Wire value {@code centralus}. */
    public static final CloudRegion CENTRALUS = VALUES.known("centralus");

    private CloudRegion(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static CloudRegion of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<CloudRegion> knownValues() {
        return VALUES.knownValues();
    }
}
