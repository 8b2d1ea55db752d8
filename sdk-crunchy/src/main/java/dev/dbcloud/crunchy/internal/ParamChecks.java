package dev.dbcloud.crunchy.internal;

import dev.dbcloud.core.OpenEnum;
import dev.dbcloud.core.internal.Checks;
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
        Checks.notBlank(value, name);
    }

    /**
     * Checks the path argument of an entry named by its ID or its name, such as a changelog entry: not blank, named
     * {@code idOrName} in messages. Declared on the endpoint with {@code .check(placeholder, ParamChecks::idOrName)}.
     *
     * @param value the value
     * @param placeholderName the name derived from the placeholder, unused: the method's parameter is {@code idOrName}
     * @return the value
     */
    public static String idOrName(String value, String placeholderName) {
        return Checks.notBlank(value, "idOrName");
    }

    /**
     * Refuses two fields that exclude each other.
     *
     * @param first the first field
     * @param firstName its name
     * @param second the second field
     * @param secondName its name
     */
    public static void notBoth(Optional<?> first, String firstName, Optional<?> second, String secondName) {
        if (first.isPresent() && second.isPresent()) {
            throw new IllegalArgumentException(firstName + " and " + secondName + " must not both be set");
        }
    }

    /**
     * Requires a value the SDK knows, for a field whose values the API documents as closed.
     *
     * @param value the field
     * @param name its name
     * @param allowed the values the API accepts, for the message, e.g. {@code asc or desc}
     */
    public static void known(Optional<? extends OpenEnum> value, String name, String allowed) {
        value.filter(v -> !v.isKnown()).ifPresent(v -> {
            throw new IllegalArgumentException(name + " must be " + allowed + " but was \"" + v.value() + "\"");
        });
    }

    /**
     * Requires the {@code maintenance_window_start} hour, if given, to be 0 to 23, or {@code -1} where an update may
     * unset the window.
     *
     * @param hour the hour
     * @param unsettable whether {@code -1} is accepted, to unset the window
     */
    public static void maintenanceWindowStart(Optional<Integer> hour, boolean unsettable) {
        int lowest = unsettable ? -1 : 0;
        hour.filter(h -> h < lowest || h > 23).ifPresent(h -> {
            throw new IllegalArgumentException("maintenanceWindowStart must be an hour from 0 to 23"
                    + (unsettable ? ", or -1 to unset it," : "") + " but was " + h);
        });
    }

    /**
     * Refuses a provider together with a network, which decides the provider itself.
     *
     * @param networkId the {@code network_id} field
     * @param providerId the {@code provider_id} field
     */
    public static void providerFromNetwork(Optional<String> networkId, Optional<String> providerId) {
        if (networkId.isPresent() && providerId.isPresent()) {
            throw new IllegalArgumentException("providerId must not be set with networkId: the network decides it");
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
        known(order, "order", "asc or desc");
        orderField.ifPresent(value -> text(value, "orderField"));
    }
}
