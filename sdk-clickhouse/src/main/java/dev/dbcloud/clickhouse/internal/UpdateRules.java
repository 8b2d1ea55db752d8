package dev.dbcloud.clickhouse.internal;

import dev.dbcloud.core.internal.Json;

/**
 * The rule every partial update of this module follows (service, scaling and ClickPipe updates and their parts):
 * an update that sets nothing would be sent as {@code {}}, which changes nothing, so {@code build()} refuses it.
 *
 * <pre>{@code
 * @Value.Check
 * void check() {
 *     UpdateRules.requireChange(this, "UpdateServiceParams");
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
