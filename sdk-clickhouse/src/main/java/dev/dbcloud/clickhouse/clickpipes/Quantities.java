package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CPU and memory of ClickPipes scaling, which the API sends as numbers or as Kubernetes quantity strings
 * ({@code "500m"}, {@code "1Gi"}). Reading is tolerant: a value that is neither a number nor a known quantity reads
 * as empty instead of failing the whole response.
 */
final class Quantities {
    private static final Pattern QUANTITY = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*([A-Za-z]*)\\s*");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal KIBI = BigDecimal.valueOf(1024);
    private static final BigDecimal GIBI = KIBI.multiply(KIBI).multiply(KIBI);
    private static final BigDecimal MOST_CORES = BigDecimal.valueOf(64);
    private static final BigDecimal MOST_GB = KIBI.multiply(KIBI);

    /** CPU suffixes, as the factor that turns the number into millicores. */
    private static final Map<String, BigDecimal> CPU_UNITS = Map.of(
            "m", BigDecimal.ONE,
            "u", new BigDecimal("0.001"),
            "n", new BigDecimal("0.000001"));

    /**
     * Memory suffixes, as the factor that turns the number into the API's GB. Binary and decimal suffixes are read
     * alike, as the API's GB is what Kubernetes writes {@code Gi}; {@code m} is Kubernetes' milli (of a byte).
     */
    private static final Map<String, BigDecimal> MEMORY_UNITS = Map.ofEntries(
            Map.entry("KI", BigDecimal.ONE.divide(MOST_GB)),
            Map.entry("K", BigDecimal.ONE.divide(MOST_GB)),
            Map.entry("KB", BigDecimal.ONE.divide(MOST_GB)),
            Map.entry("MI", BigDecimal.ONE.divide(KIBI)),
            Map.entry("M", BigDecimal.ONE.divide(KIBI)),
            Map.entry("MB", BigDecimal.ONE.divide(KIBI)),
            Map.entry("GI", BigDecimal.ONE),
            Map.entry("G", BigDecimal.ONE),
            Map.entry("GB", BigDecimal.ONE),
            Map.entry("TI", KIBI),
            Map.entry("T", KIBI),
            Map.entry("TB", KIBI));

    private Quantities() {}

    /**
     * Parses a CPU quantity into millicores: {@code "500m"} is 500, {@code "2"} and {@code "0.5"} are cores (2000
     * and 500), {@code "250000u"} and {@code "250000000n"} are 250. A unitless value above 64 cannot be cores of a
     * pipe replica (at most 32) and is read as millicores, as the field's name says: {@code "500"} is 500.
     *
     * @param text the quantity
     * @return the millicores, rounded to the nearest whole one, or empty if the text is not a CPU quantity
     */
    static Optional<Integer> millicores(String text) {
        return Quantity.parse(text)
                .flatMap(q -> q.unit().isEmpty()
                        ? millicores(q.number())
                        : Optional.ofNullable(CPU_UNITS.get(q.unit()))
                                .flatMap(factor -> whole(q.number().multiply(factor))));
    }

    /**
     * Reads a plain number of CPU as a unitless quantity string is read: up to 64 it is cores ({@code 0.5} is 500
     * millicores), above it millicores ({@code 250} is 250).
     *
     * @param number the number
     * @return the millicores, or empty if out of range
     */
    static Optional<Integer> millicores(BigDecimal number) {
        return whole(number.compareTo(MOST_CORES) > 0 ? number : number.multiply(THOUSAND));
    }

    /**
     * Parses a memory quantity into GB: {@code "1Gi"}, {@code "1G"} and {@code "1GB"} are 1.0, {@code "512Mi"},
     * {@code "512M"} and {@code "512MB"} are 0.5, {@code "524288Ki"} and {@code "524288k"} are 0.5, {@code "1Ti"}
     * is 1024. A unitless value is GB, unless it is above 1048576, which only a number of bytes can be ({@code
     * "1073741824"} is 1.0).
     *
     * @param text the quantity
     * @return the gigabytes, or empty if the text is not a memory quantity
     */
    static Optional<Double> gigabytes(String text) {
        return Quantity.parse(text).flatMap(q -> {
            if (q.unit().isEmpty()) {
                return gigabytes(q.number());
            }
            if (q.unit().equals("m")) {
                return Optional.of(q.number().divide(THOUSAND).divide(GIBI).doubleValue());
            }
            return Optional.ofNullable(MEMORY_UNITS.get(q.unit().toUpperCase(Locale.ROOT)))
                    .map(factor -> q.number().multiply(factor).doubleValue());
        });
    }

    /**
     * Reads a plain number of memory as a unitless quantity string is read: GB, or bytes above 1048576.
     *
     * @param number the number
     * @return the gigabytes
     */
    static Optional<Double> gigabytes(BigDecimal number) {
        return Optional.of((number.compareTo(MOST_GB) > 0 ? number.divide(GIBI) : number).doubleValue());
    }

    private static Optional<Integer> whole(BigDecimal millis) {
        try {
            return Optional.of(millis.setScale(0, RoundingMode.HALF_UP).intValueExact());
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }

    /** A quantity string split into its number and its unit suffix, which may be empty. */
    private record Quantity(BigDecimal number, String unit) {
        static Optional<Quantity> parse(String text) {
            Matcher m = QUANTITY.matcher(text);
            return m.matches() ? Optional.of(new Quantity(new BigDecimal(m.group(1)), m.group(2))) : Optional.empty();
        }
    }

    /**
     * Reads an optional quantity from a JSON number or quantity string; anything else (and {@code null}) is empty.
     *
     * @param <T> the unit the quantity is read in
     */
    private abstract static class QuantityDeserializer<T> extends StdDeserializer<Optional<T>> {
        private static final long serialVersionUID = 1L;

        private final transient Function<String, Optional<T>> fromText;
        private final transient Function<BigDecimal, Optional<T>> fromNumber;

        QuantityDeserializer(Function<String, Optional<T>> fromText, Function<BigDecimal, Optional<T>> fromNumber) {
            super(Optional.class);
            this.fromText = fromText;
            this.fromNumber = fromNumber;
        }

        @Override
        public final Optional<T> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                return fromText.apply(p.getText());
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return fromNumber.apply(p.getDecimalValue());
            }
            p.skipChildren();
            return Optional.empty();
        }

        @Override
        public final Optional<T> getNullValue(DeserializationContext ctxt) {
            return Optional.empty();
        }
    }

    /** Reads an optional number of millicores from a number or a CPU quantity string; anything else is empty. */
    static final class Millicores extends QuantityDeserializer<Integer> {
        private static final long serialVersionUID = 1L;

        Millicores() {
            super(Quantities::millicores, Quantities::millicores);
        }
    }

    /** Reads an optional number of GB from a number or a memory quantity string; anything else is empty. */
    static final class Gigabytes extends QuantityDeserializer<Double> {
        private static final long serialVersionUID = 1L;

        Gigabytes() {
            super(Quantities::gigabytes, Quantities::gigabytes);
        }
    }
}
