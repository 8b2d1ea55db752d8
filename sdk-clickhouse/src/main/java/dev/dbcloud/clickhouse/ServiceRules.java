package dev.dbcloud.clickhouse;

import java.util.Optional;

/** The rules the spec states for a service's fields, checked alike in every body that sets them. */
final class ServiceRules {
    private ServiceRules() {}

    /**
     * Refuses an empty name ({@code ServicePostRequest.name} and {@code ServicePatchRequest.name}: minLength 1).
     *
     * @param name the name
     * @throws IllegalArgumentException if it is empty
     */
    static void name(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty (spec: minLength 1)");
        }
    }

    /**
     * Refuses a fixed replica count together with a replica range: the spec's {@code numReplicas} is "mutually
     * exclusive with minReplicas/maxReplicas" in both {@code ServicePostRequest} and {@code
     * ServiceReplicaScalingPatchRequest}.
     *
     * @param numReplicas the fixed count, if set
     * @param minReplicas the range's minimum, if set
     * @param maxReplicas the range's maximum, if set
     * @throws IllegalArgumentException if the count and either end of the range are set
     */
    static void numReplicasAlone(
            Optional<Integer> numReplicas, Optional<Integer> minReplicas, Optional<Integer> maxReplicas) {
        if (numReplicas.isPresent() && (minReplicas.isPresent() || maxReplicas.isPresent())) {
            throw new IllegalArgumentException("numReplicas must not be combined with minReplicas/maxReplicas");
        }
    }
}
