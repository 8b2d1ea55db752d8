package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The rules of {@link ClusterStatus}: what {@code ClusterStatusAttributes} does not say about it. The
 * generated {@code ClusterStatusDef} carries its annotations.
 */
abstract class ClusterStatusRules extends ClusterStatusAttributes {

    /**
     * Whether the state is {@code ready}.
     *
     * @return true if so
     */
    @JsonIgnore
    public boolean isReady() {
        return state().filter(ClusterState.READY::equals).isPresent();
    }
}
