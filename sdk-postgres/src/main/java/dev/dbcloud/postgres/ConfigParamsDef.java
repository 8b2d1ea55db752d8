package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a configuration replace or update (wire schema {@code postgresInstanceConfig}). A section is
 * either <em>unset</em> or set, possibly to an empty value; the API requires both {@code pgConfig} and {@code
 * pgBouncerConfig} in every body (it answers {@code 400 BAD_REQUEST: … 'undefined'} to a body missing either).
 *
 * <pre>{@code
 * ConfigParams change = ConfigParams.builder()
 *     .pgConfig(PgConfig.builder().maxConnections(300).build())
 *     .build();                                  // PATCH sends {"pgConfig":{"max_connections":"300"},"pgBouncerConfig":{}}
 * InstanceConfig result = pg.instances().updateConfig(id, change);        // PATCH: merged
 * result.message().ifPresent(System.out::println);                        // e.g. which keys need a restart
 *
 * ConfigParams all = ConfigParams.builder()
 *     .pgConfig(PgConfig.builder().maxConnections(300).build())
 *     .pgBouncerConfig(Map.of())                 // set, and empty: clears every PgBouncer setting
 *     .build();
 * pg.instances().replaceConfig(id, all);                                  // POST: replaces both sections
 * }</pre>
 *
 * <p>With {@link Instances#updateConfig(String, ConfigParams)} (PATCH) the keys sent are merged into the current
 * configuration; an unset section is sent as {@code {}}, which changes nothing. With {@link
 * Instances#replaceConfig(String, ConfigParams)} (POST) each section replaces the current one entirely, so an
 * empty section removes every setting of it; to keep a replace from wiping a section by accident, it refuses
 * parameters with an unset section (set both, or start from {@link InstanceConfig#toParams()}). Checked by
 * {@code build()}: at most 64 PgBouncer keys, none blank.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ConfigParams.class)
@JsonDeserialize(as = ConfigParams.class)
abstract class ConfigParamsDef {
    /**
     * The Postgres settings (wire {@code pgConfig}); unset unless set, and {@link PgConfig#empty()} is an empty
     * section.
     *
     * @return the value
     */
    abstract Optional<PgConfig> pgConfig();

    /**
     * The PgBouncer settings, names to string values (wire {@code pgBouncerConfig}); unset unless set, and an
     * empty map is an empty section. Kept as an unmodifiable copy.
     *
     * @return the value
     */
    abstract Optional<Map<String, String>> pgBouncerConfig();

    @Value.Check
    ConfigParamsDef check() {
        if (pgBouncerConfig().isEmpty()) {
            return this;
        }
        Map<String, String> pgBouncer = pgBouncerConfig().get();
        Rules.pgBouncerConfig(pgBouncer);
        Map<String, String> copy = Map.copyOf(pgBouncer);
        return copy == pgBouncer ? this : ConfigParams.copyOf(this).withPgBouncerConfig(copy);
    }
}
