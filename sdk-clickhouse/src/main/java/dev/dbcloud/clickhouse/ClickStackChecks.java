package dev.dbcloud.clickhouse;

import java.util.Optional;

/** The one check the ClickStack parameters share: a field the specification requires on writes. */
final class ClickStackChecks {
    private ClickStackChecks() {}

    /**
     * Refuses an absent value.
     *
     * @param value the value set, if any
     * @param field the wire path of the field, e.g. {@code tiles[0].name}
     * @param rule when the field is required, e.g. {@code " for a trace source"}; empty when always
     * @throws IllegalArgumentException naming the field when the value is absent
     */
    static void require(Optional<?> value, String field, String rule) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + " is required" + rule);
        }
    }
}
