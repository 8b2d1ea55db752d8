package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A destination a cluster forwards its Postgres logs to over syslog ({@code ClusterLogger}). The template may hold a
 * log provider's ingestion token: it is redacted in {@code toString()} and never shown in the SDK's log lines.
 *
 * <pre>{@code
 * for (ClusterLogger l : cb.clusters().loggers().list(clusterId)) {
 *     System.out.println(l.id() + " " + l.hostAndPort().orElse("?"));
 * }
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClusterLogger.class)
@JsonDeserialize(as = ClusterLogger.class)
abstract class ClusterLoggerDef {
    /** @return the logger's ID ({@code id}) */
    abstract String id();

    /** @return the cluster's ID ({@code cluster_id}) */
    abstract Optional<String> clusterId();

    /** @return the cluster's team ({@code team_id}) */
    abstract Optional<String> teamId();

    /** @return the description ({@code description}) */
    abstract Optional<String> description();

    /** @return the syslog host ({@code host}) */
    abstract Optional<String> host();

    /** @return the syslog port ({@code port}) */
    abstract Optional<Long> port();

    /** @return host and port together, e.g. {@code logs.example.com:6514} ({@code host_and_port}) */
    abstract Optional<String> hostAndPort();

    /** @return the syslog message template ({@code template}); may hold credentials, redacted in toString */
    @Value.Redacted
    abstract Optional<String> template();

    /** @return whether connection logs are forwarded as well ({@code forward_connection_logs}) */
    abstract Optional<Boolean> forwardConnectionLogs();

    /** @return whether TLS certificate verification is off ({@code tls_verify_disabled}) */
    abstract Optional<Boolean> tlsVerifyDisabled();
}
