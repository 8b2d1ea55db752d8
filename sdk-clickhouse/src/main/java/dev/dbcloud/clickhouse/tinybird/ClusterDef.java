package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.clickhouse.tinybird.internal.LenientText;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dedicated ClickHouse cluster of a Tinybird organization, as {@code GET /v0/organizations/{org}/clusters} lists
 * it: its traffic weights, its replicas, whether an operation is running, and version and maintenance metadata.
 * Users see the generated {@link Cluster}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Cluster.class)
@JsonDeserialize(as = Cluster.class)
abstract class ClusterDef {

    /** @return the identifier management operations take ({@code cluster_id}) */
    abstract String clusterId();

    /** @return the internal cluster name ({@code cluster_name}) */
    abstract Optional<String> clusterName();

    /** @return the cloud provider hosting the cluster ({@code cloud_provider}), e.g. {@code aws} */
    abstract Optional<CloudProvider> cloudProvider();

    /** @return the provider region the cluster runs in ({@code cloud_region}), e.g. {@code eu-west-1} */
    abstract Optional<String> cloudRegion();

    /**
     * Whether a cluster operation is running ({@code operation_in_progress}); no other is accepted then. Empty when
     * the server did not say (field missing or null): the cluster's state is then unknown, and neither {@link
     * #isIdle()} nor the conveniences of {@link Clusters} treat it as idle.
     *
     * @return the flag as the server sent it
     */
    abstract Optional<Boolean> operationInProgress();

    /**
     * Whether weights can be rebalanced at this time ({@code can_rebalance}); empty when the server did not say,
     * which {@link Clusters#rebalance(String, Weights)} treats as "not allowed".
     *
     * @return the flag as the server sent it
     */
    abstract Optional<Boolean> canRebalance();

    /**
     * Whether replicas can be added or removed at this time ({@code can_scale}); empty when the server did not
     * say, which the add and remove conveniences of {@link Clusters} treat as "not allowed".
     *
     * @return the flag as the server sent it
     */
    abstract Optional<Boolean> canScale();

    /**
     * The current traffic distribution by role and replica ({@code cluster_weights}); empty when missing or null.
     *
     * @return the weights
     */
    @Value.Default
    Weights clusterWeights() {
        return Weights.empty();
    }

    /**
     * The replicas keyed by replica name ({@code replicas}); empty when missing or null.
     *
     * @return the replicas
     */
    abstract Map<String, Replica> replicas();

    /** @return the last cluster-level error, if any ({@code error}); a structured error is kept as JSON text */
    @JsonDeserialize(contentUsing = LenientText.class)
    abstract Optional<String> error();

    /**
     * Whether the cluster is under maintenance ({@code ongoing_maintenance}); empty when the server did not say.
     *
     * @return the flag as the server sent it
     */
    abstract Optional<Boolean> ongoingMaintenance();

    /** @return the current ClickHouse version ({@code clickhouse_version}), e.g. {@code 24.8} */
    abstract Optional<String> clickhouseVersion();

    /**
     * The versions the cluster can be upgraded to ({@code available_clickhouse_versions}); empty when missing or
     * null.
     *
     * @return the versions
     */
    abstract List<String> availableClickhouseVersions();

    /** @return the rolling update settings when configured ({@code rolling_update_config}); shape undocumented */
    abstract Optional<Map<String, Object>> rollingUpdateConfig();

    /**
     * Whether the cluster accepts a new operation: the server reported {@code operation_in_progress=false}, so a
     * rebalance or scaling request can be sent when {@link #canRebalance()} or {@link #canScale()} allows it. False
     * while an operation runs, and also when the server did not report the flag, since the state is then unknown.
     *
     * @return true only when the server said no operation is in progress
     */
    @JsonIgnore
    public boolean isIdle() {
        return operationInProgress().equals(Optional.of(Boolean.FALSE));
    }
}
