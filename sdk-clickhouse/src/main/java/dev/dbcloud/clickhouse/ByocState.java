package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The state of a Bring Your Own Cloud infrastructure (wire field {@code state}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ByocState.INFRA_READY) { … }
 * ByocState parsed = ByocState.of("infra-ready");
 * }</pre>
 */
public final class ByocState extends OpenEnum {
    private static final Values<ByocState> VALUES = new Values<>(new BiFunction<String, Boolean, ByocState>() {
        @Override
        public ByocState apply(String value, Boolean known) {
            return new ByocState(value, known);
        }
    });

    /** Wire value {@code infra-ready}. */
    public static final ByocState INFRA_READY = VALUES.known("infra-ready");

    /** Wire value {@code infra-provisioning}. */
    public static final ByocState INFRA_PROVISIONING = VALUES.known("infra-provisioning");

    /** Wire value {@code infra-terminated}. */
    public static final ByocState INFRA_TERMINATED = VALUES.known("infra-terminated");

    private ByocState(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ByocState of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ByocState> knownValues() {
        return VALUES.knownValues();
    }
}
