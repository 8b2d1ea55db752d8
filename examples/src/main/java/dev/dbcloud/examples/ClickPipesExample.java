package dev.dbcloud.examples;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.Service;
import dev.dbcloud.clickhouse.clickpipes.AccessKey;
import dev.dbcloud.clickhouse.clickpipes.ClickPipe;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeDestination;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeScaling;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSource;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeState;
import dev.dbcloud.clickhouse.clickpipes.ClickPipes;
import dev.dbcloud.clickhouse.clickpipes.CreateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.DestinationColumn;
import dev.dbcloud.clickhouse.clickpipes.DestinationEngineType;
import dev.dbcloud.clickhouse.clickpipes.DestinationTableEngine;
import dev.dbcloud.clickhouse.clickpipes.FieldMapping;
import dev.dbcloud.clickhouse.clickpipes.KafkaAuthentication;
import dev.dbcloud.clickhouse.clickpipes.KafkaCredentials;
import dev.dbcloud.clickhouse.clickpipes.KafkaFormat;
import dev.dbcloud.clickhouse.clickpipes.KafkaSource;
import dev.dbcloud.clickhouse.clickpipes.KafkaSourceType;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageAuthentication;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageFormat;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageSource;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageType;
import dev.dbcloud.clickhouse.clickpipes.SourceKind;
import dev.dbcloud.clickhouse.clickpipes.TableDefinition;
import dev.dbcloud.clickhouse.clickpipes.UpdateClickPipeScalingParams;
import dev.dbcloud.core.errors.FailedDependencyException;
import dev.dbcloud.testing.LocalCloud;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ClickPipes end to end on one ClickHouse Cloud service: lists the service's pipes (the scaling of each read into
 * typed millicores and GB, even where the API answers Kubernetes quantities such as {@code "500m"} and {@code
 * "1Gi"}), creates a Kafka pipe and a continuous S3 pipe (their credentials print as {@code ****}), watches both
 * until they run, scales the Kafka pipe from one replica to two, stops it and waits until it is {@code Stopped},
 * then deletes both pipes. On the local cloud it also shows that ClickPipes calls on an idle service fail with
 * {@code 424 FAILED_DEPENDENCY}, and that a handle made with {@code withAutoWake} wakes the service and succeeds.
 * If anything fails after a pipe was created, the pipes created so far are deleted before the program ends (best
 * effort, printed).
 *
 * <p>Without {@code CLICKHOUSE_CLOUD_API_KEY} (or {@code CLICKHOUSE_TOKEN_KEY}) in the environment it runs against
 * a local cloud it starts itself, on its running {@code analytics} service. With it, it runs against the real API
 * ({@code ClickHouseCloudClient.fromEnv()}), needs {@code --service=<id>} (the one service it may change; it never
 * picks one itself) and only lists that service's pipes unless {@code --yes-really} is given. Creating pipes then
 * also needs sources that exist: {@code --kafka-brokers=<host:port>} and {@code --kafka-topic=<topic>} (a Confluent
 * cluster, SASL PLAIN with {@code CLICKPIPES_KAFKA_USER} and {@code CLICKPIPES_KAFKA_PASSWORD}) and {@code
 * --s3-url=<https://bucket.s3.amazonaws.com/path/*.json>} (read with {@code AWS_ACCESS_KEY_ID} and {@code
 * AWS_SECRET_ACCESS_KEY} when set, else as a public bucket).
 */
public final class ClickPipesExample {
    static final Duration POLL = Duration.ofSeconds(5);
    static final Duration PATIENCE = Duration.ofMinutes(15);
    static final Duration WAKE_PATIENCE = Duration.ofMinutes(10);

    private ClickPipesExample() {}

    /** Where the pipes read from: example values on the local cloud, the user's sources on the real API. */
    record Sources(
            String kafkaBrokers,
            String kafkaTopic,
            String kafkaUser,
            String kafkaPassword,
            String s3Url,
            Optional<AccessKey> s3Key) {

        /** Sources that do not exist, for the local cloud, which accepts them. */
        static Sources example() {
            return new Sources(
                    "pkc-example.us-east-1.aws.confluent.cloud:9092",
                    "orders",
                    "example-user",
                    "example-password-not-a-secret",
                    "https://dbcloud-example.s3.amazonaws.com/events/*.json",
                    Optional.of(AccessKey.of("AKIAEXAMPLEEXAMPLE00", "example-secret-key-not-a-secret")));
        }

        /** The sources named by the arguments and the environment; call after {@link #refusal} found none. */
        static Sources from(String[] args, Function<String, String> env) {
            Optional<String> keyId = variable(env, "AWS_ACCESS_KEY_ID");
            Optional<String> secret = variable(env, "AWS_SECRET_ACCESS_KEY");
            return new Sources(
                    Launch.option(args, "kafka-brokers").orElseThrow(),
                    Launch.option(args, "kafka-topic").orElseThrow(),
                    variable(env, "CLICKPIPES_KAFKA_USER").orElseThrow(),
                    variable(env, "CLICKPIPES_KAFKA_PASSWORD").orElseThrow(),
                    Launch.option(args, "s3-url").orElseThrow(),
                    keyId.isPresent() && secret.isPresent()
                            ? Optional.of(AccessKey.of(keyId.get(), secret.get()))
                            : Optional.empty());
        }
    }

    /**
     * Runs the example as a command-line tool: a failure ends it with one line on standard error and exit status 1.
     *
     * @param args {@code --service=<id>} with real credentials, and {@code --yes-really} with the sources to create
     *     pipes (see the class comment); {@code --verbose} to print the
     *     stack trace of a failure after its one-line reason
     */
    public static void main(String[] args) {
        Launch.asTool(args, () -> start(args));
    }

    private static void start(String[] args) {
        if (Launch.hasEnv(Launch.CLICKHOUSE_CLOUD_KEY_VARIABLES)) {
            Optional<String> refusal = refusal(args, System::getenv);
            if (refusal.isPresent()) {
                System.err.println(refusal.get());
                System.exit(2);
            }
            boolean confirmed = Launch.confirmed(args);
            try (ClickHouseCloudClient ch = ClickHouseCloudClient.fromEnv()) {
                run(
                        ch,
                        Launch.option(args, "service").orElseThrow(),
                        confirmed ? Sources.from(args, System::getenv) : Sources.example(),
                        Optional.empty(),
                        Narrator.live(System.out, "ClickHouse Cloud", confirmed));
            }
            return;
        }
        try (LocalCloud cloud = LocalCloud.start();
                ClickHouseCloudClient ch = Launch.clickHouseCloud(cloud)) {
            runOnLocalCloud(ch, Narrator.local(System.out, cloud));
        }
    }

    /**
     * Why the real API may not be used with these arguments, if it may not: the service must be named, and
     * creating pipes needs real sources and their credentials.
     */
    static Optional<String> refusal(String[] args, Function<String, String> env) {
        if (Launch.option(args, "service").filter(s -> !s.isBlank()).isEmpty()) {
            return Optional.of("ClickHouse Cloud credentials are set: to use the real API pass --service=<service id>,"
                    + " the one running service the example may add ClickPipes to (it lists them; with --yes-really"
                    + " it creates a Kafka and an S3 pipe, scales and stops one, then deletes both)");
        }
        if (!Launch.confirmed(args)) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        for (String option : List.of("kafka-brokers", "kafka-topic", "s3-url")) {
            if (Launch.option(args, option).filter(v -> !v.isBlank()).isEmpty()) {
                missing.add("--" + option + "=…");
            }
        }
        for (String name : List.of("CLICKPIPES_KAFKA_USER", "CLICKPIPES_KAFKA_PASSWORD")) {
            if (variable(env, name).isEmpty()) {
                missing.add(name);
            }
        }
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        "--yes-really creates pipes that read real sources: missing " + String.join(", ", missing));
    }

    private static Optional<String> variable(Function<String, String> env, String name) {
        return Optional.ofNullable(env.apply(name)).filter(v -> !v.isBlank());
    }

    /** Runs the example on the local cloud's running {@code analytics} service, with its idle {@code staging}. */
    static void runOnLocalCloud(ClickHouseCloudClient ch, Narrator out) {
        run(ch, serviceNamed(ch, "analytics"), Sources.example(), Optional.of(serviceNamed(ch, "staging")), out);
    }

    /** The id of the service named {@code name}. */
    static String serviceNamed(ClickHouseCloudClient ch, String name) {
        return ch.services().list().stream()
                .filter(s -> s.name().filter(name::equals).isPresent())
                .map(Service::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no service named " + name));
    }

    /**
     * Runs the example on {@code serviceId}. With {@code idleServiceId} (the local cloud only), it also shows the
     * 424 of an idle service and waking it.
     */
    static void run(
            ClickHouseCloudClient ch, String serviceId, Sources sources, Optional<String> idleServiceId, Narrator out) {
        out.section("ClickPipes");
        Service service = ch.services().get(serviceId);
        out.step("service " + service.name().orElse("(unnamed)") + " (" + serviceId + ") is "
                + service.state().value());
        ClickPipes pipes = ch.clickPipes(serviceId);
        List<ClickPipe> existing = pipes.list();
        out.step(existing.size() + " ClickPipe(s) on " + service.name().orElse("(unnamed)")
                + ", scaling read as typed millicores and GB"
                + " (the API may answer Kubernetes quantities such as \"500m\" and \"1Gi\"):");
        existing.forEach(p -> out.detail(describe(p)));

        CreateClickPipeParams kafka = kafkaPipe(Launch.uniqueName("orders"), sources);
        CreateClickPipeParams s3 = s3Pipe(Launch.uniqueName("events"), sources);
        if (!out.writesAllowed()) {
            out.wouldDo("create Kafka pipe " + kafka.name() + " and S3 pipe " + s3.name() + " on "
                    + service.name().orElse("(unnamed)")
                    + ", wait until they run, scale the Kafka pipe to 2 replicas, stop it, then delete both");
            return;
        }

        List<ClickPipe> created = new ArrayList<>();
        try {
            out.step("creating Kafka pipe " + kafka.name() + " (Confluent, JSONEachRow, topic " + sources.kafkaTopic()
                    + " into default.orders); its credentials print as "
                    + kafka.source().kafka().orElseThrow().credentials().orElseThrow());
            created.add(pipes.create(kafka));
            out.step("created " + created.get(0).id() + ", state "
                    + created.get(0).state());
            out.step("creating S3 pipe " + s3.name() + " (continuous, " + sources.s3Url() + " into default.events)"
                    + s3.source()
                            .objectStorage()
                            .orElseThrow()
                            .accessKey()
                            .map(key -> "; its access key prints as " + key)
                            .orElse(""));
            created.add(pipes.create(s3));
            out.step("created " + created.get(1).id() + ", state "
                    + created.get(1).state());

            long waitStarted = System.nanoTime();
            List<String> ids = created.stream().map(ClickPipe::id).toList();
            List<ClickPipe> up = out.watch(
                    "pipes",
                    () -> ids.stream().map(pipes::get).toList(),
                    ClickPipesExample::states,
                    all -> all.stream().allMatch(p -> p.state().equals(ClickPipeState.RUNNING))
                            || all.stream().anyMatch(ClickPipesExample::failed),
                    POLL,
                    PATIENCE);
            up.stream().filter(ClickPipesExample::failed).findFirst().ifPresent(p -> {
                throw new IllegalStateException("pipe " + p.name() + " (" + p.id() + ") is " + p.state());
            });
            out.step(String.format(
                    Locale.ROOT, "both pipes are running (waited %.2fs)", (System.nanoTime() - waitStarted) / 1e9));

            String kafkaId = ids.get(0);
            ClickPipe before = pipes.get(kafkaId);
            ClickPipe scaled = pipes.updateScaling(
                    kafkaId, UpdateClickPipeScalingParams.builder().replicas(2).build());
            out.step("scaled " + kafka.name() + ": " + scaling(before) + " -> " + scaling(scaled));

            out.step("stopping " + kafka.name() + ": state "
                    + pipes.stop(kafkaId).state());
            long stopStarted = System.nanoTime();
            ClickPipe stopped = pipes.waitUntilStopped(kafkaId, out.patience(PATIENCE));
            out.step(String.format(
                    Locale.ROOT,
                    "%s is %s (waitUntilStopped returned after %.2fs)",
                    kafka.name(),
                    stopped.state(),
                    (System.nanoTime() - stopStarted) / 1e9));

            idleServiceId.ifPresent(idle -> wakeOnDemand(ch, idle, out));

            while (!created.isEmpty()) {
                ClickPipe pipe = created.get(0);
                pipes.delete(pipe.id());
                created.remove(0);
                out.step("deleted " + pipe.name() + " (" + pipe.id() + ")");
            }
            List<ClickPipe> left = pipes.list();
            out.step("ClickPipe(s) left on " + service.name().orElse("(unnamed)") + ": "
                    + left.stream().map(ClickPipe::name).collect(Collectors.joining(", ")));
        } finally {
            if (!created.isEmpty()) {
                cleanUp(pipes, created, out);
            }
        }
        out.step("ClickPipes example done");
    }

    /** An idle service answers ClickPipes calls with 424; a handle with auto-wake wakes it and sends again. */
    private static void wakeOnDemand(ClickHouseCloudClient ch, String idleServiceId, Narrator out) {
        Service idle = ch.services().get(idleServiceId);
        out.step("service " + idle.name().orElse("(unnamed)") + " (" + idleServiceId + ") is "
                + idle.state().value());
        try {
            ch.clickPipes(idleServiceId).list();
            out.step("listing its pipes worked although it is " + idle.state().value());
        } catch (FailedDependencyException e) {
            out.step("listing its pipes is refused: " + e.statusCode() + " "
                    + e.errorCode().orElse("") + ": " + e.errorMessage().orElse(""));
        }
        long started = System.nanoTime();
        List<ClickPipe> woken = ch.clickPipes(idleServiceId)
                .withAutoWake(out.patience(WAKE_PATIENCE))
                .list();
        out.step(String.format(
                Locale.ROOT,
                "with withAutoWake: the service was woken, then listed %d pipe(s) in %.2fs; %s is now %s",
                woken.size(),
                (System.nanoTime() - started) / 1e9,
                idle.name().orElse("(unnamed)"),
                ch.services().get(idleServiceId).state().value()));
    }

    /**
     * Deletes the pipes the program created when it stopped half way. Best effort: a failure here is printed, not
     * thrown over the original one.
     */
    private static void cleanUp(ClickPipes pipes, List<ClickPipe> created, Narrator out) {
        out.step("the example stopped before its end; cleaning up (best effort): deleting "
                + created.stream().map(ClickPipe::id).collect(Collectors.joining(", ")));
        for (ClickPipe pipe : created) {
            try {
                pipes.delete(pipe.id());
                out.step("cleanup done: pipe " + pipe.id() + " deleted");
            } catch (RuntimeException e) {
                out.step("cleanup failed (" + e.getMessage() + "): delete pipe " + pipe.id() + " (" + pipe.name()
                        + ") yourself");
            }
        }
    }

    static CreateClickPipeParams kafkaPipe(String name, Sources sources) {
        return CreateClickPipeParams.builder()
                .name(name)
                .source(ClickPipeSource.kafka(KafkaSource.builder()
                        .type(KafkaSourceType.CONFLUENT)
                        .format(KafkaFormat.JSON_EACH_ROW)
                        .brokers(sources.kafkaBrokers())
                        .topics(sources.kafkaTopic())
                        .authentication(KafkaAuthentication.PLAIN)
                        .credentials(KafkaCredentials.plain(sources.kafkaUser(), sources.kafkaPassword()))
                        .build()))
                .destination(managedTable(
                        "orders",
                        "id",
                        DestinationColumn.of("id", "UInt64"),
                        DestinationColumn.of("amount", "Decimal(12, 2)")))
                .addFieldMappings(FieldMapping.of("id", "id"), FieldMapping.of("amount", "amount"))
                .build();
    }

    static CreateClickPipeParams s3Pipe(String name, Sources sources) {
        ObjectStorageSource.Builder source = ObjectStorageSource.builder()
                .type(ObjectStorageType.S3)
                .format(ObjectStorageFormat.JSON_EACH_ROW)
                .url(sources.s3Url())
                .isContinuous(true);
        sources.s3Key().ifPresent(key -> source.authentication(ObjectStorageAuthentication.IAM_USER)
                .accessKey(key));
        return CreateClickPipeParams.builder()
                .name(name)
                .source(ClickPipeSource.objectStorage(source.build()))
                .destination(managedTable(
                        "events",
                        "timestamp",
                        DestinationColumn.of("timestamp", "DateTime64(3)"),
                        DestinationColumn.of("message", "String")))
                .addFieldMappings(FieldMapping.of("timestamp", "timestamp"), FieldMapping.of("message", "message"))
                .build();
    }

    private static ClickPipeDestination managedTable(String table, String sortingKey, DestinationColumn... columns) {
        return ClickPipeDestination.builder()
                .database("default")
                .table(table)
                .managedTable(true)
                .tableDefinition(TableDefinition.builder()
                        .engine(DestinationTableEngine.of(DestinationEngineType.MERGE_TREE))
                        .addSortingKey(sortingKey)
                        .build())
                .addColumns(columns)
                .build();
    }

    private static boolean failed(ClickPipe pipe) {
        return pipe.state().equals(ClickPipeState.FAILED) || pipe.state().equals(ClickPipeState.INTERNAL_ERROR);
    }

    private static String states(List<ClickPipe> pipes) {
        return pipes.stream().map(p -> p.name() + " " + p.state()).collect(Collectors.joining(", "));
    }

    private static String describe(ClickPipe pipe) {
        return pipe.name() + " [" + pipe.state() + "] "
                + pipe.kind().map(SourceKind::wireKey).orElse("unknown source") + ": " + scaling(pipe);
    }

    private static String scaling(ClickPipe pipe) {
        Optional<ClickPipeScaling> scaling = pipe.scaling();
        if (scaling.isEmpty()) {
            return pipe.kind().filter(SourceKind::isDatabase).isPresent()
                    ? "no own scaling (database pipes share the service's CDC scaling)"
                    : "no scaling reported";
        }
        ClickPipeScaling s = scaling.get();
        return s.replicas().map(String::valueOf).orElse("?") + " replica(s) of "
                + s.replicaCpuMillicores().map(c -> c + " millicores").orElse("? millicores") + " and "
                + s.replicaMemoryGb().map(gb -> gb + " GB").orElse("? GB");
    }
}
