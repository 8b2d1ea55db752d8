package dev.dbcloud.examples;

import dev.dbcloud.clickhouse.CloudRegion;
import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.postgres.ConfigParams;
import dev.dbcloud.postgres.CreateInstanceParams;
import dev.dbcloud.postgres.CreateReadReplicaParams;
import dev.dbcloud.postgres.InstanceConfig;
import dev.dbcloud.postgres.InstanceSize;
import dev.dbcloud.postgres.InstanceState;
import dev.dbcloud.postgres.Instances;
import dev.dbcloud.postgres.ManagedPostgresClient;
import dev.dbcloud.postgres.PgConfig;
import dev.dbcloud.postgres.PostgresInstance;
import dev.dbcloud.postgres.PostgresVersion;
import dev.dbcloud.postgres.UpdateInstanceParams;
import dev.dbcloud.testing.LocalCloud;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * ClickHouse Managed Postgres end to end: lists the organization's instances, creates a tagged instance (its
 * password comes back once, in the create answer only) and watches it until it runs, resizes it without losing
 * its tags (the API clears tags on a PATCH without them, so the SDK reads them and sends them back: the SDK log
 * shows the GET and the PATCH) and waits until the new size is applied, creates a read replica while the young
 * primary still refuses for lack of a first backup (the SDK retries; its log shows each refused attempt), raises
 * {@code max_connections} and reads it back typed, restarts the instance as the API asks, then deletes the replica
 * and the primary. If anything fails after the instance was created, what the program created is deleted before it
 * ends (best effort, printed).
 *
 * <p>Without {@code CLICKHOUSE_CLOUD_API_KEY} (or {@code CLICKHOUSE_TOKEN_KEY}) in the environment it runs against
 * a local cloud it starts itself. With it, it runs against the real API ({@code ManagedPostgresClient.fromEnv()},
 * with {@code CLICKHOUSE_CLOUD_API_SECRET}, optionally {@code CLICKHOUSE_ORG_ID}) in {@code us-west-2} or the
 * region given with {@code --region=<region>}, and only lists unless {@code --yes-really} is given: instances cost
 * money while they exist.
 */
public final class ManagedPostgresExample {
    static final CloudRegion DEFAULT_REGION = CloudRegion.US_WEST_2;
    static final InstanceSize SIZE = InstanceSize.R8GD_LARGE;
    static final InstanceSize NEW_SIZE = InstanceSize.R8GD_XLARGE;
    static final PostgresVersion VERSION = PostgresVersion.V17;
    static final long MAX_CONNECTIONS = 300;

    static final Duration POLL = Instances.DEFAULT_POLL_INTERVAL;
    static final Duration PATIENCE = Duration.ofMinutes(45);
    static final Duration FIRST_BACKUP_PATIENCE = Duration.ofMinutes(30);
    static final Duration REPLICA_PATIENCE = Duration.ofMinutes(60);
    static final Duration DELETE_PATIENCE = Duration.ofMinutes(15);
    static final Duration RESTART_SHOWS_POLL = Duration.ofSeconds(2);
    static final Duration RESTART_SHOWS_PATIENCE = Duration.ofSeconds(30);

    private ManagedPostgresExample() {}

    /**
     * Runs the example as a command-line tool: a failure ends it with one line on standard error and exit status 1.
     *
     * @param args {@code --yes-really} to make changes with real credentials, {@code --region=<region>} to choose
     *     the region of a real API; {@code --verbose} to print the
     *     stack trace of a failure after its one-line reason
     */
    public static void main(String[] args) {
        Launch.asTool(args, () -> start(args));
    }

    private static void start(String[] args) {
        if (Launch.hasEnv(Launch.CLICKHOUSE_CLOUD_KEY_VARIABLES)) {
            CloudRegion region =
                    Launch.option(args, "region").map(CloudRegion::of).orElse(DEFAULT_REGION);
            try (ManagedPostgresClient pg = ManagedPostgresClient.fromEnv()) {
                run(pg, region, Narrator.live(System.out, "ClickHouse Managed Postgres", Launch.confirmed(args)));
            }
            return;
        }
        try (LocalCloud cloud = LocalCloud.start();
                ManagedPostgresClient pg = Launch.managedPostgres(cloud)) {
            run(pg, Narrator.local(System.out, cloud));
        }
    }

    static void run(ManagedPostgresClient pg, Narrator out) {
        run(pg, DEFAULT_REGION, out);
    }

    static void run(ManagedPostgresClient pg, CloudRegion region, Narrator out) {
        out.section("ClickHouse Managed Postgres");
        List<PostgresInstance> existing = pg.instances().list();
        out.step("organization " + pg.organizationId() + " (the API key's): " + existing.size()
                + " Postgres instance(s): " + names(existing));

        String name = Launch.uniqueName("");
        List<Tag> tags = List.of(tag("owner", "dbcloud-example"), tag("env", "example"));
        if (!out.writesAllowed()) {
            out.wouldDo("create instance " + name + " (aws " + region.value() + ", " + SIZE.value() + ", tagged "
                    + tags(tags) + "), wait until it runs, resize it to " + NEW_SIZE.value() + " keeping its tags,"
                    + " add a read replica, set max_connections to " + MAX_CONNECTIONS + " and restart it, then"
                    + " delete the replica and the instance");
            return;
        }

        out.step("creating " + name + ": aws " + region.value() + ", " + SIZE.value() + ", Postgres " + VERSION.value()
                + ", tags " + tags(tags));
        PostgresInstance created = pg.instances()
                .create(CreateInstanceParams.builder()
                        .name(name)
                        .region(region)
                        .size(SIZE)
                        .postgresVersion(VERSION)
                        .tags(tags)
                        .build());
        String id = created.id();
        Deque<String> owned = new ArrayDeque<>(List.of(id));
        out.step("created " + id + ", state " + state(created) + "; the password of user "
                + created.username().orElse("postgres") + " came back once, in this answer only ("
                + created.password()
                        .map(p -> p.length() + " characters, not shown")
                        .orElse("none") + "), with "
                + (created.connectionString().isPresent() ? "a" : "no") + " connection string");
        try {
            long waitStarted = System.nanoTime();
            PostgresInstance running = out.watch(
                    "instance " + id,
                    () -> pg.instances().get(id),
                    ManagedPostgresExample::state,
                    i -> i.state().equals(InstanceState.RUNNING),
                    POLL,
                    PATIENCE);
            out.step(String.format(
                    Locale.ROOT,
                    "%s is running (waited %.2fs): %s:5432, %s, %s GiB",
                    id,
                    (System.nanoTime() - waitStarted) / 1e9,
                    running.hostname().orElse("?"),
                    size(running),
                    running.storageSize().map(String::valueOf).orElse("?")));

            out.step("tags before the update: " + tags(running.tags()));
            UpdateInstanceParams bigger =
                    UpdateInstanceParams.builder().size(NEW_SIZE).build();
            out.step("resizing to " + NEW_SIZE.value() + " with an update that does not name the tags (a PATCH"
                    + " without tags would clear them, so the SDK reads them first and sends them back):");
            PostgresInstance patched;
            int requests;
            try (SdkLog log = SdkLog.printWithRequestBodiesTo(out)) {
                patched = pg.instances().update(id, bigger);
                requests = log.takeAttempts();
            }
            out.step("the update took " + requests + " requests; the PATCH answered " + describe(patched)
                    + (patched.size().filter(NEW_SIZE::equals).isPresent() ? "" : " (the new size shows later)"));
            long applyStarted = System.nanoTime();
            PostgresInstance resized = pg.instances().waitUntilApplied(id, bigger, out.patience(PATIENCE));
            out.step(String.format(
                    Locale.ROOT,
                    "%s applied, shown on %d polls in a row (waited %.2fs): %s",
                    NEW_SIZE.value(),
                    Instances.STABLE_POLLS,
                    (System.nanoTime() - applyStarted) / 1e9,
                    describe(resized)));
            out.step("tags after the update: " + tags(resized.tags()));

            out.step("creating a read replica; a young primary refuses it (400) until its first backup exists, so"
                    + " the SDK sends it again every " + Instances.READ_REPLICA_RETRY_INTERVAL.toSeconds()
                    + " s for up to " + FIRST_BACKUP_PATIENCE.toMinutes() + " minutes (each time a new request,"
                    + " logged as its own attempt 1: HTTP retries never repeat a 400):");
            PostgresInstance replica;
            int attempts;
            try (SdkLog log = SdkLog.printTo(out)) {
                replica = pg.instances()
                        .createReadReplica(
                                id,
                                CreateReadReplicaParams.builder()
                                        .name(name + "-replica")
                                        .build(),
                                out.patience(FIRST_BACKUP_PATIENCE));
                attempts = log.takeAttempts();
            }
            owned.addFirst(replica.id());
            out.step("read replica " + replica.id() + " requested in " + attempts + " attempt(s)"
                    + (attempts > 1 ? " (" + (attempts - 1) + " refused: no backup yet)" : "") + ", state "
                    + state(replica));
            long replicaStarted = System.nanoTime();
            PostgresInstance replicaRunning =
                    pg.instances().waitUntilRunning(replica.id(), out.patience(REPLICA_PATIENCE));
            out.step(String.format(
                    Locale.ROOT,
                    "read replica %s is running (waited %.2fs): %s, primary %s",
                    replica.id(),
                    (System.nanoTime() - replicaStarted) / 1e9,
                    size(replicaRunning),
                    replicaRunning.isPrimary().map(String::valueOf).orElse("?")));

            PgConfig before = pg.instances().config(id).pgConfig();
            out.step("max_connections is "
                    + before.string(PgConfig.MAX_CONNECTIONS).orElse("not set (the Postgres default)")
                    + "; setting it to " + MAX_CONNECTIONS);
            InstanceConfig changed = pg.instances()
                    .updateConfig(
                            id,
                            ConfigParams.builder()
                                    .pgConfig(PgConfig.builder()
                                            .maxConnections(MAX_CONNECTIONS)
                                            .build())
                                    .build());
            out.step("the API says: " + changed.message().orElse("(no message)"));
            PgConfig after = pg.instances().config(id).pgConfig();
            out.step("max_connections reads back as "
                    + (after.maxConnections().isPresent()
                            ? String.valueOf(after.maxConnections().getAsLong())
                            : "nothing")
                    + " (PgConfig.maxConnections(), parsed from the JSON string \""
                    + after.string(PgConfig.MAX_CONNECTIONS).orElse("") + "\" the API answers)");

            PostgresInstance restarting = pg.instances().restart(id);
            out.step((changed.message().isPresent()
                            ? "restarting " + id + " as the API asks"
                            : "restarting " + id + " (the API did not ask; to show it)")
                    + ": state " + state(restarting));
            long restartStarted = System.nanoTime();
            if (isRunning(restarting)) {
                // a real API may still say running right after the command: wait (briefly) until the restart shows,
                // so that the wait for running below does not end before the restart began
                try {
                    out.watch(
                            "instance " + id,
                            () -> pg.instances().get(id),
                            ManagedPostgresExample::state,
                            i -> !isRunning(i),
                            RESTART_SHOWS_POLL,
                            RESTART_SHOWS_PATIENCE);
                } catch (WaitTimeoutException e) {
                    out.step("still running " + RESTART_SHOWS_PATIENCE.toSeconds()
                            + " s after the restart command; assuming the restart was too quick to see");
                }
            }
            out.watch(
                    "instance " + id,
                    () -> pg.instances().get(id),
                    ManagedPostgresExample::state,
                    ManagedPostgresExample::isRunning,
                    POLL,
                    PATIENCE);
            out.step(String.format(
                    Locale.ROOT, "%s is running again (waited %.2fs)", id, (System.nanoTime() - restartStarted) / 1e9));

            out.step("deleting the replica first: a primary with read replicas cannot be deleted");
            deleteAndAwaitGone(pg, replica.id(), "replica", out);
            owned.remove(replica.id());
            deleteAndAwaitGone(pg, id, "instance", out);
            owned.remove(id);
            List<PostgresInstance> left = pg.instances().list();
            out.step(left.size() + " Postgres instance(s) left: " + names(left));
        } finally {
            if (!owned.isEmpty()) {
                cleanUp(pg, owned, id, out);
            }
        }
        out.step("Managed Postgres example done");
    }

    /** Deletes an instance and polls it until it answers 404, printing its states. */
    private static void deleteAndAwaitGone(ManagedPostgresClient pg, String id, String what, Narrator out) {
        pg.instances().delete(id);
        out.step("deleted " + what + " " + id + "; waiting until it is gone");
        out.watch(
                what + " " + id,
                () -> {
                    try {
                        return Optional.of(pg.instances().get(id));
                    } catch (NotFoundException e) {
                        return Optional.<PostgresInstance>empty();
                    }
                },
                i -> i.map(ManagedPostgresExample::state).orElse("gone (404)"),
                Optional::isEmpty,
                POLL,
                DELETE_PATIENCE);
    }

    /**
     * Deletes what the program created and has not deleted yet, the replica first, when the program stopped half way,
     * so that a failure never leaves a billable instance behind. Best effort: a failure here is printed, not
     * thrown over the original one.
     */
    private static void cleanUp(ManagedPostgresClient pg, Deque<String> owned, String primaryId, Narrator out) {
        out.step("the example stopped before its end; cleaning up (best effort): deleting " + String.join(", ", owned));
        for (String id : owned) {
            String what = id.equals(primaryId) ? "instance" : "replica";
            try {
                deleteAndAwaitGone(pg, id, what, out);
                out.step("cleanup: " + what + " " + id + " deleted");
            } catch (NotFoundException e) {
                out.step("cleanup: " + what + " " + id + " was already gone");
            } catch (RuntimeException e) {
                out.step("cleanup failed (" + e.getMessage() + "): delete " + what + " " + id
                        + " yourself, it costs money while it exists");
            }
        }
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static String tags(List<Tag> tags) {
        if (tags.isEmpty()) {
            return "(none)";
        }
        return tags.stream()
                .map(t -> t.key() + "=" + t.value().orElse(""))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static boolean isRunning(PostgresInstance instance) {
        return instance.state().equals(InstanceState.RUNNING);
    }

    private static String state(PostgresInstance instance) {
        return instance.state().value();
    }

    private static String size(PostgresInstance instance) {
        return instance.size().map(InstanceSize::value).orElse("?");
    }

    private static String describe(PostgresInstance instance) {
        return "state " + state(instance) + ", size " + size(instance) + ", tags " + tags(instance.tags());
    }

    private static String names(List<PostgresInstance> instances) {
        return instances.stream()
                .map(i -> i.name().orElse(i.id()) + " [" + state(i) + ", " + size(i)
                        + (i.isPrimary().filter(p -> !p).isPresent() ? ", read replica" : "") + "]")
                .collect(Collectors.joining(", "));
    }
}
