package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * Who performed an organization activity (wire field {@code actorType}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ActorType.USER) { … }
 * ActorType parsed = ActorType.of("user");
 * }</pre>
 */
public final class ActorType extends OpenEnum {
    private static final Values<ActorType> VALUES = new Values<>(ActorType::new);

    /** Wire value {@code user}. */
    public static final ActorType USER = VALUES.known("user");

    /** Wire value {@code support}. */
    public static final ActorType SUPPORT = VALUES.known("support");

    /** Wire value {@code system}. */
    public static final ActorType SYSTEM = VALUES.known("system");

    /** Wire value {@code api}. */
    public static final ActorType API = VALUES.known("api");

    private ActorType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ActorType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ActorType> knownValues() {
        return VALUES.knownValues();
    }
}
