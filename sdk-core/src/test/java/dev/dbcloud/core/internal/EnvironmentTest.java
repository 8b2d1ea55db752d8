package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {
    private final Environment env = Environment.of(Map.of("NEW_KEY", " ", "OLD_KEY", " legacy ", "OTHER", "x"));

    @Test
    void firstSkipsUnsetAndBlankVariablesAndTrims() {
        assertThat(env.first("MISSING", "NEW_KEY", "OLD_KEY")).contains("legacy");
        assertThat(env.first("MISSING", "NEW_KEY")).isEmpty();
    }

    @Test
    void firstUrlPutsHttpsInFrontOfABareHostOnly() {
        Environment hosts = Environment.of(Map.of("BARE", "api.example.com", "FULL", "http://localhost:7181"));
        assertThat(hosts.firstUrl("MISSING", "BARE")).contains("https://api.example.com");
        assertThat(hosts.firstUrl("FULL", "BARE")).contains("http://localhost:7181");
        assertThat(hosts.firstUrl("MISSING")).isEmpty();
    }

    @Test
    void requireNamesEveryVariableTried() {
        assertThat(env.require("OTHER")).isEqualTo("x");
        assertThatIllegalStateException()
                .isThrownBy(() -> env.require("CLICKHOUSE_CLOUD_API_KEY", "CLICKHOUSE_TOKEN_KEY"))
                .withMessage("environment variable CLICKHOUSE_CLOUD_API_KEY or CLICKHOUSE_TOKEN_KEY is not set");
    }

    @Test
    void systemEnvironmentIsReadable() {
        assertThat(Environment.system().first("PATH")).isPresent();
    }
}
