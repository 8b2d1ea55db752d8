package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * How a service scales (wire field {@code autoscalingMode}): {@code vertical} scales memory at a fixed replica count,
 * {@code horizontal} scales the replica count at fixed memory.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == AutoscalingMode.VERTICAL) { … }
 * AutoscalingMode parsed = AutoscalingMode.of("vertical");
 * }</pre>
 */
public final class AutoscalingMode extends OpenEnum {
    private static final Values<AutoscalingMode> VALUES =
            new Values<>(new BiFunction<String, Boolean, AutoscalingMode>() {
                @Override
                public AutoscalingMode apply(String value, Boolean known) {
                    return new AutoscalingMode(value, known);
                }
            });

    /** Wire value {@code vertical}. */
    public static final AutoscalingMode VERTICAL = VALUES.known("vertical");

    /** Wire value {@code horizontal}. */
    public static final AutoscalingMode HORIZONTAL = VALUES.known("horizontal");

    private AutoscalingMode(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static AutoscalingMode of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<AutoscalingMode> knownValues() {
        return VALUES.knownValues();
    }
}
