package dev.dbcloud.clickhouse.tinybird;

import dev.dbcloud.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The rules of {@link AddReplicaParams}: what {@code AddReplicaParamsAttributes} does not say about it. The
 * generated {@code AddReplicaParamsDef} carries its annotations.
 */
abstract class AddReplicaParamsRules extends AddReplicaParamsAttributes {

    /**
     * The one rule kept: a replica name, when given, is a usable path segment (not blank, {@code .} or {@code ..}),
     * the structural rule for every id that goes into a path. Nothing else is refused before sending: {@code
     * reference/tinybird.md} §4 documents the body by example only, so an empty {@code new_replica} or a size name
     * the server does not offer is the server's to answer.
     */
    @Value.Check
    void check() {
        replicaName().ifPresent(name -> Checks.pathSegment(name, "replicaName"));
    }
}
