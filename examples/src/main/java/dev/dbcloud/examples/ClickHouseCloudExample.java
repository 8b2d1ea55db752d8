package dev.dbcloud.examples;

import dev.dbcloud.clickhouse.Backup;
import dev.dbcloud.clickhouse.BackupConfiguration;
import dev.dbcloud.clickhouse.BackupStatus;
import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.clickhouse.CloudRegion;
import dev.dbcloud.clickhouse.CreateServiceParams;
import dev.dbcloud.clickhouse.CreatedService;
import dev.dbcloud.clickhouse.ListServicesParams;
import dev.dbcloud.clickhouse.Organization;
import dev.dbcloud.clickhouse.ResetPasswordParams;
import dev.dbcloud.clickhouse.ResetPasswordResult;
import dev.dbcloud.clickhouse.SafeDeleteParams;
import dev.dbcloud.clickhouse.Service;
import dev.dbcloud.clickhouse.ServiceState;
import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.clickhouse.UpdateBackupConfigurationParams;
import dev.dbcloud.clickhouse.UpdateReplicaScalingParams;
import dev.dbcloud.core.Patch;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.testing.LocalCloud;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * ClickHouse Cloud end to end: finds the API key's organization (the client discovers it), lists services with a
 * tag filter, creates a service and waits until it runs, lists its backups (newest first) until the first one is
 * done, changes the backup configuration (a field set, then reset to its default with JSON {@code null}), scales
 * to three replicas, resets the password with hashes computed locally (the password never leaves this process),
 * shows that a running service cannot be deleted (409), then stops it and deletes it safely. If anything fails
 * after the service was created, the service is deleted before the program ends (best effort, printed).
 *
 * <p>Without {@code CLICKHOUSE_CLOUD_API_KEY} (or {@code CLICKHOUSE_TOKEN_KEY}) in the environment it runs against
 * a local cloud it starts itself. With it, it runs against the real API ({@code ClickHouseCloudClient.fromEnv()},
 * with {@code CLICKHOUSE_CLOUD_API_SECRET}, optionally {@code CLICKHOUSE_ORG_ID}) and only lists unless {@code
 * --yes-really} is given: a service costs money while it exists.
 */
public final class ClickHouseCloudExample {
    static final Duration POLL = Duration.ofSeconds(5);
    static final Duration PATIENCE = Duration.ofMinutes(90);
    static final Duration BACKUP_PATIENCE = Duration.ofMinutes(20);

    private static final SecureRandom RANDOM = new SecureRandom();

    private ClickHouseCloudExample() {}

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
        if (Launch.hasEnv(Launch.CLICKHOUSE_CLOUD_KEY_VARIABLES)) {
            try (ClickHouseCloudClient ch = ClickHouseCloudClient.fromEnv()) {
                run(ch, Narrator.live(System.out, "ClickHouse Cloud", Launch.confirmed(args)));
            }
            return;
        }
        try (LocalCloud cloud = LocalCloud.start();
                ClickHouseCloudClient ch = Launch.clickHouseCloud(cloud)) {
            run(ch, Narrator.local(System.out, cloud));
        }
    }

    static void run(ClickHouseCloudClient ch, Narrator out) {
        out.section("ClickHouse Cloud");
        Organization organization = ch.organizations().current();
        out.step("organization " + organization.name().orElse("(unnamed)") + " (" + organization.id()
                + "), the one the API key sees");
        List<Service> services = ch.services().list();
        out.step(services.size() + " service(s): " + names(services));
        List<Service> prod = ch.services()
                .list(ListServicesParams.builder().putTags("env", "prod").build());
        out.step("tagged env=prod (filter=tag:env=prod): " + names(prod));

        String name = Launch.uniqueName("");
        if (!out.writesAllowed()) {
            out.wouldDo("create service " + name + " (aws us-east-1, 2 replicas), wait until it runs, change its"
                    + " backup configuration, scale it to 3 replicas, reset its password, then stop and delete it");
            return;
        }

        out.step("creating " + name + ": aws us-east-1, 2 replicas of 8 to 16 GB");
        CreatedService created = ch.services()
                .create(CreateServiceParams.builder()
                        .name(name)
                        .provider(CloudProvider.AWS)
                        .region(CloudRegion.US_EAST_1)
                        .numReplicas(2)
                        .minReplicaMemoryGb(8)
                        .maxReplicaMemoryGb(16)
                        .addTags(Tag.builder()
                                .key("owner")
                                .value("dbcloud-example")
                                .build())
                        .build());
        String id = created.service().id();
        out.step("created " + id + ", state " + state(created.service()) + "; its password came back once ("
                + created.password()
                        .map(p -> p.length() + " characters, not shown")
                        .orElse("none") + ")");
        boolean deleted = false;
        try {
            long waitStarted = System.nanoTime();
            Service running = out.watch(
                    "service " + id,
                    () -> ch.services().get(id),
                    ClickHouseCloudExample::state,
                    s -> s.state().equals(ServiceState.RUNNING),
                    POLL,
                    PATIENCE);
            out.step(String.format(
                    Locale.ROOT, "%s is running (waited %.2fs)", id, (System.nanoTime() - waitStarted) / 1e9));
            running.endpoints()
                    .forEach(e -> out.detail("endpoint "
                            + e.protocol().map(String::valueOf).orElse("?") + " "
                            + e.host().orElse("?") + ":"
                            + e.port().map(String::valueOf).orElse("?")));

            List<Backup> backups = ch.backups().list(id);
            if (backups.stream().noneMatch(ClickHouseCloudExample::isDone)) {
                try {
                    backups = out.watch(
                            "backups of " + id,
                            () -> ch.backups().list(id),
                            ClickHouseCloudExample::backupStates,
                            list -> list.stream().anyMatch(ClickHouseCloudExample::isDone),
                            POLL,
                            BACKUP_PATIENCE);
                } catch (WaitTimeoutException e) {
                    out.step("no backup finished within " + BACKUP_PATIENCE.toMinutes() + " minutes; going on");
                }
            }
            out.step(backups.size() + " backup(s), newest first:");
            backups.forEach(b -> out.detail(describe(b)));

            out.step("backup configuration: " + describe(ch.backups().configuration(id)));
            BackupConfiguration twelve = ch.backups()
                    .updateConfiguration(
                            id,
                            UpdateBackupConfigurationParams.builder()
                                    .backupPeriodInHours(Patch.of(12))
                                    .build());
            out.step("a backup every 12 hours: " + describe(twelve));
            BackupConfiguration reset = ch.backups()
                    .updateConfiguration(
                            id,
                            UpdateBackupConfigurationParams.builder()
                                    .backupPeriodInHours(Patch.ofNull())
                                    .backupRetentionPeriodInHours(Patch.of(72))
                                    .build());
            out.step("period reset to its default (sent as null), retention set to 72 hours: " + describe(reset));

            Service scaled = ch.services()
                    .updateReplicaScaling(
                            id,
                            UpdateReplicaScalingParams.builder().numReplicas(3).build());
            out.step("scaled from " + replicas(running) + " to " + replicas(scaled) + " replicas");

            ResetPasswordParams hashes = ResetPasswordParams.fromPassword(newPassword());
            ResetPasswordResult result = ch.services().resetPassword(id, hashes);
            out.step("password reset with hashes computed here, the password itself never sent: " + hashes);
            out.detail("the API "
                    + (result.password().isPresent()
                            ? "generated a password anyway"
                            : "returned no" + " password, as documented when a hash is sent"));

            Service current = ch.services().get(id);
            if (current.state().equals(ServiceState.RUNNING)) {
                try {
                    ch.services().delete(id);
                    deleted = true;
                    out.step("deleted " + id + " while running: the API accepted it, against the documented 409;"
                            + " skipping the stop and the safe delete");
                } catch (ConflictException e) {
                    out.step("deleting it while running is refused: " + e.statusCode() + " " + error(e));
                }
            }
            if (deleted) {
                out.step("ClickHouse Cloud example done");
                return;
            }

            out.step("stopping " + id + ": state " + state(ch.services().stop(id)));
            out.watch(
                    "service " + id,
                    () -> ch.services().get(id),
                    ClickHouseCloudExample::state,
                    s -> s.state().equals(ServiceState.STOPPED),
                    POLL,
                    PATIENCE);
            out.step("deleting it safely (a 409 right after stopping is retried, then it waits until the service is"
                    + " gone):");
            long deleteStarted = System.nanoTime();
            int requests;
            try (SdkLog log = SdkLog.printTo(out)) {
                ch.services().deleteSafely(id, safeDelete(out));
                deleted = true;
                requests = log.takeAttempts();
            }
            out.step(String.format(
                    Locale.ROOT,
                    "%s deleted in %.2fs and %d requests",
                    id,
                    (System.nanoTime() - deleteStarted) / 1e9,
                    requests));
            try {
                ch.services().get(id);
                out.step(id + " is still listed while being terminated");
            } catch (NotFoundException e) {
                out.step("GET " + id + " now answers " + e.statusCode() + " " + error(e));
            }
        } finally {
            if (!deleted) {
                cleanUp(ch, id, out);
            }
        }
        out.step("ClickHouse Cloud example done");
    }

    /**
     * Deletes the service the program created when the program stopped half way, so that a failure never leaves a
     * billable service behind. Best effort: a failure here is printed, not thrown over the original one.
     */
    private static void cleanUp(ClickHouseCloudClient ch, String id, Narrator out) {
        out.step("the example stopped before its end; cleaning up (best effort): deleting service " + id);
        try {
            ch.services().deleteSafely(id, safeDelete(out));
            out.step("cleanup done: service " + id + " deleted");
        } catch (RuntimeException e) {
            out.step("cleanup failed (" + e.getMessage() + "): delete service " + id
                    + " yourself, it costs money while it exists");
        }
    }

    /** The SDK's default patience for each step of a safe delete, in simulated time on the local cloud. */
    static SafeDeleteParams safeDelete(Narrator out) {
        SafeDeleteParams defaults = SafeDeleteParams.builder().build();
        return SafeDeleteParams.builder()
                .stopTimeout(out.patience(defaults.stopTimeout()))
                .conflictTimeout(out.patience(defaults.conflictTimeout()))
                .goneTimeout(out.patience(defaults.goneTimeout()))
                .build();
    }

    private static String error(ApiResponseException e) {
        return e.errorCode().orElse("") + ": " + e.errorMessage().orElse("");
    }

    private static boolean isDone(Backup backup) {
        return backup.status().filter(BackupStatus.DONE::equals).isPresent();
    }

    private static String state(Service service) {
        return service.state().value();
    }

    private static String replicas(Service service) {
        return service.numReplicas().map(String::valueOf).orElse("?");
    }

    private static String names(List<Service> services) {
        return services.stream()
                .map(s -> s.name().orElse("(unnamed)") + " [" + state(s) + "]")
                .collect(Collectors.joining(", "));
    }

    private static String backupStates(List<Backup> backups) {
        return backups.size() + " backup(s): "
                + backups.stream()
                        .map(b -> b.status().map(BackupStatus::value).orElse("?"))
                        .collect(Collectors.joining(", "));
    }

    private static String describe(Backup backup) {
        return backup.id() + " " + backup.type().map(Object::toString).orElse("?") + " "
                + backup.status().map(BackupStatus::value).orElse("?") + ", started "
                + backup.startedAt().map(Object::toString).orElse("?") + ", "
                + backup.sizeInBytes().map(b -> b / 1_048_576 + " MiB").orElse("size unknown") + " in "
                + backup.durationInSeconds().map(s -> s + " s").orElse("?");
    }

    private static String describe(BackupConfiguration config) {
        return "every " + config.backupPeriodInHours().map(String::valueOf).orElse("?") + " h, kept "
                + config.backupRetentionPeriodInHours().map(String::valueOf).orElse("?") + " h, start time "
                + config.backupStartTime().orElse("any");
    }

    /** A password for the service, made here and known only here. */
    private static String newPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder password = new StringBuilder("Ch-");
        for (int i = 0; i < 24; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
