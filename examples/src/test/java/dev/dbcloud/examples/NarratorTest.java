package dev.dbcloud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.testing.LocalCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NarratorTest {
    private final LocalCloud cloud =
            LocalCloud.start(LocalCloud.Options.defaults().withSpeed(3_000));
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void aStateThatNeverComesOnTheLocalCloudFailsAfterTheSimulatedTimeout() {
        Narrator narrator = new Narrator(out, cloud.clock(), true);
        AtomicInteger polls = new AtomicInteger();
        long started = System.nanoTime();

        assertThatThrownBy(() -> narrator.watch(
                        "nothing",
                        polls::incrementAndGet,
                        n -> "never",
                        n -> false,
                        Duration.ofSeconds(5),
                        Duration.ofMinutes(90)))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("nothing");

        // 90 simulated minutes at 3000x are 1.8 real seconds; the wall clock would have meant 90 minutes
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
        assertThat(polls.get()).isBetween(2, 90 * 60 / 5 + 1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).containsOnlyOnce("nothing: never (after ");
    }

    @Test
    void patienceForSdkWaitersIsDividedByTheSpeedOnlyOnTheLocalCloud() {
        Narrator local = new Narrator(out, cloud.clock(), true);
        Narrator live = Narrator.live(out, "Some", false);

        assertThat(local.patience(Duration.ofMinutes(90))).isEqualTo(Duration.ofMillis(1_800));
        assertThat(live.patience(Duration.ofMinutes(90))).isEqualTo(Duration.ofMinutes(90));
        assertThat(live.writesAllowed()).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("read-only without --yes-really");
    }
}
