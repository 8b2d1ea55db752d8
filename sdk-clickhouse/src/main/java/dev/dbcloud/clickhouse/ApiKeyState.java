package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * Whether an API key can be used (wire field {@code state} of an API key).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ApiKeyState.ENABLED) { … }
 * ApiKeyState parsed = ApiKeyState.of("enabled");
 * }</pre>
 */
public final class ApiKeyState extends OpenEnum {
    private static final Values<ApiKeyState> VALUES = new Values<>(ApiKeyState::new);

    /** Wire value {@code enabled}. */
    public static final ApiKeyState ENABLED = VALUES.known("enabled");

    /** Wire value {@code disabled}. */
    public static final ApiKeyState DISABLED = VALUES.known("disabled");

    private ApiKeyState(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ApiKeyState of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ApiKeyState> knownValues() {
        return VALUES.knownValues();
    }
}
