package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import java.util.Optional;

/**
 * The rules of {@link SupportedConfigurationParameter}: what {@code SupportedConfigurationParameterAttributes} does not say about it. The
 * generated {@code SupportedConfigurationParameterDef} carries its annotations.
 */
abstract class SupportedConfigurationParameterRules extends SupportedConfigurationParameterAttributes {

    /** @return the only values allowed ({@code enum}); empty when the parameter is not an enumeration */
    @JsonProperty("enum")
    @JsonSetter(contentNulls = Nulls.SKIP) // the spec allows null items
    abstract List<String> enumValues();

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
        Optional<Long> min = minValue().flatMap(SupportedConfigurationParameterRules::integer);
        Optional<Long> max = maxValue().flatMap(SupportedConfigurationParameterRules::integer);
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
