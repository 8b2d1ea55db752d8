package dev.dbcloud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.postgres.ManagedPostgresClient;
import dev.dbcloud.testing.LocalCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ManagedPostgresExampleTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /**
     * Slow enough that the resize is usually applied before the new primary's first backup (5 simulated minutes
     * after it runs, 1 s of real time here), so that the read replica is usually refused at least once; the test
     * does not rely on it.
     */
    private final LocalCloud cloud =
            LocalCloud.start(LocalCloud.Options.defaults().withSpeed(300));

    private final ManagedPostgresClient pg = Launch.managedPostgres(cloud);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @AfterEach
    void close() {
        pg.close();
        cloud.close();
    }

    @Test
    void createsResizesReplicatesReconfiguresRestartsAndDeletesAnInstanceOnTheLocalCloud() {
        ManagedPostgresExample.run(pg, new Narrator(out, cloud.clock(), true));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        String instances = "/v1/organizations/" + cloud.clickHouseOrganizationId() + "/postgres/";
        assertThat(printed)
                .contains("=== ClickHouse Managed Postgres ===")
                .contains("organization " + cloud.clickHouseOrganizationId() + " (the API key's): 2 Postgres"
                        + " instance(s): orders-db [running, r8gd.large], orders-db-replica [running, r8gd.large,"
                        + " read replica]")
                .containsPattern("creating dbcloud-example-[a-z0-9]+: aws us-west-2, r8gd.large, Postgres 17, tags"
                        + " env=example, owner=dbcloud-example")
                .containsPattern("created " + UUID + ", state creating; the password of user postgres came back"
                        + " once, in this answer only \\(20 characters, not shown\\), with a connection string")
                // the first poll sees creating only if it beats a short real-time window: either is right
                .containsPattern("instance " + UUID + ": (creating|running) \\(after ")
                .containsPattern("instance " + UUID + ": running \\(after ")
                .containsPattern(UUID
                        + " is running \\(waited \\d+\\.\\d\\ds\\): dbcloud-example-[a-z0-9]+-[0-9a-f]{8}\\." + UUID
                        + "\\.c0\\.us-west-2\\.aws\\.pg\\.clickhouse\\.cloud:5432, r8gd\\.large, 118 GiB")
                .contains("tags before the update: env=example, owner=dbcloud-example")
                // the update's two requests: GET the instance, then PATCH it with the new size and the tags read
                .containsPattern(
                        "sdk: GET " + instances + "(" + UUID + ") -> 200 in \\d+ ms \\(attempt 1 of 4[^\\n]*\\n"
                                + " +sdk: PATCH " + instances + "\\1 request body: "
                                + Pattern.quote("{\"size\":\"r8gd.xlarge\",\"tags\":[{\"key\":\"owner\",\"value\":"
                                        + "\"dbcloud-example\"},{\"key\":\"env\",\"value\":\"example\"}]}")
                                + "\\n +sdk: PATCH " + instances + "\\1 -> 200 in \\d+ ms \\(attempt 1 of 4")
                .contains("the update took 2 requests; the PATCH answered state running, size ")
                .contains("r8gd.xlarge applied, shown on 3 polls in a row (waited ")
                .contains("s): state running, size r8gd.xlarge, tags env=example, owner=dbcloud-example")
                .contains("tags after the update: env=example, owner=dbcloud-example")
                .containsPattern("sdk: POST " + instances + UUID + "/readReplica -> 200 in ")
                .containsPattern("read replica " + UUID + " is running \\(waited \\d+\\.\\d\\ds\\): r8gd\\.xlarge,"
                        + " primary false")
                .contains("max_connections is not set (the Postgres default); setting it to 300")
                .contains("the API says: The changes in the following parameters require a database restart to take"
                        + " effect: max_connections.")
                .contains("max_connections reads back as 300 (PgConfig.maxConnections(), parsed from the JSON string"
                        + " \"300\" the API answers)")
                .containsPattern("restarting " + UUID + " as the API asks: state restarting")
                .containsPattern(UUID + " is running again \\(waited ")
                .containsPattern("deleted replica " + UUID + "; waiting until it is gone")
                .containsPattern("replica " + UUID + ": gone \\(404\\)")
                .containsPattern("deleted instance " + UUID + "; waiting until it is gone")
                .containsPattern("instance " + UUID + ": gone \\(404\\)")
                .contains("2 Postgres instance(s) left: orders-db [running, r8gd.large], orders-db-replica [running,"
                        + " r8gd.large, read replica]")
                .contains("Managed Postgres example done")
                .doesNotContain("postgres://")
                .doesNotContain("the example stopped before its end");

        // whether the primary still refused for lack of a backup depends on how fast this machine ran the steps
        // before: any number of refusals is fine, as long as each is counted and logged
        Matcher requested = Pattern.compile("read replica " + UUID + " requested in (\\d+) attempt\\(s\\)(?: \\((\\d+)"
                        + " refused: no backup yet\\))?, state creating")
                .matcher(printed);
        assertThat(requested.find())
                .as("a line 'read replica … requested in … attempt(s)' in%n%s", printed)
                .isTrue();
        int refused = requested.group(2) == null ? 0 : Integer.parseInt(requested.group(2));
        assertThat(Integer.parseInt(requested.group(1))).isEqualTo(refused + 1);
        assertThat(printed.split("/readReplica -> 400 in ", -1)).hasSize(refused + 1);
        assertThat(pg.instances().list())
                .extracting(i -> i.name().orElse(""))
                .containsExactly("orders-db", "orders-db-replica");
        assertThat(Logger.getLogger("dev.dbcloud.http").getHandlers()).isEmpty();
    }

    @Test
    void deletesTheReplicaAndTheInstanceItCreatedWhenAStepFails() {
        FailAfter printed =
                FailAfter.printing(" requested in ", () -> cloud.faults().failNext(1, 500));

        try (ManagedPostgresClient noRetries = ManagedPostgresClient.builder()
                .baseUrl(cloud.clickHouseCloudUrl())
                .credentials(Credentials.basic(cloud.clickHouseCloudKeyId(), cloud.clickHouseCloudKeySecret()))
                .sleeper(cloud.clock().sleeper())
                .maxRetries(0)
                .build()) {
            assertThatThrownBy(() ->
                            ManagedPostgresExample.run(noRetries, new Narrator(printed.stream(), cloud.clock(), true)))
                    .isInstanceOf(WaitFailedException.class)
                    .hasMessageContaining("500");
        }

        assertThat(printed.fired()).isTrue();
        assertThat(printed.printed())
                .containsPattern("the example stopped before its end; cleaning up \\(best effort\\): deleting " + UUID
                        + ", " + UUID)
                .containsPattern("replica " + UUID + ": gone \\(404\\)")
                .containsPattern("(?s)cleanup: replica " + UUID + " deleted\\n.*cleanup: instance " + UUID + " deleted")
                .doesNotContain("cleanup failed")
                .doesNotContain("Managed Postgres example done");
        assertThat(pg.instances().list())
                .extracting(i -> i.name().orElse(""))
                .containsExactly("orders-db", "orders-db-replica");
    }

    @Test
    void deletesTheInstanceItCreatedWhenTheFirstWaitFails() {
        FailAfter printed =
                FailAfter.printing("came back once", () -> cloud.faults().failNext(1, 500));

        try (ManagedPostgresClient noRetries = ManagedPostgresClient.builder()
                .baseUrl(cloud.clickHouseCloudUrl())
                .credentials(Credentials.basic(cloud.clickHouseCloudKeyId(), cloud.clickHouseCloudKeySecret()))
                .sleeper(cloud.clock().sleeper())
                .maxRetries(0)
                .build()) {
            assertThatThrownBy(() ->
                            ManagedPostgresExample.run(noRetries, new Narrator(printed.stream(), cloud.clock(), true)))
                    .isInstanceOf(WaitFailedException.class);
        }

        assertThat(printed.printed())
                .containsPattern("cleaning up \\(best effort\\): deleting " + UUID + "\\n")
                .containsPattern("cleanup: instance " + UUID + " deleted");
        assertThat(pg.instances().list())
                .extracting(i -> i.name().orElse(""))
                .containsExactly("orders-db", "orders-db-replica");
    }

    @Test
    void onlyListsWithoutConfirmation() {
        ManagedPostgresExample.run(pg, new Narrator(out, cloud.clock(), false));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("2 Postgres instance(s): orders-db [running, r8gd.large], orders-db-replica [running,"
                        + " r8gd.large, read replica]")
                .contains("dry run: would create instance dbcloud-example-")
                .contains("resize it to r8gd.xlarge keeping its tags")
                .doesNotContain("creating ");
        assertThat(pg.instances().list()).hasSize(2);
    }
}
