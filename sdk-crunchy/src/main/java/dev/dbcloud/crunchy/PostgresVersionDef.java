package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A Postgres major version clusters can run ({@code PostgresVersion}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = PostgresVersion.class)
@JsonDeserialize(as = PostgresVersion.class)
abstract class PostgresVersionDef {
    /** @return the version's ID ({@code id}) */
    abstract String id();

    /** @return the name shown to users, e.g. {@code Postgres 17} ({@code display_name}) */
    abstract Optional<String> displayName();

    /** @return whether new clusters get this version by default ({@code is_default}) */
    abstract Optional<Boolean> isDefault();

    /** @return the major version number, e.g. 17 ({@code major_version}) */
    abstract Optional<Integer> majorVersion();
}
