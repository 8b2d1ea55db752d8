package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * What an {@code openapi_key_update} activity changed in an API key (wire field {@code keyUpdateType}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == KeyUpdateType.CREATED) { … }
 * KeyUpdateType parsed = KeyUpdateType.of("created");
 * }</pre>
 */
public final class KeyUpdateType extends OpenEnum {
    private static final Values<KeyUpdateType> VALUES = new Values<>(KeyUpdateType::new);

    /** Wire value {@code created}. */
    public static final KeyUpdateType CREATED = VALUES.known("created");

    /** Wire value {@code deleted}. */
    public static final KeyUpdateType DELETED = VALUES.known("deleted");

    /** Wire value {@code name-changed}. */
    public static final KeyUpdateType NAME_CHANGED = VALUES.known("name-changed");

    /** Wire value {@code role-changed}. */
    public static final KeyUpdateType ROLE_CHANGED = VALUES.known("role-changed");

    /** Wire value {@code state-changed}. */
    public static final KeyUpdateType STATE_CHANGED = VALUES.known("state-changed");

    /** Wire value {@code date-changed}. */
    public static final KeyUpdateType DATE_CHANGED = VALUES.known("date-changed");

    /** Wire value {@code ip-access-list-changed}. */
    public static final KeyUpdateType IP_ACCESS_LIST_CHANGED = VALUES.known("ip-access-list-changed");

    /** Wire value {@code org-role-changed}. */
    public static final KeyUpdateType ORG_ROLE_CHANGED = VALUES.known("org-role-changed");

    /** Wire value {@code default-service-role-changed}. */
    public static final KeyUpdateType DEFAULT_SERVICE_ROLE_CHANGED = VALUES.known("default-service-role-changed");

    /** Wire value {@code service-role-changed}. */
    public static final KeyUpdateType SERVICE_ROLE_CHANGED = VALUES.known("service-role-changed");

    /** Wire value {@code roles-v2-changed}. */
    public static final KeyUpdateType ROLES_V2_CHANGED = VALUES.known("roles-v2-changed");

    private KeyUpdateType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static KeyUpdateType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<KeyUpdateType> knownValues() {
        return VALUES.knownValues();
    }
}
