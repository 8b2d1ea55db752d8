package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.clickhouse.CloudRegion;
import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of an instance create (wire schema {@code PostgresServicePostRequest}). Required: {@code name}, {@code
 * region} and {@code size}; {@code provider} defaults to {@code aws}, the only provider. There is no password
 * (the server generates one, returned once by the create) and no storage size (the server derives it from the
 * size, although older guides required {@code storageSize}).
 *
 * <pre>{@code
 * PostgresInstance created = pg.instances().create(CreateInstanceParams.builder()
 *     .name("orders")
 *     .region(CloudRegion.US_WEST_2)
 *     .size(InstanceSize.R8GD_LARGE)
 *     .postgresVersion(PostgresVersion.V18)            // optional, the API's default is 17
 *     .haType(HaType.ASYNC)                            // optional
 *     .addTags(Tag.builder().key("env").value("prod").build())
 *     .pgConfig(PgConfig.builder().maxConnections(200).build())
 *     .putPgBouncerConfig("pool_mode", "transaction")
 *     .build());
 * }</pre>
 *
 * <p>Checked by {@code build()}: the name has 1 to 50 characters; tags follow {@link Tag} rules of the API (at
 * most 50, each with a value, keys and values of letters, digits, {@code .}, {@code _} and {@code -}, no key
 * starting {@code chc_}); {@code pgConfig}, when set, is not empty; at most 64 PgBouncer keys.
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "provider", "region", "size", "postgresVersion", "haType"})
@JsonSerialize(as = CreateInstanceParams.class)
@JsonDeserialize(as = CreateInstanceParams.class)
abstract class CreateInstanceParamsDef implements NewInstanceSettings {
    /**
     * The cloud provider (wire {@code provider}), {@code aws} unless set.
     *
     * @return the value
     */
    @Value.Default
    CloudProvider provider() {
        return CloudProvider.AWS;
    }

    /**
     * The region (wire {@code region}), e.g. {@code CloudRegion.US_WEST_2} or {@code CloudRegion.of("…")}.
     *
     * @return the value
     */
    abstract CloudRegion region();

    /**
     * The VM size (wire {@code size}).
     *
     * @return the value
     */
    abstract InstanceSize size();

    /**
     * The Postgres major version (wire {@code postgresVersion}); the API's default is 17.
     *
     * @return the value
     */
    abstract Optional<PostgresVersion> postgresVersion();

    /**
     * The high-availability setup (wire {@code haType}); the API's default is {@code none}.
     *
     * @return the value
     */
    abstract Optional<HaType> haType();

    @Value.Check
    void check() {
        NewInstanceSettings.check(this);
    }
}
