package dev.dbcloud.postgres;

import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.internal.Checks;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How {@link Instances#deleteSafely(String, SafeDeleteParams)} retries and waits. The conflict defaults follow the
 * Terraform provider, which retries a Postgres delete answered {@code 409 Conflict} every 10 seconds for up to 15
 * minutes; polls are 5 seconds apart like every Postgres waiter.
 *
 * <pre>{@code
 * pg.instances().deleteSafely(id, SafeDeleteParams.builder().waitUntilGone(false).build());
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
     * How long to keep retrying a delete answered with a transient {@code 409 Conflict}.
     *
     * @return default 15 minutes
     */
    @Value.Default
    Duration conflictTimeout() {
        return Duration.ofMinutes(15);
    }

    /**
     * The pause between delete attempts answered with a transient {@code 409 Conflict}.
     *
     * @return default 10 seconds
     */
    @Value.Default
    Duration conflictInterval() {
        return Duration.ofSeconds(10);
    }

    /**
     * How long the deleted instance may take to disappear, when {@link #waitUntilGone()}.
     *
     * @return default 30 minutes (the API documents no figure; this is the budget the Terraform provider allows a
     *     create)
     */
    @Value.Default
    Duration goneTimeout() {
        return Duration.ofMinutes(30);
    }

    /**
     * The pause between polls while waiting for the instance to disappear.
     *
     * @return default {@link Instances#DEFAULT_POLL_INTERVAL}, 5 seconds
     */
    @Value.Default
    Duration pollInterval() {
        return Instances.DEFAULT_POLL_INTERVAL;
    }

    @Value.Check
    void check() {
        Checks.positive(conflictTimeout(), "conflictTimeout");
        Checks.positive(conflictInterval(), "conflictInterval");
        Checks.positive(goneTimeout(), "goneTimeout");
        Checks.positive(pollInterval(), "pollInterval");
    }
}
