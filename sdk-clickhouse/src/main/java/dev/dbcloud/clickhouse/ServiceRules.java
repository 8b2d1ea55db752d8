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

    /**
     * Refuses the replica counts of a scaling change that break the spec's two rules: {@link
     * #numReplicasAlone} and {@link #replicaRangeTogether}.
     *
     * @param change the change
     * @throws IllegalArgumentException if either rule is broken
     */
    static void replicaCounts(ReplicaScalingChange change) {
        numReplicasAlone(change.numReplicas(), change.minReplicas(), change.maxReplicas());
        replicaRangeTogether(change.minReplicas(), change.maxReplicas());
    }

    /**
     * Refuses one end of a replica range without the other: the spec's {@code minReplicas}/{@code maxReplicas}
     * "must be provided together" ({@code ServiceReplicaScalingPatchRequest}, {@code ScalingScheduleEntryRequest}).
     *
     * @param minReplicas the range's minimum, if set
     * @param maxReplicas the range's maximum, if set
     * @throws IllegalArgumentException if only one is set
     */
    static void replicaRangeTogether(Optional<Integer> minReplicas, Optional<Integer> maxReplicas) {
        if (minReplicas.isPresent() != maxReplicas.isPresent()) {
            throw new IllegalArgumentException("minReplicas and maxReplicas must be set together");
        }
    }

    /**
     * Refuses a number outside the range the spec gives for a field (its {@code minimum} and {@code maximum}, or
     * the days and hours its description names).
     *
     * @param field the field's wire name
     * @param value the value
     * @param min the least value allowed
     * @param max the greatest value allowed
     * @throws IllegalArgumentException naming the field and the range
     */
    static void between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + " but is " + value);
        }
    }

    /**
     * Refuses a number below the spec's {@code minimum} for a field.
     *
     * @param field the field's wire name
     * @param value the value, if set
     * @param min the least value allowed
     * @throws IllegalArgumentException naming the field and the minimum
     */
    static void atLeast(String field, Optional<Integer> value, int min) {
        if (value.isPresent() && value.get() < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + " but is " + value.get());
        }
    }
}
