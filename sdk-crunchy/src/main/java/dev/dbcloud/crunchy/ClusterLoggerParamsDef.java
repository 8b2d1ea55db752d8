package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link ClusterLoggers#create(String, ClusterLoggerParams)} and {@link ClusterLoggers#update(String,
 * String, ClusterLoggerParams)} ({@code ClusterLoggerCreateRequest}, {@code ClusterLoggerUpdateRequest}): an update
 * replaces the logger's settings whole. The template is redacted in {@code toString()} and the body is never logged.
 *
 * <pre>{@code
 * ClusterLoggerParams.builder().host("logs.example.com").port(6514)
 *         .template("<${PRI}>1 ${ISODATE} ${HOST} - - - ${MSG}\n").description("syslog").build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClusterLoggerParams.class)
@JsonDeserialize(as = ClusterLoggerParams.class)
abstract class ClusterLoggerParamsDef {
    /** @return the syslog host, not blank ({@code host}) */
    abstract String host();

    /** @return the syslog port ({@code port}) */
    abstract long port();

    /** @return the syslog message template, not blank ({@code template}); redacted in toString */
    @Value.Redacted
    abstract String template();

    /** @return a description ({@code description}) */
    abstract Optional<String> description();

    /** @return whether to forward connection logs too; the API's default is false ({@code forward_connection_logs}) */
    abstract Optional<Boolean> forwardConnectionLogs();

    /** @return whether to turn off TLS certificate verification ({@code tls_verify_disabled}) */
    abstract Optional<Boolean> tlsVerifyDisabled();

    /** Refuses a blank host or template. */
    @Value.Check
    void check() {
        ParamChecks.text(host(), "host");
        ParamChecks.text(template(), "template");
    }
}
