package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.API_KEY;
import static dev.dbcloud.crunchy.Fixtures.body;
import static dev.dbcloud.crunchy.Fixtures.json;
import static dev.dbcloud.crunchy.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.GoneException;
import dev.dbcloud.core.testing.LogCapture;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The calling account and access tokens on the wire, decoded from the spec's examples, the token kept secret. */
class AccountWireTest extends MockApiTest {
    static final String TOKEN_ID = "rizcplozgfht7lhra5lbqebiru";
    private static final String TOKEN_SECRET = "cbat_Qw3rTy9SecretTokenValue";
    /** The spec's {@code Account} example. */
    static final String ACCOUNT = "{\"access_groups\":null,\"created_at\":\"2021-07-11T01:02:03Z\","
            + "\"dashboard_settings\":{\"rows_per_page\":null,\"skip_cluster_onboarding\":false},"
            + "\"default_team_id\":null,\"email\":\"cheshire.cat@example.com\",\"first_name\":\"First\","
            + "\"has_password\":true,\"has_personal_team\":true,\"has_sso\":false,"
            + "\"id\":\"qvcw4hylovgyzbwzp53bmmlhga\",\"last_name\":\"Last\",\"last_seen_at\":\"2021-07-11T01:02:03Z\","
            + "\"login_url\":null,\"multi_factor_enabled\":true,\"name\":\"Cheshire Cat\","
            + "\"notifications_enabled\":true,\"updated_at\":\"2021-07-11T01:02:03Z\"}";
    /** The spec's {@code AccessToken} example, with a token in place of its {@code REDACTED_ACCESS_TOKEN}. */
    static final String TOKEN =
            "{\"access_token\":\"" + TOKEN_SECRET + "\",\"account_id\":\"qvcw4hylovgyzbwzp53bmmlhga\","
                    + "\"api_key_id\":\"ryexlkxpibfang6u7374faajfe\",\"application_name\":\"local-agent\","
                    + "\"created_at\":\"2021-07-11T01:02:03Z\",\"expires_at\":\"2021-07-11T02:02:03Z\",\"expires_in\":3600,"
                    + "\"id\":\"" + TOKEN_ID + "\",\"token_type\":\"bearer\"}";

    @Test
    void getAndDeleteTheCallingAccount() throws Exception {
        server.enqueue(json(200, ACCOUNT));
        server.enqueue(json(200, ACCOUNT));
        server.enqueue(json(410, "{\"message\":\"gone\",\"request_id\":\"7e0a1d5c-1111-4a3b-9c2d-0000000000ff\"}"));

        Account me = cb().account().get();
        Account deleted = cb().account().withRawResponse().delete().value();

        assertThat(me.id()).isEqualTo("qvcw4hylovgyzbwzp53bmmlhga");
        assertThat(me.name()).contains("Cheshire Cat");
        assertThat(me.email()).contains("cheshire.cat@example.com");
        assertThat(me.defaultTeamId()).isEmpty();
        assertThat(me.hasPassword()).contains(true);
        assertThat(me.hasSso()).contains(false);
        assertThat(me.multiFactorEnabled()).contains(true);
        assertThat(me.notificationsEnabled()).contains(true);
        assertThat(me.lastSeenAt()).contains(Instant.parse("2021-07-11T01:02:03Z"));
        assertThat(me.loginUrl()).isEmpty();
        assertThat(me.createdAt()).contains(Instant.parse("2021-07-11T01:02:03Z"));
        assertThat(me.updatedAt()).contains(Instant.parse("2021-07-11T01:02:03Z"));
        assertThat(deleted).isEqualTo(me);
        assertThatThrownBy(() -> cb().account().delete()).isInstanceOf(GoneException.class);

        take("GET", "/account");
        RecordedRequest delete = take("DELETE", "/account");
        assertThat(delete.getHeaders().get("Idempotency-Key")).isNull();
        take("DELETE", "/account");
    }

    @Test
    void aSyntheticAccountWithOnlyAnIdDecodes() {
        server.enqueue(json(200, "{\"id\":\"qvcw4hylovgyzbwzp53bmmlhga\",\"some_new_field\":[1]}"));
        assertThat(cb().account().get().email()).isEmpty();
    }

    @Test
    void createPostsTheSpecExampleWithoutCredentialsAndWithAnIdempotencyKey() throws Exception {
        server.enqueue(json(200, TOKEN));

        ApiResponse<AccessToken> response = cb().accessTokens()
                .withRawResponse()
                .create(CreateAccessTokenParams.builder()
                        .applicationName("local-agent")
                        .clientSecret("REDACTED_API_KEY_SECRET")
                        .expiresIn("1w")
                        .build());

        assertThat(response.statusCode()).isEqualTo(200);
        AccessToken token = response.value();
        assertThat(token.id()).isEqualTo(TOKEN_ID);
        assertThat(token.accessToken()).contains(TOKEN_SECRET);
        assertThat(token.accountId()).contains("qvcw4hylovgyzbwzp53bmmlhga");
        assertThat(token.apiKeyId()).contains("ryexlkxpibfang6u7374faajfe");
        assertThat(token.applicationName()).contains("local-agent");
        assertThat(token.createdAt()).contains(Instant.parse("2021-07-11T01:02:03Z"));
        assertThat(token.expiresAt()).contains(Instant.parse("2021-07-11T02:02:03Z"));
        assertThat(token.expiresIn()).contains(3600L);
        assertThat(token.tokenType()).contains("bearer");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(Fixtures.target(request)).isEqualTo("/access-tokens");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
        assertThat(body(request))
                .isEqualTo(tree("{\"application_name\":\"local-agent\",\"client_secret\":\"REDACTED_API_KEY_SECRET\","
                        + "\"expires_in\":\"1w\"}"));
    }

    @Test
    void createSendsAnExpiryTime() throws Exception {
        server.enqueue(json(200, TOKEN));
        cb().accessTokens()
                .create(CreateAccessTokenParams.builder()
                        .clientSecret(API_KEY)
                        .expiresAt(Instant.parse("2024-06-01T13:00:00Z"))
                        .build());
        assertThat(body(server.takeRequest()))
                .isEqualTo(tree("{\"client_secret\":\"" + API_KEY + "\",\"expires_at\":\"2024-06-01T13:00:00Z\"}"));
    }

    @Test
    void deleteRevokesByIdAndReadsTheTokenWithoutItsSecret() throws Exception {
        server.enqueue(json(200, TOKEN.replace("\"" + TOKEN_SECRET + "\"", "null")));

        AccessToken revoked = cb().accessTokens().delete(TOKEN_ID);

        assertThat(revoked.id()).isEqualTo(TOKEN_ID);
        assertThat(revoked.accessToken()).isEmpty();
        RecordedRequest request = take("DELETE", "/access-tokens/" + TOKEN_ID);
        assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    }

    @Test
    void badArgumentsAreRefusedBeforeSending() {
        assertThatThrownBy(() ->
                        CreateAccessTokenParams.builder().clientSecret(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clientSecret");
        assertThatThrownBy(() -> CreateAccessTokenParams.builder()
                        .clientSecret(API_KEY)
                        .expiresIn("15 minutes")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expiresIn must be a number followed by one of s, m, h, d, w, M (e.g. 15m or 1w) but was"
                        + " \"15 minutes\"");
        assertThatThrownBy(() -> CreateAccessTokenParams.builder()
                        .clientSecret(API_KEY)
                        .expiresIn("15m")
                        .expiresAt(Instant.parse("2024-06-01T13:00:00Z"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expiresAt and expiresIn must not both be set");
        assertThatThrownBy(() -> cb().accessTokens().delete("token-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("accessTokenId \"token-1\" is not a Crunchy Bridge ID");
        assertThat(CreateAccessTokenParams.builder()
                        .clientSecret(API_KEY)
                        .expiresIn("2M")
                        .build()
                        .expiresIn())
                .contains("2M");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theTokenAndTheKeyNeverShowInToStringMessagesOrLogs() {
        server.enqueue(json(200, TOKEN));
        server.enqueue(json(
                409,
                "{\"message\":\"a token for " + API_KEY
                        + " exists\",\"request_id\":\"7e0a1d5c-1111-4a3b-9c2d-00000000000a\"," + "\"access_token\":\""
                        + TOKEN_SECRET + "\"}"));
        server.enqueue(json(200, "\"" + TOKEN_SECRET + "\""));
        CreateAccessTokenParams params =
                CreateAccessTokenParams.builder().clientSecret(API_KEY).build();

        AccessToken token;
        ConflictException conflict;
        ApiDecodingException decoding;
        List<String> lines;
        List<String> traceLines;
        try (LogCapture logs = LogCapture.http()) {
            token = cb().accessTokens().create(params);
            conflict = catchThrowableOfType(
                    ConflictException.class, () -> cb().accessTokens().create(params));
            decoding = catchThrowableOfType(
                    ApiDecodingException.class, () -> cb().accessTokens().create(params));
            lines = logs.messages();
            traceLines = logs.messagesAt(Level.FINER);
        }

        assertThat(token.accessToken()).contains(TOKEN_SECRET);
        List<String> secrets = List.of(TOKEN_SECRET, API_KEY);
        for (String secret : secrets) {
            assertThat(token.toString()).doesNotContain(secret);
            assertThat(params.toString()).doesNotContain(secret);
            assertThat(decoding.getMessage()).doesNotContain(secret);
            assertThat(decoding.toString()).doesNotContain(secret);
            for (ApiResponseException e : List.of(conflict)) {
                assertThat(e.getMessage()).doesNotContain(secret);
                assertThat(e.responseBody()).doesNotContain(secret);
                assertThat(e.errorMessage().orElse("")).doesNotContain(secret);
            }
            assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(secret));
        }
        assertThat(traceLines)
                .anySatisfy(line -> assertThat(line).contains("error body").contains("\"access_token\":\"****\""));
        assertThat(conflict.errorMessage()).contains("a token for **** exists");
        assertThat(decoding.getMessage()).contains("(body withheld: the answer carries a secret)");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }
}
