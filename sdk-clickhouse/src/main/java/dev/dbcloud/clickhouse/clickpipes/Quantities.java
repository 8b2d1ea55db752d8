package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CPU and memory of ClickPipes scaling, which the API sends as numbers or as Kubernetes quantity strings
 * ({@code "500m"}, {@code "1Gi"}).
 */
final class Quantities {
    private static final Pattern QUANTITY = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*([A-Za-z]*)\\s*");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal KIBI = BigDecimal.valueOf(1024);
    private static final BigDecimal GIBI = KIBI.multiply(KIBI).multiply(KIBI);
    private static final BigDecimal MOST_CORES = BigDecimal.valueOf(64);
    private static final BigDecimal MOST_GB = KIBI.multiply(KIBI);

    private Quantities() {}

    /**
     * Parses a CPU quantity into millicores: {@code "500m"} is 500, {@code "2"} and {@code "0.5"} are cores (2000
     * and 500). A unitless value above 64 cannot be cores of a pipe replica (at most 32) and is read as millicores,
     * as the field's name says: {@code "500"} is 500.
     *
     * @param text the quantity
     * @return the millicores, rounded to the nearest whole one
     * @throws IllegalArgumentException if the text is not a CPU quantity
     */
    static int millicores(String text) {
        Matcher m = match(text, "CPU");
        BigDecimal number = new BigDecimal(m.group(1));
        String unit = m.group(2);
        BigDecimal millis;
        if (unit.isEmpty()) {
            millis = number.compareTo(MOST_CORES) > 0 ? number : number.multiply(THOUSAND);
        } else if (unit.equals("m")) {
            millis = number;
        } else {
            throw new IllegalArgumentException("not a CPU quantity: '" + text + "'");
        }
        return millis.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /**
     * Parses a memory quantity into GB: {@code "1Gi"} and {@code "1G"} are 1.0, {@code "512Mi"} is 0.5, {@code
     * "1Ti"} is 1024. Binary and decimal suffixes are read alike, as the API's GB. A unitless value is GB, unless it
     * is above 1048576, which only a number of bytes can be ({@code "1073741824"} is 1.0).
     *
     * @param text the quantity
     * @return the gigabytes
     * @throws IllegalArgumentException if the text is not a memory quantity
     */
    static double gigabytes(String text) {
        Matcher m = match(text, "memory");
        BigDecimal number = new BigDecimal(m.group(1));
        switch (m.group(2)) {
            case "":
                return (number.compareTo(MOST_GB) > 0 ? number.divide(GIBI) : number).doubleValue();
            case "G":
            case "Gi":
                return number.doubleValue();
            case "M":
            case "Mi":
                return number.divide(KIBI).doubleValue();
            case "T":
            case "Ti":
                return number.multiply(KIBI).doubleValue();
            default:
                throw new IllegalArgumentException("not a memory quantity: '" + text + "'");
        }
    }

    private static Matcher match(String text, String what) {
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a " + what + " quantity: '" + text + "'");
        }
        return m;
    }

    private static Optional<BigDecimal> number(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return Optional.of(p.getDecimalValue());
        }
        return Optional.empty();
    }

    private static <T> T read(JsonParser p, DeserializationContext ctxt, Class<?> type, Parser<T> parser)
            throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            try {
                return parser.parse(p.getText());
            } catch (IllegalArgumentException | ArithmeticException e) {
                return ctxt.reportInputMismatch(type, "%s", e.getMessage());
            }
        }
        Optional<BigDecimal> number = number(p);
        if (number.isPresent()) {
            return parser.fromNumber(number.get());
        }
        return ctxt.reportInputMismatch(type, "expected a number or a quantity string but found %s", token);
    }

    private interface Parser<T> {
        T parse(String text);

        T fromNumber(BigDecimal number);
    }

    private static final Parser<Integer> CPU = new Parser<>() {
        @Override
        public Integer parse(String text) {
            return millicores(text);
        }

        @Override
        public Integer fromNumber(BigDecimal number) {
            return number.setScale(0, RoundingMode.HALF_UP).intValueExact();
        }
    };

    private static final Parser<Double> MEMORY = new Parser<>() {
        @Override
        public Double parse(String text) {
            return gigabytes(text);
        }

        @Override
        public Double fromNumber(BigDecimal number) {
            return number.doubleValue();
        }
    };

    /** Reads an optional number of millicores from a number or a CPU quantity string. */
    static final class Millicores extends StdDeserializer<Optional<Integer>> {
        private static final long serialVersionUID = 1L;

        Millicores() {
            super(Optional.class);
        }

        @Override
        public Optional<Integer> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Optional.of(read(p, ctxt, Integer.class, CPU));
        }

        @Override
        public Optional<Integer> getNullValue(DeserializationContext ctxt) {
            return Optional.empty();
        }

        /** Reads a required number of millicores. */
        static final class Required extends StdDeserializer<Integer> {
            private static final long serialVersionUID = 1L;

            Required() {
                super(Integer.class);
            }

            @Override
            public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return read(p, ctxt, Integer.class, CPU);
            }
        }
    }

    /** Reads an optional number of GB from a number or a memory quantity string. */
    static final class Gigabytes extends StdDeserializer<Optional<Double>> {
        private static final long serialVersionUID = 1L;

        Gigabytes() {
            super(Optional.class);
        }

        @Override
        public Optional<Double> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Optional.of(read(p, ctxt, Double.class, MEMORY));
        }

        @Override
        public Optional<Double> getNullValue(DeserializationContext ctxt) {
            return Optional.empty();
        }

        /** Reads a required number of GB. */
        static final class Required extends StdDeserializer<Double> {
            private static final long serialVersionUID = 1L;

            Required() {
                super(Double.class);
            }

            @Override
            public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return read(p, ctxt, Double.class, MEMORY);
            }
        }
    }
}
