package dev.dbcloud.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The base of the SDK's forward-compatible enumerations: states, roles, kinds and other values an API may
 * extend at any time. A value the SDK does not know yet never fails a call; it stays readable through {@link
 * #value()} and is written back exactly as it was read.
 *
 * <pre>{@code
 * ServiceState state = service.state();
 * if (state == ServiceState.RUNNING) { … }        // known values are singletons
 * switch (state.value()) { case "running" -> …; default -> … }
 * if (!state.isKnown()) log.info("new state {}", state);   // a value added after this SDK was released
 * }</pre>
 *
 * <p>Subclasses are small final classes with a constant per known value, a private constructor and a static
 * {@code of(String)} factory, annotated {@code @JsonCreator} so Jackson uses it, that delegates to a {@link
 * Values} registry:
 *
 * <pre>{@code
 * public final class ServiceState extends OpenEnum {
 *     private static final Values<ServiceState> VALUES = new Values<>(ServiceState::new);
 *     public static final ServiceState RUNNING = VALUES.known("running");
 *
 *     private ServiceState(String value, boolean known) { super(value, known); }
 *
 *     @JsonCreator
 *     public static ServiceState of(String value) { return VALUES.of(value); }
 * }
 * }</pre>
 */
public abstract class OpenEnum {
    private final String value;
    private final boolean known;

    /**
     * Creates a value; called only by subclasses through their {@link Values} registry.
     *
     * @param value the wire value, exactly as the API spells it
     * @param known whether the SDK declares a constant for it
     */
    protected OpenEnum(String value, boolean known) {
        this.value = requireNonNull(value, "value == null");
        this.known = known;
    }

    /**
     * The value exactly as the API spells it on the wire.
     *
     * @return the wire value
     */
    @JsonValue
    public final String value() {
        return value;
    }

    /**
     * Whether this SDK version declares a constant for the value.
     *
     * @return false for a value the API added after this SDK was released
     */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((OpenEnum) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }

    /**
     * The registry behind one {@link OpenEnum} subclass: it creates the known constants and returns them again
     * for their wire values, and wraps any other value in a new, unknown instance.
     *
     * @param <E> the enumeration type
     */
    public static final class Values<E extends OpenEnum> {
        private final Map<String, E> known = new LinkedHashMap<>();
        private final BiFunction<String, Boolean, E> factory;

        /**
         * Creates a registry.
         *
         * @param factory the subclass's constructor, taking the wire value and whether it is known
         */
        public Values(BiFunction<String, Boolean, E> factory) {
            this.factory = requireNonNull(factory, "factory == null");
        }

        /**
         * Declares a known value; call it once per constant, in the subclass's static initialiser.
         *
         * @param value the wire value
         * @return the constant
         */
        public E known(String value) {
            E constant = factory.apply(value, true);
            if (known.putIfAbsent(value, constant) != null) {
                throw new IllegalStateException("duplicate constant " + value);
            }
            return constant;
        }

        /**
         * Returns the constant for {@code value}, or a new unknown instance holding it.
         *
         * @param value the wire value
         * @return the matching value
         */
        public E of(String value) {
            requireNonNull(value, "value == null");
            E constant = known.get(value);
            return constant != null ? constant : factory.apply(value, false);
        }

        /**
         * All declared constants, in declaration order.
         *
         * @return an unmodifiable view of the known values
         */
        public Collection<E> knownValues() {
            return Collections.unmodifiableCollection(known.values());
        }
    }
}
