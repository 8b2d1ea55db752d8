package dev.dbcloud.examples;

import dev.dbcloud.clickhouse.tinybird.Cluster;
import dev.dbcloud.clickhouse.tinybird.ClusterRole;
import dev.dbcloud.clickhouse.tinybird.Clusters;
import dev.dbcloud.clickhouse.tinybird.ClustersConfiguration;
import dev.dbcloud.clickhouse.tinybird.Region;
import dev.dbcloud.clickhouse.tinybird.RegionInfo;
import dev.dbcloud.clickhouse.tinybird.Replica;
import dev.dbcloud.clickhouse.tinybird.ReplicaAdded;
import dev.dbcloud.clickhouse.tinybird.ReplicaSize;
import dev.dbcloud.clickhouse.tinybird.ReplicaState;
import dev.dbcloud.clickhouse.tinybird.ReplicaWeights;
import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.clickhouse.tinybird.TinybirdOrganization;
import dev.dbcloud.clickhouse.tinybird.UpdateWeightsParams;
import dev.dbcloud.clickhouse.tinybird.Weights;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.testing.LocalCloud;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tinybird dedicated clusters: lists the organization's clusters in one region, adds a replica while rebalancing
 * the read traffic onto it, moves half of the writes to it, shows that a write with stale {@code old_weights} is
 * refused with 409, and removes the replica again, restoring the original weights. Every change is followed
 * until {@code operation_in_progress} is false.
 *
 * <p>Without {@code TINYBIRD_TOKEN} (or {@code TB_TOKEN}) in the environment it runs against a local cloud it
 * starts itself, in AWS eu-west-1. With it, it runs against the real API ({@code TinybirdClient.fromEnv()}, host
 * from {@code TINYBIRD_URL}), needs {@code --organization=<id>} and {@code --cluster=<id>} (the one cluster it
 * may change; it never picks one itself), and changes that cluster only with {@code --yes-really}. If anything
 * fails after the replica was requested, the replica is removed and the original weights restored before the
 * program ends (best effort, printed).
 */
public final class TinybirdExample {
    static final Duration POLL = Duration.ofSeconds(10);
    static final Duration PATIENCE = Duration.ofMinutes(60);

    private TinybirdExample() {}

    /**
     * Runs the example as a command-line tool: a failure ends it with one line on standard error and exit status 1.
     *
     * @param args {@code --organization=<id>} and {@code --cluster=<id>} with real credentials, and {@code
     *     --yes-really} to make changes; {@code --verbose} to print the
     *     stack trace of a failure after its one-line reason
     */
    public static void main(String[] args) {
        Launch.asTool(args, () -> start(args));
    }

    private static void start(String[] args) {
        if (Launch.hasEnv(List.of("TINYBIRD_TOKEN", "TB_TOKEN"))) {
            Optional<String> organization = Launch.option(args, "organization");
            Optional<String> cluster = Launch.option(args, "cluster");
            Optional<String> refusal = refusal(organization, cluster);
            if (refusal.isPresent()) {
                System.err.println(refusal.get());
                System.exit(2);
            }
            try (TinybirdClient tb = TinybirdClient.fromEnv()) {
                run(
                        tb,
                        organization.get(),
                        tb.region(),
                        cluster,
                        Narrator.live(System.out, "Tinybird", Launch.confirmed(args)));
            }
            return;
        }
        try (LocalCloud cloud = LocalCloud.start();
                TinybirdClient tb = Launch.tinybird(cloud)) {
            run(
                    tb,
                    cloud.tinybirdOrganizationId(),
                    Optional.of(Region.AWS_EU_WEST_1),
                    Optional.empty(),
                    Narrator.local(System.out, cloud));
        }
    }

    /** Why the real API may not be used with these arguments, if it may not: both ids must be given. */
    static Optional<String> refusal(Optional<String> organization, Optional<String> cluster) {
        if (organization.filter(o -> !o.isBlank()).isEmpty()
                || cluster.filter(c -> !c.isBlank()).isEmpty()) {
            return Optional.of("TINYBIRD_TOKEN is set: to use the real API pass --organization=<organization id> and"
                    + " --cluster=<cluster id>, the one dedicated cluster the example may change (with"
                    + " --yes-really it adds a replica and rewrites its weights, then restores them)");
        }
        return Optional.empty();
    }

    /**
     * Runs the example on {@code clusterId}, or on the first cluster in {@code region} when none is given (the
     * local cloud only: {@link #main} requires one for a real API).
     */
    static void run(
            TinybirdClient tb,
            String organizationId,
            Optional<Region> region,
            Optional<String> clusterId,
            Narrator out) {
        out.section("Tinybird dedicated clusters");
        List<RegionInfo> regions = tb.regions();
        out.step("regions (GET /v0/regions, no token needed): "
                + regions.stream().map(r -> r.name().orElse(r.apiHost())).collect(Collectors.joining(", ")));
        TinybirdOrganization organization = tb.organization(organizationId);
        Clusters clusters = organization.clusters();
        ClustersConfiguration configuration = organization.configuration();

        List<Cluster> all = clusters.list();
        List<Cluster> inRegion = all.stream()
                .filter(c -> region.isEmpty() || isIn(c, region.get()))
                .toList();
        out.step("organization " + organizationId + ": " + all.size() + " dedicated cluster(s), " + inRegion.size()
                + " in " + region.map(Region::displayName).orElse("this host's region"));
        inRegion.forEach(c -> out.detail(describe(c)));
        Optional<Cluster> chosen = clusterId.isPresent()
                ? all.stream()
                        .filter(c -> c.clusterId().equals(clusterId.get()))
                        .findFirst()
                : inRegion.stream().findFirst();
        if (chosen.isEmpty()) {
            out.step(clusterId
                    .map(c -> "no cluster " + c + " in organization " + organizationId)
                    .orElse("no cluster to change"));
            return;
        }
        Cluster cluster = chosen.get();
        String id = cluster.clusterId();
        Weights original = cluster.clusterWeights();
        ReplicaSize size = cluster.cloudProvider()
                .map(configuration.availableSizes()::get)
                .flatMap(sizes -> sizes.stream()
                        .min(Comparator.comparingInt((ReplicaSize s) -> s.cpu().orElse(Integer.MAX_VALUE))))
                .orElseThrow(() -> new IllegalStateException("no replica size offered for " + describe(cluster)));

        int share = 100 / (cluster.replicas().size() + 1);
        Weights.Builder rebalanced = Weights.builder();
        for (String replica : cluster.replicas().keySet()) {
            rebalanced.weight(
                    ClusterRole.WRITER,
                    replica,
                    original.weight(ClusterRole.WRITER, replica).orElse(0));
            rebalanced.weight(ClusterRole.READER, replica, share);
        }
        ReplicaWeights newReplica = ReplicaWeights.builder()
                .weight(ClusterRole.WRITER, 0)
                .weight(ClusterRole.READER, share)
                .build();
        if (!out.writesAllowed()) {
            out.wouldDo("add a " + size.name() + " replica to " + id + " taking " + share + "% of the reads,"
                    + " rebalance writes onto it, then remove it");
            return;
        }

        out.step("adding a " + size.name() + " replica to " + id + " with " + share + "% of the reads");
        ReplicaAdded added = clusters.addReplica(id, size.name(), rebalanced.build(), newReplica);
        String replica = added.newReplica()
                .map(Replica::name)
                .orElseThrow(() -> new IllegalStateException("the API did not name the new replica"));
        out.step("replica " + replica + " requested: "
                + added.operation().map(Object::toString).orElse("?"));
        boolean done = false;
        try {
            Cluster withReplica = awaitIdle(clusters, id, out);
            out.detail("weights now " + withReplica.clusterWeights().asMap());

            Weights.Builder halfWrites = Weights.builder();
            String first = cluster.replicas().keySet().iterator().next();
            for (String name : withReplica.replicas().keySet()) {
                int writes = name.equals(first) || name.equals(replica) ? 50 : 0;
                halfWrites.weight(ClusterRole.WRITER, name, writes);
                halfWrites.weight(
                        ClusterRole.READER,
                        name,
                        withReplica
                                .clusterWeights()
                                .weight(ClusterRole.READER, name)
                                .orElse(0));
            }
            out.step("rebalancing: half of the writes to " + replica);
            clusters.rebalance(id, halfWrites.build());
            Cluster rebalancedCluster = awaitIdle(clusters, id, out);
            out.detail("weights now " + rebalancedCluster.clusterWeights().asMap());

            try {
                clusters.updateWeights(
                        id,
                        UpdateWeightsParams.builder()
                                .oldWeights(withReplica.clusterWeights())
                                .newWeights(withReplica.clusterWeights())
                                .build());
                throw new IllegalStateException("a write with stale old_weights was accepted");
            } catch (ConflictException e) {
                out.step("a write with stale old_weights is refused: " + e.statusCode() + " "
                        + e.errorMessage().orElse(""));
            }

            out.step("removing " + replica + " and restoring the original weights");
            clusters.removeReplica(id, replica, original);
            Cluster restored = awaitIdle(clusters, id, out);
            done = true;
            out.detail(describe(restored));
        } finally {
            if (!done) {
                cleanUp(clusters, id, replica, original, out);
            }
        }
        out.step("Tinybird example done");
    }

    /**
     * Removes the added replica and restores the original weights when the program stopped half way, so that a
     * failure never leaves the cluster changed. Best effort: a failure here is printed, not thrown over the
     * original one.
     */
    private static void cleanUp(Clusters clusters, String id, String replica, Weights original, Narrator out) {
        out.step("the example stopped before its end; cleaning up (best effort): removing " + replica + " from " + id
                + " and restoring the weights " + original.asMap());
        try {
            Cluster current = awaitIdle(clusters, id, out);
            if (current.replicas().containsKey(replica)) {
                clusters.removeReplica(id, replica, original);
            } else if (!current.clusterWeights().equals(original)) {
                clusters.updateWeights(
                        id,
                        UpdateWeightsParams.builder()
                                .oldWeights(current.clusterWeights())
                                .newWeights(original)
                                .build());
            }
            out.step("cleanup done: " + describe(awaitIdle(clusters, id, out)));
        } catch (RuntimeException e) {
            out.step("cleanup failed (" + e.getMessage() + "): remove replica " + replica + " of " + id
                    + " and restore the weights " + original.asMap() + " yourself");
        }
    }

    private static Cluster awaitIdle(Clusters clusters, String id, Narrator out) {
        return out.watch(
                "cluster " + id, () -> clusters.get(id), TinybirdExample::progress, Cluster::isIdle, POLL, PATIENCE);
    }

    private static boolean isIn(Cluster cluster, Region region) {
        return cluster.cloudProvider().filter(region.provider()::equals).isPresent()
                && cluster.cloudRegion().filter(region.providerRegion()::equals).isPresent();
    }

    private static String progress(Cluster cluster) {
        String operation = cluster.operationInProgress()
                .map(running -> running ? "operation in progress" : "idle")
                .orElse("operation state unknown");
        return operation + ", replicas " + replicaStates(cluster);
    }

    private static String replicaStates(Cluster cluster) {
        return cluster.replicas().values().stream()
                .map(r -> r.name() + " " + r.state().map(ReplicaState::value).orElse("?"))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String describe(Cluster cluster) {
        return cluster.clusterId() + " " + cluster.clusterName().orElse("") + " ("
                + cluster.cloudProvider().map(Object::toString).orElse("?") + " "
                + cluster.cloudRegion().orElse("?") + "): replicas " + replicaStates(cluster) + ", weights "
                + cluster.clusterWeights().asMap();
    }
}
