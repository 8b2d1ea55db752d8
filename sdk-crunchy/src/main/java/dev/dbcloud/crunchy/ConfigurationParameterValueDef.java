package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One parameter to set or reset in {@link UpdateConfigurationParametersParams} ({@code ConfigurationParameter}:
 * {@code {"name", "value"}}). The API takes every value as text; the factories write numbers and switches the way
 * Postgres reads them. {@link SupportedConfigurationParameter#value(String)} builds one checked against the
 * catalogue.
 *
 * <pre>{@code
 * ConfigurationParameterValue.of("postgres:max_connections", 200);       // "200"
 * ConfigurationParameterValue.of("postgres:log_statement", "ddl");
 * ConfigurationParameterValue.of("postgres:jit", false);                  // "off"
 * ConfigurationParameterValue.reset("postgres:work_mem");                 // null: back to the default
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ConfigurationParameterValue.class)
@JsonDeserialize(as = ConfigurationParameterValue.class)
abstract class ConfigurationParameterValueDef {
    /** @return the fully qualified name, {@code <component>:<parameter_name>} ({@code name}) */
    abstract String name();

    /** @return the new value ({@code value}); empty resets the parameter, sent as {@code null} */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Optional<String> value();

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
