package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parameter of the catalogue at {@code GET /configuration-parameters} ({@code SupportedConfigurationParameter}):
 * what clusters may set, on which Postgres versions, with which values, and whether a change restarts Postgres.
 * Values built from it are typed and checked as far as the catalogue types them:
 *
 * <pre>{@code
 * SupportedConfigurationParameter logStatement = cb.configurationParameters().list().stream()
 *         .filter(p -> p.name().equals("postgres:log_statement")).findFirst().orElseThrow();
 * ConfigurationParameterValue ddl = logStatement.value("ddl");     // checked against enumValues()
 * ConfigurationParameterValue reset = logStatement.reset();          // back to the default
 * boolean restarts = logStatement.requiresRestart().orElse(false);
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = SupportedConfigurationParameter.class)
@JsonDeserialize(as = SupportedConfigurationParameter.class)
abstract class SupportedConfigurationParameterDef {
    /** @return the fully qualified name, {@code <component>:<parameter_name>}, e.g. {@code postgres:work_mem} */
    abstract String name();

    /** @return the component the parameter configures, e.g. {@code postgres} */
    abstract Optional<String> component();

    /** @return the name within the component ({@code parameter_name}) */
    abstract Optional<String> parameterName();

    /** @return the catalogue's grouping, e.g. {@code Logging} ({@code category}) */
    abstract Optional<String> category();

    /** @return what the parameter does ({@code description}) */
    abstract Optional<String> description();

    /** @return the only values allowed ({@code enum}); empty when the parameter is not an enumeration */
    @JsonProperty("enum")
    @JsonSetter(contentNulls = Nulls.SKIP) // the spec allows null items
    abstract List<String> enumValues();

    /** @return the smallest value, possibly with a unit such as {@code 64kB} ({@code min_value}) */
    abstract Optional<String> minValue();

    /** @return the largest value, possibly with a unit ({@code max_value}) */
    abstract Optional<String> maxValue();

    /** @return the first Postgres major version with the parameter ({@code min_version}) */
    abstract Optional<Integer> minVersion();

    /** @return the last Postgres major version with the parameter ({@code max_version}) */
    abstract Optional<Integer> maxVersion();

    /**
     * Whether a change of the parameter takes effect only after Postgres restarts ({@code requires_restart}); see
     * {@link UpdateConfigurationParametersParams#allowRestart()} for how such changes are applied.
     *
     * @return true if so; empty if the catalogue does not say
     */
    abstract Optional<Boolean> requiresRestart();

    /**
     * A text value of this parameter. When the catalogue lists {@link #enumValues()}, the value must be one of
     * them.
     *
     * @param value the value, e.g. {@code ddl} or {@code 64MB}
     * @return the value, to add to {@link UpdateConfigurationParametersParams}
     * @throws IllegalArgumentException if the value is not one the catalogue allows
     */
    public ConfigurationParameterValue value(String value) {
        requireNonNull(value, "value == null");
        if (!enumValues().isEmpty() && !enumValues().contains(value)) {
            throw new IllegalArgumentException(
                    name() + " must be one of " + enumValues() + " but was \"" + value + "\"");
        }
        return ConfigurationParameterValue.of(name(), value);
    }

    /**
     * A number value of this parameter. When the catalogue gives bounds that are plain integers (no unit), the
     * value must lie within them; bounds with a unit are left to the API.
     *
     * @param value the value, in the parameter's base unit
     * @return the value, to add to {@link UpdateConfigurationParametersParams}
     * @throws IllegalArgumentException if the parameter is an enumeration, or the value is out of bounds
     */
    public ConfigurationParameterValue value(long value) {
        if (!enumValues().isEmpty()) {
            throw new IllegalArgumentException(name() + " takes one of " + enumValues() + ", not a number");
        }
        Optional<Long> min = minValue().flatMap(SupportedConfigurationParameterDef::integer);
        Optional<Long> max = maxValue().flatMap(SupportedConfigurationParameterDef::integer);
        if (min.filter(bound -> value < bound).isPresent()
                || max.filter(bound -> value > bound).isPresent()) {
            throw new IllegalArgumentException(name() + " must be from "
                    + minValue().orElse("-∞") + " to " + maxValue().orElse("∞") + " but was " + value);
        }
        return ConfigurationParameterValue.of(name(), value);
    }

    /**
     * A value that resets this parameter to the component's default.
     *
     * @return the value, to add to {@link UpdateConfigurationParametersParams}
     */
    public ConfigurationParameterValue reset() {
        return ConfigurationParameterValue.reset(name());
    }

    private static Optional<Long> integer(String bound) {
        try {
            return Optional.of(Long.parseLong(bound.trim()));
        } catch (NumberFormatException withUnitOrFraction) {
            return Optional.empty();
        }
    }
}
