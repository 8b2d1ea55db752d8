package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.clickhouse.CloudRegion;
import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Managed Postgres instance (wire schemas {@code PostgresService} and, in lists, {@code PostgresServiceListItem}),
 * as returned by every operation that answers with an instance. Every field but {@link #id()} and {@link #state()}
 * is optional, since answers differ: a create answer can lack {@code createdAt}; list items lack {@code
 * storageSize}, {@code hostname} and {@code username}. The id and the state are required because the SDK cannot
 * work without them: every call names an instance by its id, and the waiters read its state.
 *
 * <pre>{@code
 * PostgresInstance created = pg.instances().create(params);
 * String password = created.password().orElseThrow();   // returned by create only: keep it now
 * PostgresInstance running = pg.instances().waitUntilRunning(created.id(), Duration.ofMinutes(30));
 * }</pre>
 *
 * <p>Credentials: {@link #password()} and {@link #connectionString()} are present only in the answer of a
 * create (since 2026-07-31 GET, list, update and state answers omit them); a password reset returns a new
 * password in a {@link dev.dbcloud.clickhouse.ResetPasswordResult}. Both are redacted ({@code ****}) in {@code toString()}, and an empty
 * string from the API reads as absent.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = PostgresInstance.class)
@JsonDeserialize(as = PostgresInstance.class)
abstract class PostgresInstanceDef {
    /**
     * The instance id (wire {@code id}): a UUID today, older answers used ids like {@code
     * pg7myrd1j06p3gx4zrm2ze8qz6}; treat it as opaque.
     *
     * @return the value
     */
    abstract String id();

    /**
     * The name (wire {@code name}); renaming changes the hostname and TLS certificates.
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * The cloud provider (wire {@code provider}); only {@code aws} today.
     *
     * @return the value
     */
    abstract Optional<CloudProvider> provider();

    /**
     * The region (wire {@code region}), e.g. {@code us-west-2}.
     *
     * @return the value
     */
    abstract Optional<CloudRegion> region();

    /**
     * The Postgres major version (wire {@code postgresVersion}, a JSON string).
     *
     * @return the value
     */
    abstract Optional<PostgresVersion> postgresVersion();

    /**
     * The VM size (wire {@code size}).
     *
     * @return the value
     */
    abstract Optional<InstanceSize> size();

    /**
     * The high-availability setup (wire {@code haType}).
     *
     * @return the value
     */
    abstract Optional<HaType> haType();

    /**
     * The tags (wire {@code tags}).
     *
     * @return the value
     */
    abstract List<Tag> tags();

    /**
     * The storage size in GiB, set by the server from the size (wire {@code storageSize}).
     *
     * @return the value
     */
    abstract Optional<Integer> storageSize();

    /**
     * The lifecycle state (wire {@code state}), which the waiters read; a state this SDK does not know is kept as
     * read ({@link InstanceState#isKnown()} is false).
     *
     * @return the value
     */
    abstract InstanceState state();

    /**
     * When the instance was created (wire {@code createdAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> createdAt();

    /**
     * Whether this is a primary, false for a read replica (wire {@code isPrimary}).
     *
     * @return the value
     */
    abstract Optional<Boolean> isPrimary();

    /**
     * The host to connect to on port 5432 (wire {@code hostname}).
     *
     * @return the value
     */
    abstract Optional<String> hostname();

    /**
     * The superuser's name, {@code postgres} (wire {@code username}).
     *
     * @return the value
     */
    abstract Optional<String> username();

    /**
     * The connection string {@code postgres://postgres:<password>@<hostname>:5432/postgres?channel_binding=require}
     * (wire {@code connectionString}): only in the answer of a create; redacted in {@code toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> connectionString();

    /**
     * The superuser's password (wire {@code password}): only in the answer of a create; redacted in {@code
     * toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> password();

    /** An empty password or connection string is no credential: it reads as absent. */
    @Value.Check
    PostgresInstanceDef normalize() {
        if (password().filter(String::isEmpty).isPresent()) {
            return PostgresInstance.copyOf(this).withPassword(Optional.empty());
        }
        if (connectionString().filter(String::isEmpty).isPresent()) {
            return PostgresInstance.copyOf(this).withConnectionString(Optional.empty());
        }
        return this;
    }
}
