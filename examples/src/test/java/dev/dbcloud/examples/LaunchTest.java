package dev.dbcloud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.Credentials;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.testing.LocalCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LaunchTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aProgramThatFinishesExitsZeroAndPrintsNothing() {
        assertThat(Launch.run(new String[0], () -> {}, err)).isZero();
        assertThat(printed()).isEmpty();
    }

    @Test
    void anApiRefusalEndsAProgramWithOneLineAndStatusOne() {
        try (LocalCloud cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(3_000));
                CrunchyBridgeClient cb = CrunchyBridgeClient.builder()
                        .baseUrl(cloud.crunchyBridgeUrl())
                        .credentials(Credentials.bearer("cbkey_not_the_right_one"))
                        .build()) {
            Narrator out = new Narrator(new PrintStream(new ByteArrayOutputStream()), cloud.clock(), true);

            int status = Launch.run(new String[] {"--yes-really"}, () -> CrunchyBridgeExample.run(cb, out), err);

            assertThat(status).isEqualTo(Launch.FAILED);
        }
        assertThat(printed().lines())
                .singleElement()
                .asString()
                .startsWith("stopped: GET /teams")
                .contains("401", "[UnauthorizedException]", "(--verbose shows the stack trace)")
                .doesNotContain("cbkey_not_the_right_one");
    }

    @Test
    void aMissingPrerequisiteIsOneLineToo() {
        int status = Launch.run(
                new String[0],
                () -> {
                    throw new IllegalStateException("no AWS provider offered\n  (only gcp)");
                },
                err);

        assertThat(status).isEqualTo(1);
        assertThat(printed())
                .isEqualTo("stopped: no AWS provider offered (only gcp) [IllegalStateException] (--verbose shows the"
                        + " stack trace)" + System.lineSeparator());
    }

    @Test
    void verboseAddsTheStackTrace() {
        int status = Launch.run(
                new String[] {"--verbose"},
                () -> {
                    throw new UnsupportedOperationException();
                },
                err);

        assertThat(status).isEqualTo(1);
        assertThat(printed())
                .startsWith("stopped: [UnsupportedOperationException]" + System.lineSeparator())
                .contains("java.lang.UnsupportedOperationException", "\tat dev.dbcloud.examples.LaunchTest")
                .doesNotContain("--verbose shows");
    }
}
