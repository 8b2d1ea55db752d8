package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The endpoints under one path, such as everything under {@code /clusters/{cluster_id}}: the prefix and the checks
 * of its placeholders are declared once, and each endpoint adds its method and the rest of its path. Groups nest
 * ({@link #at(String)}), keeping the parent's checks.
 *
 * <pre>{@code
 * static final EndpointGroup CLUSTER = EndpointGroup.of("/clusters/{cluster_id}").check("cluster_id", Eids::check);
 * static final Endpoint<Cluster> GET = CLUSTER.get("").returns(Cluster.class);
 * static final Endpoint<ClusterStatus> STATUS = CLUSTER.get("/status").returns(ClusterStatus.class);
 * static final EndpointGroup ROLE = CLUSTER.at("/roles/{role_name}");
 * }</pre>
 *
 * <p>Groups are immutable and thread-safe; declare them before the endpoints that use them.
 */
public final class EndpointGroup {
    private final String prefix;
    private final Map<String, BiFunction<String, String, String>> checks;

    private EndpointGroup(String prefix, Map<String, BiFunction<String, String, String>> checks) {
        this.prefix = prefix;
        this.checks = checks;
    }

    /**
     * Starts a group.
     *
     * @param prefix the path every endpoint of the group starts with, e.g. {@code /clusters/{cluster_id}}
     * @return the group, without checks
     */
    public static EndpointGroup of(String prefix) {
        return new EndpointGroup(requireNonNull(prefix, "prefix == null"), Map.of());
    }

    /**
     * This group with a check of one placeholder of its prefix, run before anything is sent; see {@link
     * Endpoint.Builder#check}.
     *
     * @param placeholder the placeholder's name, e.g. {@code cluster_id}
     * @param check given the value and the argument's name, returns the value or throws {@link
     *     IllegalArgumentException}
     * @return a new group
     */
    public EndpointGroup check(String placeholder, BiFunction<String, String, String> check) {
        Map<String, BiFunction<String, String, String>> more = new LinkedHashMap<>(checks);
        more.put(requireNonNull(placeholder, "placeholder == null"), requireNonNull(check, "check == null"));
        return new EndpointGroup(prefix, Map.copyOf(more));
    }

    /**
     * The group under a longer path, keeping this group's checks.
     *
     * @param suffix the rest of the path, e.g. {@code /roles/{role_name}}
     * @return a new group
     */
    public EndpointGroup at(String suffix) {
        return new EndpointGroup(prefix + requireNonNull(suffix, "suffix == null"), checks);
    }

    /**
     * @param suffix the rest of the path, e.g. {@code /status}, or empty for the prefix itself
     * @return a GET under the prefix, carrying the group's checks
     */
    public Endpoint.Builder get(String suffix) {
        return endpoint(HttpMethod.GET, suffix);
    }

    /**
     * @param suffix the rest of the path, e.g. {@code /status}, or empty for the prefix itself
     * @return a POST under the prefix, carrying the group's checks
     */
    public Endpoint.Builder post(String suffix) {
        return endpoint(HttpMethod.POST, suffix);
    }

    /**
     * @param suffix the rest of the path, e.g. {@code /status}, or empty for the prefix itself
     * @return a PUT under the prefix, carrying the group's checks
     */
    public Endpoint.Builder put(String suffix) {
        return endpoint(HttpMethod.PUT, suffix);
    }

    /**
     * @param suffix the rest of the path, e.g. {@code /status}, or empty for the prefix itself
     * @return a PATCH under the prefix, carrying the group's checks
     */
    public Endpoint.Builder patch(String suffix) {
        return endpoint(HttpMethod.PATCH, suffix);
    }

    /**
     * @param suffix the rest of the path, e.g. {@code /status}, or empty for the prefix itself
     * @return a DELETE under the prefix, carrying the group's checks
     */
    public Endpoint.Builder delete(String suffix) {
        return endpoint(HttpMethod.DELETE, suffix);
    }

    private Endpoint.Builder endpoint(HttpMethod method, String suffix) {
        Endpoint.Builder builder = Endpoint.of(method, prefix + requireNonNull(suffix, "suffix == null"));
        // A loop, not forEach with a method reference: no lambda class on a client's first call.
        for (Map.Entry<String, BiFunction<String, String, String>> check : checks.entrySet()) {
            builder.check(check.getKey(), check.getValue());
        }
        return builder;
    }

    /** @return the prefix, e.g. {@code /clusters/{cluster_id}} */
    @Override
    public String toString() {
        return prefix;
    }
}
