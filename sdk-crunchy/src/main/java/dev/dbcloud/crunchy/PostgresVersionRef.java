package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.dbcloud.crunchy.internal.Eids;

/**
 * Which Postgres version to create or upgrade a cluster to ({@code postgres_version_id}): the API takes either a
 * major version number or a {@link PostgresVersion#id()}.
 *
 * <pre>{@code
 * PostgresVersionRef.major(17)
 * PostgresVersionRef.id(version.id())
 * }</pre>
 */
public final class PostgresVersionRef {
    private final Object value;

    private PostgresVersionRef(Object value) {
        this.value = value;
    }

    /**
     * A major version number, sent as a JSON number.
     *
     * @param majorVersion e.g. 17
     * @return the reference
     * @throws IllegalArgumentException if the number is not positive
     */
    public static PostgresVersionRef major(int majorVersion) {
        if (majorVersion <= 0) {
            throw new IllegalArgumentException("majorVersion must be positive but was " + majorVersion);
        }
        return new PostgresVersionRef(majorVersion);
    }

    /**
     * The ID of a {@link PostgresVersion}, sent as a JSON string.
     *
     * @param postgresVersionId a Crunchy Bridge ID
     * @return the reference
     * @throws IllegalArgumentException if it is not a Crunchy Bridge ID
     */
    public static PostgresVersionRef id(String postgresVersionId) {
        return new PostgresVersionRef(Eids.check(postgresVersionId, "postgresVersionId"));
    }

    /**
     * The value sent on the wire.
     *
     * @return an {@link Integer} major version or a {@link String} ID
     */
    @JsonValue
    public Object value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostgresVersionRef other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return requireNonNull(value).toString();
    }
}
