package dev.dbcloud.clickhouse.tinybird;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How a dedicated cluster's traffic is spread: for each {@link ClusterRole}, a weight per replica. On the wire it
 * is {@code {"writer": {"replica-1": 50, "replica-2": 50}, "reader": {"replica-1": 60, "replica-2": 40}}}
 * ({@code cluster_weights}, {@code old_weights}, {@code new_weights}, {@code updated_weights}).
 *
 * <pre>{@code
 * Weights target = Weights.builder()
 *     .weight(ClusterRole.WRITER, "replica-1", 50)
 *     .weight(ClusterRole.WRITER, "replica-2", 50)
 *     .weight(ClusterRole.READER, "replica-1", 60)
 *     .weight(ClusterRole.READER, "replica-2", 40)
 *     .build();
 * cluster.clusterWeights().weight(ClusterRole.WRITER, "replica-1");   // OptionalInt[100]
 * }</pre>
 *
 * <p>Each weight is an integer from {@value #MIN_WEIGHT} to {@value #MAX_WEIGHT}, the range Tinybird's
 * cluster-management guide documents ({@code reference/tinybird.md} §4, "Weights object"); the builder, {@link #of(Map)},
 * {@link #toBuilder()} and {@link #withoutReplica(String)} refuse other values with an {@link
 * IllegalArgumentException} naming the role, the replica and the rule. Weights read from the server are kept exactly
 * as sent, so they can always go back as {@code old_weights}. Roles and replicas keep the order
 * they were added or read in. Instances are immutable.
 */
public final class Weights {
    /** The smallest weight the API accepts ({@code reference/tinybird.md} §4). */
    public static final int MIN_WEIGHT = 0;
    /** The largest weight the API accepts ({@code reference/tinybird.md} §4). */
    public static final int MAX_WEIGHT = 65535;

    private static final String RANGE = " must be an integer from " + MIN_WEIGHT + " to " + MAX_WEIGHT;
    private static final Weights EMPTY = new Weights(Map.of());

    private final Map<ClusterRole, Map<String, Integer>> weights;

    private Weights(Map<ClusterRole, Map<String, Integer>> weights) {
        this.weights = weights;
    }

    /**
     * No weights at all.
     *
     * @return the empty weights
     */
    public static Weights empty() {
        return EMPTY;
    }

    /**
     * Starts building weights.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates weights from a map of role to replica to weight, as the wire format nests them.
     *
     * @param weights the weights
     * @return the weights
     * @throws IllegalArgumentException if a weight is null or out of range
     */
    public static Weights of(Map<ClusterRole, ? extends Map<String, Integer>> weights) {
        requireNonNull(weights, "weights == null");
        Builder builder = new Builder();
        weights.forEach((role, replicas) -> {
            requireNonNull(role, "role == null");
            requireNonNull(replicas, "weights of role " + role + " == null");
            builder.role(role);
            replicas.forEach(
                    (replica, weight) -> builder.weight(role, replica, present(weight, weightOf(role, replica))));
        });
        return builder.build();
    }

    /**
     * Reads weights as the server sends them ({@code cluster_weights}, {@code updated_weights}), without the range
     * check of {@link #of(Map)}: whatever the server holds must be readable and sendable back unchanged as {@code
     * old_weights}, even should Tinybird widen the range one day. A missing or null weight is still refused.
     */
    @JsonCreator
    static Weights read(Map<ClusterRole, Map<String, Integer>> wire) {
        Map<ClusterRole, Map<String, Integer>> copy = new LinkedHashMap<>();
        wire.forEach((role, replicas) -> {
            Map<String, Integer> perRole = new LinkedHashMap<>();
            if (replicas != null) {
                replicas.forEach((replica, weight) -> perRole.put(replica, present(weight, weightOf(role, replica))));
            }
            copy.put(role, Collections.unmodifiableMap(perRole));
        });
        return new Weights(Collections.unmodifiableMap(copy));
    }

    /**
     * The weight of one replica for one role.
     *
     * @param role the role
     * @param replica the replica name, e.g. {@code replica-1}
     * @return the weight, or empty if these weights do not mention the replica for that role
     */
    public OptionalInt weight(ClusterRole role, String replica) {
        requireNonNull(role, "role == null");
        requireNonNull(replica, "replica == null");
        Integer weight = weights.getOrDefault(role, Map.of()).get(replica);
        return weight == null ? OptionalInt.empty() : OptionalInt.of(weight);
    }

    /**
     * The weights of every replica for one role.
     *
     * @param role the role
     * @return an unmodifiable map from replica name to weight; empty if the role is not mentioned
     */
    public Map<String, Integer> forRole(ClusterRole role) {
        requireNonNull(role, "role == null");
        return weights.getOrDefault(role, Map.of());
    }

    /**
     * The roles mentioned.
     *
     * @return the roles, in order
     */
    public Set<ClusterRole> roles() {
        return weights.keySet();
    }

    /**
     * Every replica mentioned for any role.
     *
     * @return the replica names, in order of first mention
     */
    public Set<String> replicas() {
        Set<String> replicas = new LinkedHashSet<>();
        weights.values().forEach(perRole -> replicas.addAll(perRole.keySet()));
        return Collections.unmodifiableSet(replicas);
    }

    /**
     * Whether any role mentions the replica.
     *
     * @param replica the replica name
     * @return true if a weight is set for it
     */
    public boolean mentions(String replica) {
        requireNonNull(replica, "replica == null");
        return weights.values().stream().anyMatch(perRole -> perRole.containsKey(replica));
    }

    /**
     * Whether no weight is set.
     *
     * @return true for {@link #empty()}
     */
    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /**
     * The same weights without one replica, e.g. to derive the weights that remain after removing it. Roles left
     * without replicas are kept, empty.
     *
     * @param replica the replica to drop
     * @return new weights
     */
    public Weights withoutReplica(String replica) {
        requireNonNull(replica, "replica == null");
        Builder builder = toBuilder();
        builder.weights.values().forEach(perRole -> perRole.remove(replica));
        return builder.build();
    }

    /**
     * A builder holding these weights, to derive a variant.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        weights.forEach((role, perRole) -> {
            builder.role(role);
            perRole.forEach((name, weight) -> builder.weight(role, name, weight));
        });
        return builder;
    }

    /**
     * The weights as the wire format nests them.
     *
     * @return an unmodifiable map from role to replica name to weight
     */
    @JsonValue
    public Map<ClusterRole, Map<String, Integer>> asMap() {
        return weights;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weights other && other.weights.equals(weights);
    }

    @Override
    public int hashCode() {
        return weights.hashCode();
    }

    @Override
    public String toString() {
        return "Weights" + weights;
    }

    /** Builds {@link Weights}; setters refuse invalid values at once. */
    public static final class Builder {
        private final Map<ClusterRole, Map<String, Integer>> weights = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets the weight of one replica for one role, replacing an earlier value.
         *
         * @param role the role
         * @param replica the replica name, e.g. {@code replica-1}
         * @param weight from {@value Weights#MIN_WEIGHT} to {@value Weights#MAX_WEIGHT}
         * @return this builder
         * @throws IllegalArgumentException if the weight is out of range
         */
        public Builder weight(ClusterRole role, String replica, int weight) {
            requireNonNull(role, "role == null");
            requireNonNull(replica, "replica == null");
            checkWeight(weight, weightOf(role, replica));
            weights.computeIfAbsent(role, r -> new LinkedHashMap<>()).put(replica, weight);
            return this;
        }

        /**
         * Mentions a role, even with no replica yet.
         *
         * @param role the role
         * @return this builder
         */
        Builder role(ClusterRole role) {
            weights.computeIfAbsent(role, r -> new LinkedHashMap<>());
            return this;
        }

        /**
         * Builds the weights.
         *
         * @return the immutable weights
         */
        public Weights build() {
            Map<ClusterRole, Map<String, Integer>> copy = new LinkedHashMap<>();
            weights.forEach(
                    (role, perRole) -> copy.put(role, Collections.unmodifiableMap(new LinkedHashMap<>(perRole))));
            return new Weights(Collections.unmodifiableMap(copy));
        }
    }

    private static String weightOf(ClusterRole role, String replica) {
        return "weight of replica " + replica + " for role " + role;
    }

    /**
     * Refuses a missing weight, as a JSON {@code null} or a null map value gives.
     *
     * @param weight the weight
     * @param what the weight's name in the message
     * @return the weight
     */
    static int present(Integer weight, String what) {
        if (weight == null) {
            throw new IllegalArgumentException(what + RANGE + " but was null");
        }
        return weight;
    }

    static int checkWeight(int weight, String what) {
        if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException(what + RANGE + " but was " + weight);
        }
        return weight;
    }
}
