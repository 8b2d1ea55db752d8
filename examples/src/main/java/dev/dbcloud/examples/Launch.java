package dev.dbcloud.examples;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.postgres.ManagedPostgresClient;
import dev.dbcloud.testing.LocalCloud;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the programs' {@code main} methods share: reading arguments and environment, local clients. */
final class Launch {
    /** The argument that allows a program to change resources of a real API. */
    static final String YES_REALLY = "--yes-really";

    /** The argument that makes a failing program print the stack trace after its one-line reason. */
    static final String VERBOSE = "--verbose";

    /** The exit status of a program that stopped on an error. */
    static final int FAILED = 1;

    /**
     * The variables holding a ClickHouse Cloud key that {@code fromEnv()} of the ClickHouse Cloud, ClickPipes and
     * Managed Postgres clients reads: with one of them set, those programs run against the real API.
     */
    static final List<String> CLICKHOUSE_CLOUD_KEY_VARIABLES =
            List.of("CLICKHOUSE_CLOUD_API_KEY", "CLICKHOUSE_TOKEN_KEY");

    private Launch() {}

    /**
     * Runs a program's {@code main} as a command-line tool: an exception it ends with (an API refusal, a missing
     * prerequisite, a response the SDK cannot read) becomes one line on standard error and exit status {@value
     * #FAILED}, with the stack trace only under {@value #VERBOSE}.
     */
    static void asTool(String[] args, Runnable program) {
        int status = run(args, program, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** {@link #asTool} without exiting: returns the exit status, and prints the failure to {@code err}. */
    static int run(String[] args, Runnable program, PrintStream err) {
        try {
            program.run();
            return 0;
        } catch (RuntimeException e) {
            boolean verbose = Arrays.asList(args).contains(VERBOSE);
            err.println(reason(e) + (verbose ? "" : " (" + VERBOSE + " shows the stack trace)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            return FAILED;
        }
    }

    /**
     * Why a program stopped, on one line: the exception's message (the SDK's name the method, path, status and
     * request id) and its kind.
     */
    static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        return "stopped: " + (message.isEmpty() ? "" : message + " ") + "["
                + e.getClass().getSimpleName() + "]";
    }

    static boolean confirmed(String[] args) {
        return Arrays.asList(args).contains(YES_REALLY);
    }

    /** The value of {@code --name=value}, if given. */
    static Optional<String> option(String[] args, String name) {
        String prefix = "--" + name + "=";
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith(prefix))
                .map(arg -> arg.substring(prefix.length()))
                .findFirst();
    }

    /** Whether any of the variables is set and not blank: the credentials {@code fromEnv()} reads. */
    static boolean hasEnv(List<String> names) {
        return names.stream().map(System::getenv).anyMatch(v -> v != null && !v.isBlank());
    }

    /**
     * A name for a resource a program creates, unique enough to run the programs side by side: {@code
     * dbcloud-example-<what>-<suffix>}, or {@code dbcloud-example-<suffix>} for an empty {@code what}; the suffix is
     * the current millisecond modulo a million in base 36.
     */
    static String uniqueName(String what) {
        return "dbcloud-example-" + (what.isEmpty() ? "" : what + "-")
                + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    }

    /**
     * A ClickHouse Cloud client for the local cloud, waiting at the cloud's speed. No organization is configured:
     * the client discovers the key's only one.
     */
    static ClickHouseCloudClient clickHouseCloud(LocalCloud cloud) {
        return ClickHouseCloudClient.builder()
                .baseUrl(cloud.clickHouseCloudUrl())
                .credentials(Credentials.basic(cloud.clickHouseCloudKeyId(), cloud.clickHouseCloudKeySecret()))
                .sleeper(cloud.clock().sleeper())
                .build();
    }

    /**
     * A Managed Postgres client for the local cloud, waiting at the cloud's speed: the same host and key as
     * ClickHouse Cloud. Next to a ClickHouse Cloud client, {@code ManagedPostgresClient.from(ch)} does the same.
     */
    static ManagedPostgresClient managedPostgres(LocalCloud cloud) {
        return ManagedPostgresClient.builder()
                .baseUrl(cloud.clickHouseCloudUrl())
                .credentials(Credentials.basic(cloud.clickHouseCloudKeyId(), cloud.clickHouseCloudKeySecret()))
                .sleeper(cloud.clock().sleeper())
                .build();
    }

    /** A Crunchy Bridge client for the local cloud, waiting at the cloud's speed. */
    static CrunchyBridgeClient crunchyBridge(LocalCloud cloud) {
        return CrunchyBridgeClient.builder()
                .baseUrl(cloud.crunchyBridgeUrl())
                .credentials(Credentials.bearer(cloud.crunchyBridgeApiKey()))
                .sleeper(cloud.clock().sleeper())
                .build();
    }

    /** A Tinybird client for the local cloud, waiting at the cloud's speed. */
    static TinybirdClient tinybird(LocalCloud cloud) {
        return TinybirdClient.builder()
                .baseUrl(cloud.tinybirdUrl())
                .credentials(Credentials.bearer(cloud.tinybirdToken()))
                .sleeper(cloud.clock().sleeper())
                .build();
    }
}
