package dev.dbcloud.clickhouse;

import dev.dbcloud.core.internal.Checks;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * The rules of {@link SafeDeleteParams}: what {@code SafeDeleteParamsAttributes} does not say about it. The
 * generated {@code SafeDeleteParamsDef} carries its annotations.
 */
abstract class SafeDeleteParamsRules extends SafeDeleteParamsAttributes {
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
