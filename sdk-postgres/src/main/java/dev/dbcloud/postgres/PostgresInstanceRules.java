package dev.dbcloud.postgres;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rules of {@link PostgresInstance}: what {@code PostgresInstanceAttributes} does not say about it. The
 * generated {@code PostgresInstanceDef} carries its annotations.
 */
abstract class PostgresInstanceRules extends PostgresInstanceAttributes {

    /** An empty password or connection string is no credential: it reads as absent. */
    @Value.Check
    PostgresInstanceDef normalize() {
        if (password().filter(String::isEmpty).isPresent()) {
            return PostgresInstance.copyOf((PostgresInstanceDef) this).withPassword(Optional.empty());
        }
        if (connectionString().filter(String::isEmpty).isPresent()) {
            return PostgresInstance.copyOf((PostgresInstanceDef) this).withConnectionString(Optional.empty());
        }
        return (PostgresInstanceDef) this;
    }
}
