package dev.dbcloud.clickhouse;

import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.internal.Checks;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How a safe delete retries and waits: {@link Services#deleteSafely(String, SafeDeleteParams)} for a ClickHouse
 * Cloud service, and {@code Instances.deleteSafely} of ClickHouse Managed Postgres (which never stops an instance,
 * so it does not use {@link #stopTimeout()}). The defaults follow the official Terraform provider: poll every 5
 * seconds, allow 20 minutes for stopping, retry a {@code 409} every 10 seconds for 15 minutes, then wait up to 20
 * minutes for the resource to disappear.
 *
 * <pre>{@code
 * ch.services().deleteSafely(serviceId, SafeDeleteParams.builder().waitUntilGone(false).build());
 * pg.instances().deleteSafely(postgresId, SafeDeleteParams.builder().conflictTimeout(Duration.ofMinutes(5)).build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
abstract class SafeDeleteParamsDef {
    /**
     * Whether to return only once {@code GET} answers 404.
     *
     * @return default true
     */
    @Value.Default
    boolean waitUntilGone() {
        return true;
    }

    /**
     * How long the service may take to reach {@code stopped}; not used for Managed Postgres instances.
     *
     * @return default 20 minutes
     */
    @Value.Default
    Duration stopTimeout() {
        return Duration.ofMinutes(20);
    }

    /**
     * How long to keep retrying a delete answered with {@code 409 Conflict}.
     *
     * @return default 15 minutes
     */
    @Value.Default
    Duration conflictTimeout() {
        return Duration.ofMinutes(15);
    }

    /**
     * The pause between delete attempts answered with {@code 409 Conflict}.
     *
     * @return default 10 seconds
     */
    @Value.Default
    Duration conflictInterval() {
        return Duration.ofSeconds(10);
    }

    /**
     * How long the deleted service or instance may take to disappear.
     *
     * @return default 20 minutes
     */
    @Value.Default
    Duration goneTimeout() {
        return Duration.ofMinutes(20);
    }

    /**
     * The pause between state polls.
     *
     * @return default 5 seconds
     */
    @Value.Default
    Duration pollInterval() {
        return Duration.ofSeconds(5);
    }

    @Value.Check
    void check() {
        Checks.positive(stopTimeout(), "stopTimeout");
        Checks.positive(conflictTimeout(), "conflictTimeout");
        Checks.positive(conflictInterval(), "conflictInterval");
        Checks.positive(goneTimeout(), "goneTimeout");
        Checks.positive(pollInterval(), "pollInterval");
    }
}
