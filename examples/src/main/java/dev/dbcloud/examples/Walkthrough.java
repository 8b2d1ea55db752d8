package dev.dbcloud.examples;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.tinybird.Region;
import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.postgres.ManagedPostgresClient;
import dev.dbcloud.testing.LocalCloud;
import java.util.Locale;
import java.util.Optional;

/**
 * Every example program in sequence against one local cloud: ClickHouse Cloud, ClickPipes, Tinybird dedicated
 * clusters, ClickHouse Managed Postgres (with a client sharing the ClickHouse Cloud client's settings and
 * connections), Crunchy Bridge, then resilience under injected faults. Needs no credentials and no network beyond
 * loopback, and ignores credentials in the environment (each single program uses the real API when its
 * credentials are set); exits 0 when every program finished.
 */
public final class Walkthrough {
    private Walkthrough() {}

    /**
     * Runs the walkthrough, as a command-line tool: a failure ends it with one line on standard error and exit
     * status 1.
     *
     * @param args {@code --verbose} to print the stack trace of a failure after its one-line reason
     */
    public static void main(String[] args) {
        Launch.asTool(args, () -> start(args));
    }

    private static void start(String[] args) {
        try (LocalCloud cloud = LocalCloud.start();
                ClickHouseCloudClient ch = Launch.clickHouseCloud(cloud);
                CrunchyBridgeClient cb = Launch.crunchyBridge(cloud);
                TinybirdClient tb = Launch.tinybird(cloud)) {
            run(cloud, ch, cb, tb, Narrator.local(System.out, cloud));
        }
    }

    static void run(
            LocalCloud cloud, ClickHouseCloudClient ch, CrunchyBridgeClient cb, TinybirdClient tb, Narrator out) {
        out.step("the walkthrough always runs against the local cloud, whatever credentials are set; the single"
                + " programs (ClickHouseCloudExample, ClickPipesExample, TinybirdExample, ManagedPostgresExample,"
                + " CrunchyBridgeExample) use the real API when their credentials are in the environment");
        out.step("ClickHouse Cloud at " + cloud.clickHouseCloudUrl() + ", Crunchy Bridge at " + cloud.crunchyBridgeUrl()
                + ", Tinybird at " + cloud.tinybirdUrl());
        ClickHouseCloudExample.run(ch, out);
        ClickPipesExample.runOnLocalCloud(ch, out);
        TinybirdExample.run(
                tb, cloud.tinybirdOrganizationId(), Optional.of(Region.AWS_EU_WEST_1), Optional.empty(), out);
        try (ManagedPostgresClient pg = ManagedPostgresClient.from(ch)) {
            ManagedPostgresExample.run(pg, out);
        }
        CrunchyBridgeExample.run(cb, out);
        ResilienceExample.run(cloud, ch, cb, tb, out);
        out.section("Walkthrough");
        out.step(String.format(Locale.ROOT, "all programs finished in %.1fs of real time", out.elapsedSeconds()));
    }
}
