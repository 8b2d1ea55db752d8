package dev.dbcloud.clickhouse.internal;

import dev.dbcloud.core.internal.Json;

/**
 * The one documented "must set something" rule of ClickHouse Cloud updates: a ClickPipe scaling change and the
 * objects nested in a ClickPipe update (a source update and its settings) must not be sent as {@code {}}, because
 * the API reads an empty object as values, not as "no change": an empty scaling object is zero replicas ({@code
 * replicas: Not between 1 and 40}) and an empty {@code postgres} object fails with {@code postgres.host: ''} ({@code
 * reference/clickhouse-cloud.md} §9.5). Top-level service, scaling, replica-scaling and ClickPipe updates are
 * <em>not</em> subject to it: nothing documents a refusal, and an empty one goes out as {@code {}}.
 *
 * <pre>{@code
 * @Value.Check
 * void check() {
 *     UpdateRules.requireChange(this, "UpdateClickPipeScalingParams");
 * }
 * }</pre>
 */
public final class UpdateRules {
    private UpdateRules() {}

    /**
     * Refuses an update whose JSON body would be the empty object.
     *
     * @param update the update, as it will be sent
     * @param what its type's name, for the message
     * @throws IllegalArgumentException {@code "<what> must set at least one field"}
     */
    public static void requireChange(Object update, String what) {
        if (Json.toTree(update).isEmpty()) {
            throw new IllegalArgumentException(what + " must set at least one field");
        }
    }
}
