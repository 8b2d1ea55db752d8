package dev.dbcloud.postgres;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How the SDK writes instants to the Managed Postgres API, in bodies and in query parameters alike: RFC 3339 in
 * UTC, truncated to whole seconds, as the API's examples show ({@code 2026-03-31T18:17:37Z}).
 */
final class Rfc3339 {
    private Rfc3339() {}

    /**
     * Writes an instant.
     *
     * @param instant the instant
     * @return e.g. {@code 2026-03-31T18:17:37Z} for {@code 2026-03-31T18:17:37.123456789Z}
     */
    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The instant as the API will see it.
     *
     * @param instant the instant
     * @return the instant without its fraction of a second
     */
    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Writes an {@link Instant} attribute of a request body with {@link #format(Instant)}. */
    static final class Serializer extends StdSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(format(value));
        }
    }
}
