package dev.dbcloud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.testing.LocalCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WalkthroughTest {

    @Test
    void runsEveryProgramAgainstOneLocalCloud() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (LocalCloud cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(3_000));
                ClickHouseCloudClient ch = Launch.clickHouseCloud(cloud);
                CrunchyBridgeClient cb = Launch.crunchyBridge(cloud);
                TinybirdClient tb = Launch.tinybird(cloud)) {
            Walkthrough.run(
                    cloud,
                    ch,
                    cb,
                    tb,
                    new Narrator(new PrintStream(bytes, true, StandardCharsets.UTF_8), cloud.clock(), true));
        }

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .containsSubsequence(
                        "the walkthrough always runs against the local cloud, whatever credentials are set; the single"
                                + " programs",
                        "use the real API when their credentials are in the environment",
                        "=== ClickHouse Cloud ===",
                        "ClickHouse Cloud example done",
                        "=== ClickPipes ===",
                        "ClickPipes example done",
                        "=== Tinybird dedicated clusters ===",
                        "Tinybird example done",
                        "=== ClickHouse Managed Postgres ===",
                        "Managed Postgres example done",
                        "=== Crunchy Bridge ===",
                        "Crunchy Bridge example done",
                        "=== Resilience: retries through injected faults ===",
                        "Resilience example done",
                        "all programs finished in ");
    }
}
