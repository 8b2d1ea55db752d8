package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One configuration parameter of a cluster as it is set ({@code ClusterConfigurationParameter}), read with {@link
 * ClusterConfigurationParameters}. An empty {@link #value()} means the component's default applies.
 *
 * <pre>{@code
 * ClusterConfigurationParameter p = cb.clusters().configurationParameters().get(clusterId, "postgres:log_statement");
 * String shown = p.value().orElse("(default)");
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClusterConfigurationParameter.class)
@JsonDeserialize(as = ClusterConfigurationParameter.class)
abstract class ClusterConfigurationParameterDef {
    /** @return the fully qualified name, {@code <component>:<parameter_name>}, e.g. {@code postgres:work_mem} */
    abstract String name();

    /** @return the component the parameter configures, e.g. {@code postgres} or {@code pgbouncer} */
    abstract Optional<String> component();

    /** @return the name within the component ({@code parameter_name}), e.g. {@code work_mem} */
    abstract Optional<String> parameterName();

    /** @return the cluster ({@code cluster_id}) */
    abstract Optional<String> clusterId();

    /** @return the value as the API writes it, e.g. {@code 64MB}; empty when the default applies */
    abstract Optional<String> value();

    /**
     * Whether the component's default applies, as no value is set.
     *
     * @return true if so
     */
    @JsonIgnore
    public boolean isDefault() {
        return value().isEmpty();
    }
}
