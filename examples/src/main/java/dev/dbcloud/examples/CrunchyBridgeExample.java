package dev.dbcloud.examples;

import dev.dbcloud.core.Page;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.crunchy.Cluster;
import dev.dbcloud.crunchy.ClusterBackup;
import dev.dbcloud.crunchy.ClusterConfigurationParameter;
import dev.dbcloud.crunchy.ClusterState;
import dev.dbcloud.crunchy.ClusterStatus;
import dev.dbcloud.crunchy.ConfigurationParameterValue;
import dev.dbcloud.crunchy.CreateClusterParams;
import dev.dbcloud.crunchy.CreateFirewallRuleParams;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.crunchy.FirewallRule;
import dev.dbcloud.crunchy.FirewallRuleKind;
import dev.dbcloud.crunchy.ForkClusterParams;
import dev.dbcloud.crunchy.ListClustersParams;
import dev.dbcloud.crunchy.NetworkFirewallRules;
import dev.dbcloud.crunchy.Plan;
import dev.dbcloud.crunchy.Provider;
import dev.dbcloud.crunchy.SupportedConfigurationParameter;
import dev.dbcloud.crunchy.Team;
import dev.dbcloud.crunchy.UpdateConfigurationParametersParams;
import dev.dbcloud.crunchy.UpdateFirewallRuleParams;
import dev.dbcloud.testing.LocalCloud;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Crunchy Bridge end to end: lists the team's clusters page by page (cursor paging), reads the catalogue of
 * configuration parameters, creates a cluster and waits until it is ready, sets configuration parameters on it
 * (first ones applied without a restart, then one that needs Postgres restarted, with {@code allow_restart}),
 * opens its network's firewall to an office range and changes and removes that rule again, forks it at a point in time between its oldest backup and now, starts a backup and watches
 * it appear, suspends and resumes the cluster, then deletes both clusters (a repeated delete answers 410 Gone).
 * If anything fails after a cluster was created, the clusters created so far are deleted before the program
 * ends (best effort, printed).
 *
 * <p>Without {@code CB_API_KEY} (or {@code APPLICATION_SECRET}) in the environment it runs against a local cloud
 * it starts itself. With it, it runs against the real API ({@code CrunchyBridgeClient.fromEnv()}) and only lists
 * unless {@code --yes-really} is given: creating clusters costs money.
 */
public final class CrunchyBridgeExample {
    static final Duration POLL = Duration.ofSeconds(5);
    static final Duration PATIENCE = Duration.ofMinutes(45);

    private CrunchyBridgeExample() {}

    /**
     * Runs the example as a command-line tool: a failure ends it with one line on standard error and exit status 1.
     *
     * @param args {@code --yes-really} to make changes with real credentials; {@code --verbose} to print the
     *     stack trace of a failure after its one-line reason
     */
    public static void main(String[] args) {
        Launch.asTool(args, () -> start(args));
    }

    private static void start(String[] args) {
        if (Launch.hasEnv(List.of("CB_API_KEY", "APPLICATION_SECRET"))) {
            try (CrunchyBridgeClient cb = CrunchyBridgeClient.fromEnv()) {
                run(cb, Narrator.live(System.out, "Crunchy Bridge", Launch.confirmed(args)));
            }
            return;
        }
        try (LocalCloud cloud = LocalCloud.start();
                CrunchyBridgeClient cb = Launch.crunchyBridge(cloud)) {
            run(cb, Narrator.local(System.out, cloud));
        }
    }

    static void run(CrunchyBridgeClient cb, Narrator out) {
        out.section("Crunchy Bridge");
        List<Team> teams = cb.teams().list().items();
        Team team = teams.stream()
                .filter(t -> t.isDefault().orElse(false))
                .findFirst()
                .orElse(teams.get(0));
        out.step("team " + team.name().orElse("?") + " (" + team.id() + "), one of " + teams.size());

        out.step("listing the team's clusters, 2 per page");
        Page<Cluster> page = cb.clusters()
                .list(ListClustersParams.builder().teamId(team.id()).limit(2).build());
        int pages = 1;
        int total = 0;
        while (true) {
            total += page.items().size();
            out.detail("page " + pages + ": " + names(page.items())
                    + page.nextCursor().map(c -> " (next cursor " + c + ")").orElse(""));
            if (page.nextPage().isEmpty()) {
                break;
            }
            page = page.nextPage().get();
            pages++;
        }
        out.step(total + " cluster(s) on " + pages + " page(s)");

        Provider aws = cb.providers().list().stream()
                .filter(p -> p.id().filter("aws"::equals).isPresent())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no AWS provider offered"));
        Plan plan = aws.plans().stream()
                .filter(p -> p.id().equals("hobby-2"))
                .findFirst()
                .orElse(aws.plans().get(0));
        String region = plan.regionIds().isEmpty()
                ? aws.regions().get(0).id()
                : plan.regionIds().get(0);
        List<SupportedConfigurationParameter> catalogue =
                cb.configurationParameters().list();
        out.step(catalogue.size() + " configuration parameter(s) may be set; a change of these restarts Postgres: "
                + catalogue.stream()
                        .filter(p -> p.requiresRestart().orElse(false))
                        .map(SupportedConfigurationParameter::name)
                        .collect(Collectors.joining(", ")));

        String name = Launch.uniqueName("");
        if (!out.writesAllowed()) {
            out.wouldDo("create cluster " + name + " (plan " + plan.id() + ", aws " + region + "), fork it, back"
                    + " it up, suspend and resume it, then delete both clusters");
            return;
        }

        out.step("creating " + name + ": plan " + plan.id() + " (" + plan.vcpu().orElse(0.0) + " vCPU, "
                + plan.memory().orElse(0.0) + " GB), aws " + region);
        Cluster cluster = cb.clusters()
                .create(CreateClusterParams.builder()
                        .name(name)
                        .teamId(team.id())
                        .planId(plan.id())
                        .providerId("aws")
                        .regionId(region)
                        .storage(10)
                        .build());
        String id = cluster.id();
        Deque<String> owned = new ArrayDeque<>(List.of(id));
        try {
            out.step("created " + id + ", state " + state(cluster) + "; waiting until ready");
            long waitStarted = System.nanoTime();
            cb.clusters().waitUntilReady(id, out.patience(PATIENCE));
            out.step(String.format(
                    Locale.ROOT, "%s is ready (waited %.2fs)", id, (System.nanoTime() - waitStarted) / 1e9));
            configure(cb, id, catalogue, out);
            firewall(cb, cb.clusters().get(id).networkId().orElseThrow(), out);

            ClusterStatus status = cb.clusters().status(id);
            Instant oldest =
                    status.oldestBackupAt().orElseThrow(() -> new IllegalStateException("no backup to fork from"));
            Instant target = oldest.plus(Duration.between(oldest, Instant.now()).dividedBy(2));
            out.step("forking at " + target + " (oldest backup " + oldest + ")");
            Cluster fork = cb.clusters()
                    .fork(
                            id,
                            ForkClusterParams.builder()
                                    .name(name + "-fork")
                                    .targetTime(target)
                                    .build());
            owned.addFirst(fork.id());
            out.step("fork " + fork.id() + " created, state " + state(fork));
            out.watch(
                    "fork " + fork.id(),
                    () -> cb.clusters().status(fork.id()),
                    s -> s.state().map(ClusterState::value).orElse("(none)"),
                    ClusterStatus::isReady,
                    POLL,
                    PATIENCE);

            int backupsBefore = cb.clusters().backups().list(id).size();
            out.step("start-backup on " + id + ": "
                    + cb.clusters().startBackup(id).message());
            List<ClusterBackup> backups = out.watch(
                    "backups of " + id,
                    () -> cb.clusters().backups().list(id),
                    list -> list.size() + " backup(s)",
                    list -> list.size() > backupsBefore,
                    POLL,
                    PATIENCE);
            ClusterBackup latest = backups.get(backups.size() - 1);
            out.detail("latest backup " + latest.name() + ", LSN "
                    + latest.lsnStart().orElse("?") + " .. " + latest.lsnStop().orElse("?"));

            out.step("suspending " + id + ": state " + state(cb.clusters().suspend(id)));
            out.watch(
                    "cluster " + id,
                    () -> cb.clusters().get(id),
                    CrunchyBridgeExample::state,
                    c -> c.isSuspended().orElse(false) && state(c).equals("suspended"),
                    POLL,
                    PATIENCE);
            out.step("resuming " + id + ": state " + state(cb.clusters().resume(id)));
            out.watch(
                    "cluster " + id,
                    () -> cb.clusters().get(id),
                    CrunchyBridgeExample::state,
                    c -> state(c).equals("ready"),
                    POLL,
                    PATIENCE);

            out.step("deleting " + fork.id() + " and " + id);
            cb.clusters().delete(fork.id());
            owned.remove(fork.id());
            cb.clusters().delete(id);
            owned.remove(id);
            try {
                cb.clusters().delete(id);
            } catch (ApiResponseException e) {
                if (e.statusCode() != 410) {
                    throw e;
                }
                out.step("deleting " + id + " again: " + e.statusCode() + " Gone, as documented (request id "
                        + e.requestId().orElse("?") + ")");
            }
        } finally {
            if (!owned.isEmpty()) {
                cleanUp(cb, owned, out);
            }
        }
        out.step("Crunchy Bridge example done");
    }

    /**
     * Sets configuration parameters: a batch that applies without a restart, checked against the catalogue
     * before it is sent, then {@code postgres:max_connections}, which needs Postgres restarted and so goes with
     * {@code allowRestart(true)}; the cluster is ready again after the restart.
     */
    private static void configure(
            CrunchyBridgeClient cb, String id, List<SupportedConfigurationParameter> catalogue, Narrator out) {
        ConfigurationParameterValue logStatement =
                find(catalogue, "postgres:log_statement").value("ddl");
        ConfigurationParameterValue slowQueries =
                find(catalogue, "postgres:log_min_duration_statement").value(500);
        List<ClusterConfigurationParameter> set = cb.clusters()
                .configurationParameters()
                .update(
                        id,
                        UpdateConfigurationParametersParams.builder()
                                .addParameters(logStatement, slowQueries)
                                .build());
        out.step("configured " + id + " without a restart: "
                + set.stream()
                        .filter(p -> !p.isDefault())
                        .map(p -> p.name() + "=" + p.value().orElseThrow())
                        .collect(Collectors.joining(", ")));

        cb.clusters()
                .configurationParameters()
                .update(
                        id,
                        UpdateConfigurationParametersParams.builder()
                                .addParameters(find(catalogue, "postgres:max_connections")
                                        .value(200))
                                .allowRestart(true)
                                .build());
        out.step("postgres:max_connections=200 with allow_restart: cluster "
                + state(cb.clusters().get(id)) + "; waiting until ready");
        cb.clusters().waitUntilReady(id, out.patience(PATIENCE));
        out.step("postgres:max_connections is now "
                + cb.clusters()
                        .configurationParameters()
                        .get(id, "postgres:max_connections")
                        .value()
                        .orElse("(default)"));
    }

    /**
     * Manages the firewall rules of the cluster's network: allows an office range in, lets the clusters reach a
     * log collector (egress), narrows the office rule, lists the rules, and removes both again (a repeated delete
     * answers 410 Gone).
     */
    private static void firewall(CrunchyBridgeClient cb, String networkId, Narrator out) {
        NetworkFirewallRules rules = cb.networks().firewallRules();
        FirewallRule office = rules.create(
                networkId,
                CreateFirewallRuleParams.builder()
                        .rule("203.0.113.0/24")
                        .description("office")
                        .build());
        FirewallRule collector = rules.create(
                networkId,
                CreateFirewallRuleParams.builder()
                        .rule("198.51.100.7/32")
                        .description("log collector")
                        .kind(FirewallRuleKind.EGRESS)
                        .build());
        out.step("firewall of network " + networkId + ": allowed " + rule(office) + " and " + rule(collector));
        rules.update(
                networkId,
                office.id(),
                UpdateFirewallRuleParams.builder().rule("203.0.113.0/25").build());
        out.step("narrowed the office rule; the network's rules: "
                + rules.list(networkId).stream().map(CrunchyBridgeExample::rule).collect(Collectors.joining(", ")));
        rules.delete(networkId, office.id());
        rules.delete(networkId, collector.id());
        try {
            rules.delete(networkId, office.id());
        } catch (ApiResponseException e) {
            if (e.statusCode() != 410) {
                throw e;
            }
            out.step("removed both rules; deleting the office rule again: " + e.statusCode() + " Gone");
        }
    }

    private static String rule(FirewallRule rule) {
        return rule.rule().orElse("?") + " ("
                + rule.kind().map(FirewallRuleKind::value).orElse("legacy")
                + rule.description().map(d -> ", " + d).orElse("") + ")";
    }

    private static SupportedConfigurationParameter find(List<SupportedConfigurationParameter> catalogue, String name) {
        return catalogue.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException(name + " is not in the configuration parameter catalogue"));
    }

    /**
     * Deletes the clusters the program created and has not deleted yet, newest first, when the program stopped
     * half way, so that a failure never leaves a billable cluster behind. Best effort: a failure here is printed,
     * not thrown over the original one.
     */
    private static void cleanUp(CrunchyBridgeClient cb, Deque<String> owned, Narrator out) {
        out.step("the example stopped before its end; cleaning up (best effort): deleting " + String.join(", ", owned));
        for (String id : owned) {
            try {
                cb.clusters().delete(id);
                out.step("cleanup: cluster " + id + " deleted");
            } catch (ApiResponseException e) {
                if (e.statusCode() == 404 || e.statusCode() == 410) {
                    out.step("cleanup: cluster " + id + " was already gone");
                } else {
                    out.step("cleanup failed (" + e.getMessage() + "): delete cluster " + id
                            + " yourself, it costs money while it exists");
                }
            } catch (RuntimeException e) {
                out.step("cleanup failed (" + e.getMessage() + "): delete cluster " + id
                        + " yourself, it costs money while it exists");
            }
        }
    }

    private static String state(Cluster cluster) {
        return cluster.state().map(ClusterState::value).orElse("(none)");
    }

    private static String names(List<Cluster> clusters) {
        return clusters.stream()
                .map(c -> c.name().orElse(c.id()) + " [" + state(c) + "]")
                .collect(Collectors.joining(", "));
    }
}
