package dev.dbcloud.clickhouse.tinybird;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The weights of one replica per role: the {@code new_replica} part of an add-replica request, on the wire {@code
 * {"writer": 30, "reader": 20}}.
 *
 * <pre>{@code
 * ReplicaWeights newReplica = ReplicaWeights.builder()
 *     .weight(ClusterRole.WRITER, 30)
 *     .weight(ClusterRole.READER, 20)
 *     .build();
 * }</pre>
 *
 * <p>Each weight is an integer from {@value Weights#MIN_WEIGHT} to {@value Weights#MAX_WEIGHT}. Instances are
 * immutable.
 */
public final class ReplicaWeights {
    private final Map<ClusterRole, Integer> weights;

    private ReplicaWeights(Map<ClusterRole, Integer> weights) {
        this.weights = weights;
    }

    /**
     * Starts building replica weights.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates replica weights from a map of role to weight.
     *
     * @param weights the weights
     * @return the replica weights
     * @throws IllegalArgumentException if a weight is null or out of range
     */
    @JsonCreator
    public static ReplicaWeights of(Map<ClusterRole, Integer> weights) {
        requireNonNull(weights, "weights == null");
        Builder builder = new Builder();
        weights.forEach((role, weight) -> builder.weight(role, Weights.present(weight, weightOf(role))));
        return builder.build();
    }

    /**
     * The weight for one role.
     *
     * @param role the role
     * @return the weight, or empty if the role is not mentioned
     */
    public OptionalInt weight(ClusterRole role) {
        requireNonNull(role, "role == null");
        Integer weight = weights.get(role);
        return weight == null ? OptionalInt.empty() : OptionalInt.of(weight);
    }

    /**
     * The weights as the wire format writes them.
     *
     * @return an unmodifiable map from role to weight, in the order they were added
     */
    @JsonValue
    public Map<ClusterRole, Integer> asMap() {
        return weights;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReplicaWeights other && other.weights.equals(weights);
    }

    @Override
    public int hashCode() {
        return weights.hashCode();
    }

    @Override
    public String toString() {
        return "ReplicaWeights" + weights;
    }

    /** Builds {@link ReplicaWeights}; setters refuse invalid values at once. */
    public static final class Builder {
        private final Map<ClusterRole, Integer> weights = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets the weight for one role, replacing an earlier value.
         *
         * @param role the role
         * @param weight from {@value Weights#MIN_WEIGHT} to {@value Weights#MAX_WEIGHT}
         * @return this builder
         * @throws IllegalArgumentException if the weight is out of range
         */
        public Builder weight(ClusterRole role, int weight) {
            requireNonNull(role, "role == null");
            Weights.checkWeight(weight, weightOf(role));
            weights.put(role, weight);
            return this;
        }

        /**
         * Builds the replica weights.
         *
         * @return the immutable replica weights
         */
        public ReplicaWeights build() {
            return new ReplicaWeights(Collections.unmodifiableMap(new LinkedHashMap<>(weights)));
        }
    }

    private static String weightOf(ClusterRole role) {
        return "weight of the new replica for role " + role;
    }
}
