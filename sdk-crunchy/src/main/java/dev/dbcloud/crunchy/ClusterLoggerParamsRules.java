package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.ParamChecks;
import org.immutables.value.Value;

/**
 * The rules of {@link ClusterLoggerParams}: what {@code ClusterLoggerParamsAttributes} does not say about it. The
 * generated {@code ClusterLoggerParamsDef} carries its annotations.
 */
abstract class ClusterLoggerParamsRules extends ClusterLoggerParamsAttributes {

    /** Refuses a blank host or template. */
    @Value.Check
    void check() {
        ParamChecks.text(host(), "host");
        ParamChecks.text(template(), "template");
    }
}
