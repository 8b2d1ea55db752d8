package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The rules of {@link ClusterConfigurationParameter}: what {@code ClusterConfigurationParameterAttributes} does not say about it. The
 * generated {@code ClusterConfigurationParameterDef} carries its annotations.
 */
abstract class ClusterConfigurationParameterRules extends ClusterConfigurationParameterAttributes {

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
