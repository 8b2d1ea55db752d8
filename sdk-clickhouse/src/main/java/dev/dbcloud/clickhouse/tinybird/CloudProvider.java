package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The cloud provider hosting a region or a cluster ({@code cloud_provider} on the wire), also the key of {@link
 * ClustersConfiguration#availableSizes()}.
 *
 * <p>Forward compatible: a provider Tinybird adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read; see {@link OpenEnum}.
 *
 * <pre>{@code
 * if (cluster.cloudProvider().orElse(null) == CloudProvider.GCP) { … }
 * List<ReplicaSize> sizes = configuration.availableSizes().get(CloudProvider.AWS);
 * CloudProvider parsed = CloudProvider.of("aws");         // CloudProvider.AWS
 * }</pre>
 */
public final class CloudProvider extends OpenEnum {
    private static final Values<CloudProvider> VALUES = new Values<>(CloudProvider::new);

    /** Amazon Web Services ({@code aws}). */
    public static final CloudProvider AWS = VALUES.known("aws");

    /** Google Cloud ({@code gcp}). */
    public static final CloudProvider GCP = VALUES.known("gcp");

    private CloudProvider(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value that keeps it.
     *
     * @param value the value exactly as the API spells it
     * @return the matching value
     */
    @JsonCreator
    public static CloudProvider of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version declares, in declaration order.
     *
     * @return the known values
     */
    public static Collection<CloudProvider> knownValues() {
        return VALUES.knownValues();
    }
}
