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
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(m.group(1));
        String unit = m.group(2);
        if (unit.isEmpty()) {
            return millicores(number);
        }
        BigDecimal factor = CPU_UNITS.get(unit);
        return factor == null ? Optional.empty() : whole(number.multiply(factor));
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
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(m.group(1));
        String unit = m.group(2);
        if (unit.isEmpty()) {
            return gigabytes(number);
        }
        if (unit.equals("m")) {
            return Optional.of(number.divide(THOUSAND).divide(GIBI).doubleValue());
        }
        BigDecimal factor = MEMORY_UNITS.get(unit.toUpperCase(Locale.ROOT));
        return factor == null
                ? Optional.empty()
                : Optional.of(number.multiply(factor).doubleValue());
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

    private static <T> Optional<T> read(JsonParser p, Parser<T> parser) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.parse(p.getText());
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.fromNumber(p.getDecimalValue());
        }
        p.skipChildren();
        return Optional.empty();
    }

    private interface Parser<T> {
        Optional<T> parse(String text);

        Optional<T> fromNumber(BigDecimal number);
    }

    private static final Parser<Integer> CPU = new Parser<>() {
        @Override
        public Optional<Integer> parse(String text) {
            return millicores(text);
        }

        @Override
        public Optional<Integer> fromNumber(BigDecimal number) {
            return millicores(number);
        }
    };

    private static final Parser<Double> MEMORY = new Parser<>() {
        @Override
        public Optional<Double> parse(String text) {
            return gigabytes(text);
        }

        @Override
        public Optional<Double> fromNumber(BigDecimal number) {
            return gigabytes(number);
        }
    };

    /** Reads an optional number of millicores from a number or a CPU quantity string; anything else is empty. */
    static final class Millicores extends StdDeserializer<Optional<Integer>> {
        private static final long serialVersionUID = 1L;

        Millicores() {
            super(Optional.class);
        }

        @Override
        public Optional<Integer> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p, CPU);
        }

        @Override
        public Optional<Integer> getNullValue(DeserializationContext ctxt) {
            return Optional.empty();
        }
    }

    /** Reads an optional number of GB from a number or a memory quantity string; anything else is empty. */
    static final class Gigabytes extends StdDeserializer<Optional<Double>> {
        private static final long serialVersionUID = 1L;

        Gigabytes() {
            super(Optional.class);
        }

        @Override
        public Optional<Double> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p, MEMORY);
        }

        @Override
        public Optional<Double> getNullValue(DeserializationContext ctxt) {
            return Optional.empty();
        }
    }
}
