package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The wire body of {@code POST} and {@code PATCH …/postgres/{postgresId}/config}: always both sections, since the
 * API answers 400 to a body missing either.
 */
@JsonPropertyOrder({"pgConfig", "pgBouncerConfig"})
record ConfigBody(PgConfig pgConfig, Map<String, String> pgBouncerConfig) {
    /** What {@code replaceConfig} tells a caller whose parameters leave a section unset. */
    static final String REPLACE_NEEDS_BOTH = "replaceConfig needs both pgConfig and pgBouncerConfig: set both (an"
            + " empty one clears it), or use updateConfig / InstanceConfig.toParams()";

    /**
     * The body of a replace (POST), which would wipe a section left unset.
     *
     * @param params the caller's configuration
     * @return the body
     * @throws IllegalArgumentException if a section is unset
     */
    static ConfigBody replacing(ConfigParams params) {
        if (params.pgConfig().isEmpty() || params.pgBouncerConfig().isEmpty()) {
            String unset = params.pgConfig().isEmpty()
                    ? params.pgBouncerConfig().isEmpty() ? "both are unset" : "pgConfig is unset"
                    : "pgBouncerConfig is unset";
            throw new IllegalArgumentException(REPLACE_NEEDS_BOTH + " (" + unset + ")");
        }
        return new ConfigBody(params.pgConfig().get(), params.pgBouncerConfig().get());
    }

    /**
     * The body of an update (PATCH), a merge: an unset section goes out as {@code {}}, which changes nothing.
     *
     * @param params the caller's changes
     * @return the body
     */
    static ConfigBody merging(ConfigParams params) {
        return new ConfigBody(
                params.pgConfig().orElse(PgConfig.empty()),
                params.pgBouncerConfig().orElse(Map.of()));
    }
}
