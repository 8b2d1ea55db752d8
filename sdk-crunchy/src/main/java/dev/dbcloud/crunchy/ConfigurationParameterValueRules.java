package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.crunchy.internal.ParamChecks;
import org.immutables.value.Value;

/**
 * The rules of {@link ConfigurationParameterValue}: what {@code ConfigurationParameterValueAttributes} does not say about it. The
 * generated {@code ConfigurationParameterValueDef} carries its annotations.
 */
abstract class ConfigurationParameterValueRules extends ConfigurationParameterValueAttributes {

    /**
     * Sets a parameter to a text value.
     *
     * @param name the fully qualified name, e.g. {@code postgres:log_statement}
     * @param value the value, e.g. {@code ddl} or {@code 64MB}; use {@link #reset(String)} for the default
     * @return the value
     * @throws IllegalArgumentException if the name is blank
     */
    public static ConfigurationParameterValue of(String name, String value) {
        return ConfigurationParameterValue.builder()
                .name(name)
                .value(requireNonNull(value, "value == null"))
                .build();
    }

    /**
     * Sets a parameter to a number, in the parameter's base unit.
     *
     * @param name the fully qualified name, e.g. {@code postgres:max_connections}
     * @param value the number
     * @return the value
     * @throws IllegalArgumentException if the name is blank
     */
    public static ConfigurationParameterValue of(String name, long value) {
        return of(name, Long.toString(value));
    }

    /**
     * Sets a switch, written {@code on} or {@code off}.
     *
     * @param name the fully qualified name, e.g. {@code postgres:jit}
     * @param value the switch
     * @return the value
     * @throws IllegalArgumentException if the name is blank
     */
    public static ConfigurationParameterValue of(String name, boolean value) {
        return of(name, value ? "on" : "off");
    }

    /**
     * Resets a parameter to the component's default.
     *
     * @param name the fully qualified name
     * @return the value, sent as {@code {"name": …, "value": null}}
     * @throws IllegalArgumentException if the name is blank
     */
    public static ConfigurationParameterValue reset(String name) {
        return ConfigurationParameterValue.builder().name(name).build();
    }

    @Value.Check
    void check() {
        ParamChecks.text(name(), "name");
    }
}
