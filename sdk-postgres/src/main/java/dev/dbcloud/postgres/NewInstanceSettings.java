package dev.dbcloud.postgres;

import dev.dbcloud.clickhouse.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every request that makes a new instance carries, whether it creates one ({@link CreateInstanceParams}),
 * a read replica ({@link CreateReadReplicaParams}) or a point-in-time restore ({@link RestoreInstanceParams}): the
 * new instance's name, tags and initial configuration, checked alike by each {@code build()}. The generated types
 * list these attributes first; a type that sends fields of its own in between names its wire order with {@code
 * @JsonPropertyOrder}.
 */
interface NewInstanceSettings {
    /**
     * The new instance's name, 1 to 50 characters (wire {@code name}).
     *
     * @return the value
     */
    String name();

    /**
     * The new instance's tags (wire {@code tags}); omitted when empty.
     *
     * @return the value
     */
    List<Tag> tags();

    /**
     * Initial Postgres settings (wire {@code pgConfig}); omitted when unset, and refused when empty.
     *
     * @return the value
     */
    Optional<PgConfig> pgConfig();

    /**
     * Initial PgBouncer settings, names to string values, e.g. {@code default_pool_size=16} (wire
     * {@code pgBouncerConfig}); omitted when empty.
     *
     * @return the value
     */
    Map<String, String> pgBouncerConfig();

    /**
     * Checks the settings against the API's rules: the name has 1 to 50 characters; tags follow {@link Tag} rules
     * of the API; {@code pgConfig}, when set, is not empty; at most 64 PgBouncer keys.
     *
     * @param settings the settings of a new instance
     * @throws IllegalArgumentException naming the field and the rule it breaks
     */
    static void check(NewInstanceSettings settings) {
        Rules.name(settings.name(), "name");
        Rules.tags(settings.tags());
        Rules.initialConfig(settings.pgConfig(), settings.pgBouncerConfig());
    }
}
