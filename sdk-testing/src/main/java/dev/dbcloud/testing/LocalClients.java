package dev.dbcloud.testing;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.core.ClientBuilder;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.postgres.ManagedPostgresClient;
import java.time.Duration;
import java.util.Map;

/**
 * Builds the SDK's clients for a {@link LocalCloud}, on its simulated clock and sleeper. The API modules are
 * optional dependencies of this artifact: a client type is recognised by name, and only the nested factory of a
 * type the caller named (so whose class is present) is ever loaded.
 */
final class LocalClients {
    private static final String CLICKHOUSE_CLOUD = "dev.dbcloud.clickhouse.ClickHouseCloudClient";
    private static final String TINYBIRD = "dev.dbcloud.clickhouse.tinybird.TinybirdClient";
    private static final String MANAGED_POSTGRES = "dev.dbcloud.postgres.ManagedPostgresClient";
    private static final String CRUNCHY_BRIDGE = "dev.dbcloud.crunchy.CrunchyBridgeClient";

    /** What each recognised type needs on the class path, for messages. */
    private static final Map<String, String> ARTIFACTS = Map.of(
            CLICKHOUSE_CLOUD, "sdk-clickhouse",
            TINYBIRD, "sdk-clickhouse",
            MANAGED_POSTGRES, "sdk-postgres",
            CRUNCHY_BRIDGE, "sdk-crunchy");

    private LocalClients() {}

    /** Whether {@link #create} builds clients of this type. */
    static boolean supports(Class<?> type) {
        return ARTIFACTS.containsKey(type.getName());
    }

    /**
     * A new client of a supported type for the cloud.
     *
     * @throws IllegalArgumentException if the type is not a client this class builds
     */
    static AutoCloseable create(Class<?> type, LocalCloud cloud) {
        switch (type.getName()) {
            case CLICKHOUSE_CLOUD:
                return ClickHouse.cloud(cloud);
            case TINYBIRD:
                return ClickHouse.tinybird(cloud);
            case MANAGED_POSTGRES:
                return Postgres.managed(cloud);
            case CRUNCHY_BRIDGE:
                return Crunchy.bridge(cloud);
            default:
                throw new IllegalArgumentException(
                        "type must be one of the SDK's clients " + ARTIFACTS.keySet() + " but was " + type.getName());
        }
    }

    /**
     * A builder pointed at the local cloud and on its time: polls and retry pauses sleep the simulated duration
     * divided by the speed, and waiters' timeouts are measured in simulated time. The budget of one call stays the
     * default two minutes of real time, so an attempt slowed down by a busy machine does not spend a whole
     * call's budget in simulated time.
     */
    private static <B extends ClientBuilder<B>> B onCloud(
            B builder, String baseUrl, Credentials credentials, LocalCloud cloud) {
        SimClock clock = cloud.clock();
        Duration realCallBudget = Duration.ofMillis((long) (ClientBuilder.DEFAULT_TIMEOUT.toMillis() * clock.speed()));
        return builder.baseUrl(baseUrl)
                .credentials(credentials)
                .clock(clock.clock())
                .sleeper(clock.sleeper())
                .timeout(realCallBudget);
    }

    private static Credentials clickHouseKey(LocalCloud cloud) {
        return Credentials.basic(cloud.clickHouseCloudKeyId(), cloud.clickHouseCloudKeySecret());
    }

    /** Loaded only when a ClickHouse Cloud or Tinybird client is asked for. */
    private static final class ClickHouse {
        static AutoCloseable cloud(LocalCloud cloud) {
            return onCloud(ClickHouseCloudClient.builder(), cloud.clickHouseCloudUrl(), clickHouseKey(cloud), cloud)
                    .organizationId(cloud.clickHouseOrganizationId())
                    .build();
        }

        static AutoCloseable tinybird(LocalCloud cloud) {
            return onCloud(
                            TinybirdClient.builder(),
                            cloud.tinybirdUrl(),
                            Credentials.bearer(cloud.tinybirdToken()),
                            cloud)
                    .build();
        }
    }

    /** Loaded only when a Managed Postgres client is asked for. */
    private static final class Postgres {
        static AutoCloseable managed(LocalCloud cloud) {
            return onCloud(ManagedPostgresClient.builder(), cloud.clickHouseCloudUrl(), clickHouseKey(cloud), cloud)
                    .organizationId(cloud.clickHouseOrganizationId())
                    .build();
        }
    }

    /** Loaded only when a Crunchy Bridge client is asked for. */
    private static final class Crunchy {
        static AutoCloseable bridge(LocalCloud cloud) {
            return onCloud(
                            CrunchyBridgeClient.builder(),
                            cloud.crunchyBridgeUrl(),
                            Credentials.bearer(cloud.crunchyBridgeApiKey()),
                            cloud)
                    .build();
        }
    }
}
