package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The replica set members a MongoDB pipe reads from (wire field {@code source.mongodb.readPreference}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == MongoDbReadPreference.PRIMARY_PREFERRED) { … }
 * MongoDbReadPreference parsed = MongoDbReadPreference.of("primaryPreferred");
 * }</pre>
 */
public final class MongoDbReadPreference extends OpenEnum {
    private static final Values<MongoDbReadPreference> VALUES =
            new Values<>(new BiFunction<String, Boolean, MongoDbReadPreference>() {
                @Override
                public MongoDbReadPreference apply(String value, Boolean known) {
                    return new MongoDbReadPreference(value, known);
                }
            });

    /** Wire value {@code primary}. */
    public static final MongoDbReadPreference PRIMARY = VALUES.known("primary");

    /** Wire value {@code primaryPreferred}. */
    public static final MongoDbReadPreference PRIMARY_PREFERRED = VALUES.known("primaryPreferred");

    /** Wire value {@code secondary}. */
    public static final MongoDbReadPreference SECONDARY = VALUES.known("secondary");

    /** Wire value {@code secondaryPreferred}. */
    public static final MongoDbReadPreference SECONDARY_PREFERRED = VALUES.known("secondaryPreferred");

    /** Wire value {@code nearest}. */
    public static final MongoDbReadPreference NEAREST = VALUES.known("nearest");

    private MongoDbReadPreference(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static MongoDbReadPreference of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<MongoDbReadPreference> knownValues() {
        return VALUES.knownValues();
    }
}
