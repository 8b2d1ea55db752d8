package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.dbcloud.crunchy.internal.Eids;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Postgres version to create or upgrade a cluster to ({@code postgres_version_id}): the API takes either a
 * major version number, written as a JSON number, or a {@link PostgresVersion#id()}, written as a JSON string.
 *
 * <pre>{@code
 * PostgresVersionRef byMajor = PostgresVersionRef.major(17);        // "postgres_version_id": 17
 * PostgresVersionRef byId = PostgresVersionRef.id(version.id());    // "postgres_version_id": "6ibnzig5…"
 * byMajor.majorVersion();                                           // Optional[17]
 * byId.id();                                                        // Optional[6ibnzig5…]
 * }</pre>
 */
public final class PostgresVersionRef {
    private final Integer majorVersion;
    private final String id;

    private PostgresVersionRef(Integer majorVersion, String id) {
        this.majorVersion = majorVersion;
        this.id = id;
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
        return new PostgresVersionRef(majorVersion, null);
    }

    /**
     * The ID of a {@link PostgresVersion}, sent as a JSON string.
     *
     * @param postgresVersionId a Crunchy Bridge ID
     * @return the reference
     * @throws IllegalArgumentException if it is not a Crunchy Bridge ID
     */
    public static PostgresVersionRef id(String postgresVersionId) {
        return new PostgresVersionRef(null, Eids.check(postgresVersionId, "postgresVersionId"));
    }

    /**
     * The major version number, for a reference made with {@link #major(int)}.
     *
     * @return the major version, e.g. 17; empty for a reference by ID
     */
    public Optional<Integer> majorVersion() {
        return Optional.ofNullable(majorVersion);
    }

    /**
     * The version's ID, for a reference made with {@link #id(String)}.
     *
     * @return the Crunchy Bridge ID; empty for a reference by major version
     */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** The JSON value: the number for a major version, the string for an ID. */
    @JsonValue
    private Object wireValue() {
        return majorVersion != null ? majorVersion : id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostgresVersionRef other
                && Objects.equals(other.majorVersion, majorVersion)
                && Objects.equals(other.id, id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(majorVersion, id);
    }

    /**
     * The wire value as text, as it appears in {@code /postgres-versions/{id}}.
     *
     * @return e.g. {@code 17} or the ID
     */
    @Override
    public String toString() {
        return majorVersion != null ? majorVersion.toString() : id;
    }
}
