package dev.dbcloud.core;

import static org.assertj.core.api.Assertions.*;

import dev.dbcloud.core.testing.FakeTime;
import dev.dbcloud.core.testing.TestClientBuilder;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientBuilderTest {

    @Test
    void defaultSettings() {
        TestClientBuilder builder = new TestClientBuilder();
        ClientSettings settings = builder.resolve();

        assertThat(settings.baseUrl().toString()).isEqualTo("https://api.example.test/");
        assertThat(settings.credentials()).isEmpty();
        assertThat(builder.credentialsSet()).isFalse();
        assertThat(settings.httpClient()).isEmpty();
        assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.attemptTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.maxRetries()).isEqualTo(3);
        assertThat(settings.maxRetryWait()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.clock()).isEqualTo(Clock.systemUTC());
        assertThat(settings.sleeper()).isSameAs(Sleeper.SYSTEM);
        assertThat(settings.callListener()).isSameAs(CallListener.NONE);
    }

    @Test
    void keepsConfiguredValues() {
        FakeTime time = new FakeTime();
        OkHttpClient http = new OkHttpClient();
        Credentials credentials = Credentials.bearer("t");
        TestClientBuilder builder = new TestClientBuilder()
                .baseUrl("https://staging.example.test/api/v2/")
                .credentials(credentials)
                .httpClient(http)
                .timeout(Duration.ofSeconds(90))
                .attemptTimeout(Duration.ofSeconds(20))
                .connectTimeout(Duration.ofSeconds(3))
                .maxRetries(0)
                .maxRetryWait(Duration.ofSeconds(7))
                .clock(time)
                .sleeper(time);

        ClientSettings settings = builder.resolve();

        assertThat(builder.credentialsSet()).isTrue();
        assertThat(settings.baseUrl().toString()).isEqualTo("https://staging.example.test/api/v2/");
        assertThat(settings.credentials()).containsSame(credentials);
        assertThat(settings.httpClient()).containsSame(http);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.attemptTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.maxRetries()).isZero();
        assertThat(settings.maxRetryWait()).isEqualTo(Duration.ofSeconds(7));
        assertThat(settings.clock()).isSameAs(time);
        assertThat(settings.sleeper()).isSameAs(time);
    }

    @Test
    void httpsBaseUrlIsAccepted() {
        ClientSettings settings =
                new TestClientBuilder().baseUrl("https://db.example.com").resolve();

        assertThat(settings.baseUrl().isHttps()).isTrue();
        assertThat(settings.baseUrl().host()).isEqualTo("db.example.com");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:8080",
                "http://LOCALHOST/api",
                "http://127.0.0.1:9000",
                "http://[::1]:9000",
                "http://api.localhost"
            })
    void plainHttpIsAcceptedForLoopbackHosts(String url) {
        ClientSettings settings = new TestClientBuilder().baseUrl(url).resolve();

        assertThat(settings.baseUrl().isHttps()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://db.example.com",
                "http://10.0.0.5:8080",
                "http://localhost.example.com",
                "http://128.0.0.1",
                "http://127.0.0.1.example.com",
                "http://127.example.com",
                "http://[::2]:80"
            })
    void plainHttpIsRefusedForNonLoopbackHostNamingIt(String url) {
        TestClientBuilder builder = new TestClientBuilder().baseUrl(url);
        String host = okhttp3.HttpUrl.get(url).host();

        assertThatIllegalArgumentException()
                .isThrownBy(builder::resolve)
                .withMessageContaining(host)
                .withMessageContaining("allowInsecureHttp");
    }

    @Test
    void plainHttpIsAcceptedForNonLoopbackHostWhenAllowed() {
        ClientSettings settings = new TestClientBuilder()
                .baseUrl("http://db.internal.example.com:8080")
                .allowInsecureHttp(true)
                .resolve();

        assertThat(settings.baseUrl().host()).isEqualTo("db.internal.example.com");
        assertThat(settings.baseUrl().port()).isEqualTo(8080);
    }

    @Test
    void allowInsecureHttpCanBeWithdrawn() {
        TestClientBuilder builder = new TestClientBuilder()
                .baseUrl("http://db.example.com")
                .allowInsecureHttp(true)
                .allowInsecureHttp(false);

        assertThatIllegalArgumentException().isThrownBy(builder::resolve);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "ftp://files.example.com", "db.example.com", "", "https://"})
    void invalidBaseUrlIsRefused(String url) {
        TestClientBuilder builder = new TestClientBuilder().baseUrl(url);

        assertThatIllegalArgumentException().isThrownBy(builder::resolve).withMessageContaining("baseUrl");
    }

    @Test
    void malformedBaseUrlIsRefusedWithoutRepeatingIt() {
        TestClientBuilder builder = new TestClientBuilder().baseUrl("htps://user:hunter2@db.example.com?token=t0k");

        assertThatIllegalArgumentException()
                .isThrownBy(builder::resolve)
                .withMessageContaining("baseUrl")
                .withMessageNotContaining("hunter2")
                .withMessageNotContaining("t0k");
    }

    @Test
    void baseUrlWithQueryIsRefused() {
        TestClientBuilder builder = new TestClientBuilder().baseUrl("https://db.example.com/api?token=abc");

        assertThatIllegalArgumentException()
                .isThrownBy(builder::resolve)
                .withMessageContaining("query")
                .withMessageNotContaining("abc");
    }

    @Test
    void baseUrlWithFragmentIsRefused() {
        TestClientBuilder builder = new TestClientBuilder().baseUrl("https://db.example.com/api#part");

        assertThatIllegalArgumentException().isThrownBy(builder::resolve).withMessageContaining("fragment");
    }

    @Test
    void baseUrlWithUserInfoIsRefusedWithoutShowingIt() {
        TestClientBuilder builder = new TestClientBuilder().baseUrl("https://admin:hunter2@db.example.com/");

        assertThatIllegalArgumentException()
                .isThrownBy(builder::resolve)
                .withMessageContaining("user info")
                .withMessageNotContaining("hunter2");
    }

    @Test
    void baseUrlWithUserNameOnlyIsRefused() {
        TestClientBuilder builder = new TestClientBuilder().baseUrl("https://admin@db.example.com/");

        assertThatIllegalArgumentException().isThrownBy(builder::resolve).withMessageContaining("user info");
    }

    @Test
    void nullBaseUrlIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> new TestClientBuilder().baseUrl(null));
    }

    @Test
    void timeoutsMustBePositive() {
        TestClientBuilder builder = new TestClientBuilder();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.timeout(Duration.ZERO))
                .withMessageContaining("timeout");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.attemptTimeout(Duration.ofMillis(-1)))
                .withMessageContaining("attemptTimeout");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.connectTimeout(Duration.ZERO))
                .withMessageContaining("connectTimeout");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.maxRetryWait(Duration.ofSeconds(-5)))
                .withMessageContaining("maxRetryWait");
        assertThatNullPointerException().isThrownBy(() -> builder.timeout(null)).withMessageContaining("timeout");
    }

    @Test
    void refusedSettingLeavesPreviousValue() {
        TestClientBuilder builder = new TestClientBuilder().timeout(Duration.ofSeconds(30));

        assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ZERO));

        assertThat(builder.resolve().timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void maxRetriesMustNotBeNegative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TestClientBuilder().maxRetries(-1))
                .withMessageContaining("maxRetries");
        assertThat(new TestClientBuilder().maxRetries(0).resolve().maxRetries()).isZero();
    }

    @Test
    void attemptTimeoutIsCappedAtTimeout() {
        ClientSettings settings = new TestClientBuilder()
                .timeout(Duration.ofSeconds(10))
                .attemptTimeout(Duration.ofSeconds(30))
                .resolve();

        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.attemptTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void defaultAttemptTimeoutIsCappedAtShortTimeout() {
        ClientSettings settings =
                new TestClientBuilder().timeout(Duration.ofSeconds(15)).resolve();

        assertThat(settings.attemptTimeout()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void attemptTimeoutShorterThanTimeoutIsKept() {
        ClientSettings settings = new TestClientBuilder()
                .timeout(Duration.ofMinutes(5))
                .attemptTimeout(Duration.ofSeconds(30))
                .resolve();

        assertThat(settings.attemptTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void nullCollaboratorsAreRefused() {
        TestClientBuilder builder = new TestClientBuilder();

        assertThatNullPointerException().isThrownBy(() -> builder.credentials(null));
        assertThatNullPointerException().isThrownBy(() -> builder.httpClient(null));
        assertThatNullPointerException().isThrownBy(() -> builder.clock(null));
        assertThatNullPointerException().isThrownBy(() -> builder.sleeper(null));
    }

    @Test
    void durationsAboveAYearAreRefusedSoDeadlinesCannotOverflow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TestClientBuilder().timeout(Duration.ofDays(366)))
                .withMessageContaining("timeout")
                .withMessageContaining("365 days");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TestClientBuilder().maxRetryWait(Duration.ofSeconds(Long.MAX_VALUE)));
        assertThat(new TestClientBuilder()
                        .timeout(Duration.ofDays(365))
                        .resolve()
                        .timeout())
                .isEqualTo(Duration.ofDays(365));
    }

    @Test
    void settingsKeepJitterAndTheInsecureHttpChoice() {
        ClientSettings settings = new TestClientBuilder()
                .baseUrl("http://db.internal.example")
                .allowInsecureHttp(true)
                .jitter(() -> 0.25)
                .resolve();

        assertThat(settings.allowInsecureHttp()).isTrue();
        assertThat(settings.jitter().getAsDouble()).isEqualTo(0.25);
        assertThat(settings.toString()).contains("http://db.internal.example");
    }

    @Test
    void buildersKnowWhetherTheBaseUrlWasSetExplicitly() {
        assertThat(new TestClientBuilder().explicitBaseUrl()).isFalse();
        assertThat(new TestClientBuilder().baseUrl("https://eu.example.test").explicitBaseUrl())
                .isTrue();
        assertThat(new TestClientBuilder().resolve().baseUrl().host()).isEqualTo("api.example.test");
    }

    @Test
    void credentialsOfTheWrongKindOrNoneAreRefusedWithOneWording() {
        assertThatThrownBy(() -> new TestClientBuilder().resolveWithBearer())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("credentials are required: set credentials(Credentials.bearer(token)), or use fromEnv()"
                        + " with EXAMPLE_TOKEN");
        assertThatThrownBy(() -> new TestClientBuilder()
                        .credentials(Credentials.basic("id", "s3cret"))
                        .resolveWithBearer())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("credentials must be Credentials.bearer(token) for the Example API, not basic credentials");
        assertThatThrownBy(() -> new TestClientBuilder()
                        .credentials(Credentials.queryToken("t0ken"))
                        .resolveWithBearer())
                .hasMessageEndingWith("not query-token credentials");
        assertThat(new TestClientBuilder()
                        .credentials(Credentials.bearer("t0ken"))
                        .resolveWithBearer()
                        .credentials())
                .contains(Credentials.bearer("t0ken"));
    }
}
