package dev.dbcloud.crunchy.internal;

import dev.dbcloud.core.OpenEnum;
import java.util.Optional;

/**
 * The rules the {@code …Params} types check in their {@code @Value.Check}, each failing with an {@link
 * IllegalArgumentException} that names the field and the rule, before anything is sent.
 */
public final class ParamChecks {
    private ParamChecks() {}

    /**
     * Requires text that is not blank.
     *
     * @param value the value
     * @param name the field's name
     */
    public static void text(String value, String name) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /**
     * Requires a storage size, if given, to be a positive number of GB.
     *
     * @param storage the {@code storage} field
     */
    public static void storage(Optional<Integer> storage) {
        storage.ifPresent(gb -> {
            if (gb <= 0) {
                throw new IllegalArgumentException("storage must be a positive number of GB but was " + gb);
            }
        });
    }

    /**
     * Checks the paging parameters of a list.
     *
     * @param cursor {@code cursor}, not blank
     * @param limit {@code limit}, from 1 to {@code maxLimit}
     * @param maxLimit the largest limit the list accepts
     * @param order {@code order}, a value the API knows: {@code asc} or {@code desc}
     * @param orderField {@code order_field}, not blank
     */
    public static void paging(
            Optional<String> cursor,
            Optional<Integer> limit,
            int maxLimit,
            Optional<? extends OpenEnum> order,
            Optional<String> orderField) {
        limit.ifPresent(value -> {
            if (value < 1 || value > maxLimit) {
                throw new IllegalArgumentException("limit must be between 1 and " + maxLimit + " but was " + value);
            }
        });
        cursor.ifPresent(value -> text(value, "cursor"));
        order.filter(value -> !value.isKnown()).ifPresent(value -> {
            throw new IllegalArgumentException("order must be asc or desc but was \"" + value.value() + "\"");
        });
        orderField.ifPresent(value -> text(value, "orderField"));
    }
}
