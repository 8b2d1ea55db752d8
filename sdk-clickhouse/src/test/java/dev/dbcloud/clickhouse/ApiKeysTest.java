package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.ORG;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dbcloud.core.Patch;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.testing.LogCapture;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code …/keys}: what each operation sends, what it reads, and that a created key's secret shows nowhere. */
class ApiKeysTest extends ClientTest {
    static final String KEY_ID = "3f0b2a9e-5c4d-4e1f-8a7b-6c5d4e3f2a1b";
    static final String SECRET = "4b1dKx9Qm2RvT8sYz3Lw7Np5Hc6Jf0Ga1Eb2Dd3Cc";
    static final String KEY =
            "{\"id\":\"" + KEY_ID + "\",\"name\":\"ci\",\"state\":\"enabled\",\"roles\":[\"developer\"],"
                    + "\"assignedRoles\":[{\"roleId\":\"9a8b7c6d-0000-4000-8000-000000000001\",\"roleName\":\"Developer\","
                    + "\"roleType\":\"system\"}],\"keySuffix\":\"x7Q2\",\"createdAt\":\"2026-03-02T10:00:00Z\","
                    + "\"expireAt\":null,\"usedAt\":\"2026-03-05T08:41:00Z\","
                    + "\"ipAccessList\":[{\"source\":\"203.0.113.0/24\",\"description\":\"office\"}]}";

    private static String keysPath(String suffix) {
        return "/v1/organizations/" + ORG + "/keys" + suffix;
    }

    @Test
    @SuppressWarnings("deprecation") // ApiKey.roles: deprecated by the API, still read
    void listAndGetReadEveryField() throws Exception {
        server.enqueue(ok("[" + KEY + "]"));
        server.enqueue(ok(KEY));
        List<ApiKey> keys = ch.organizations().apiKeys().list();
        ApiKey key = ch.organizations().apiKeys().get(KEY_ID);
        assertThat(keys).containsExactly(key);
        assertThat(key.id()).isEqualTo(KEY_ID);
        assertThat(key.name()).contains("ci");
        assertThat(key.state()).contains(ApiKeyState.ENABLED);
        assertThat(key.roles()).containsExactly(LegacyRole.DEVELOPER);
        assertThat(key.assignedRoles())
                .containsExactly(AssignedRole.builder()
                        .roleId("9a8b7c6d-0000-4000-8000-000000000001")
                        .roleName("Developer")
                        .roleType(RoleType.SYSTEM)
                        .build());
        assertThat(key.keySuffix()).contains("x7Q2");
        assertThat(key.createdAt()).contains(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(key.expireAt()).isEmpty();
        assertThat(key.usedAt()).contains(Instant.parse("2026-03-05T08:41:00Z"));
        assertThat(key.ipAccessList())
                .containsExactly(IpAccessEntry.builder()
                        .source("203.0.113.0/24")
                        .description("office")
                        .build());
        assertThat(cloud.expect("GET", keysPath("")).getBody()).isNull();
        RecordedRequest get = cloud.expect("GET", keysPath("/" + KEY_ID));
        assertThat(get.getUrl().query()).isNull();
    }

    @Test
    void readsTolerantly() {
        server.enqueue(ok("[{\"id\":\"k-1\",\"state\":\"suspended\",\"roles\":[\"owner\"],\"newField\":{\"a\":1},"
                + "\"assignedRoles\":[{\"roleType\":\"team\"}]}]"));
        ApiKey key = ch.organizations().apiKeys().list().get(0);
        assertThat(key.state()).hasValueSatisfying(state -> {
            assertThat(state.isKnown()).isFalse();
            assertThat(state.value()).isEqualTo("suspended");
        });
        assertThat(key.assignedRoles().get(0).roleType()).contains(RoleType.of("team"));
        assertThat(key.name()).isEmpty();
        assertThat(key.ipAccessList()).isEmpty();
    }

    @Test
    void createSendsOnlyWhatWasSetAndReturnsTheCredentialsOnce() throws Exception {
        server.enqueue(ok("{\"key\":" + KEY + ",\"keyId\":\"gnY4Jz1sHTl1JAYdx7Q2\",\"keySecret\":\"" + SECRET + "\"}"));
        CreatedApiKey created = ch.organizations()
                .apiKeys()
                .create(CreateApiKeyParams.builder()
                        .name("ci")
                        .addAssignedRoleIds("9a8b7c6d-0000-4000-8000-000000000001")
                        .expireAt(Instant.parse("2027-01-01T00:00:00Z"))
                        .addIpAccessList(
                                IpAccessEntry.builder().source("203.0.113.0/24").build())
                        .build());
        RecordedRequest request = cloud.expect("POST", keysPath(""));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request))
                .isEqualTo(tree("{\"name\":\"ci\",\"expireAt\":\"2027-01-01T00:00:00Z\","
                        + "\"assignedRoleIds\":[\"9a8b7c6d-0000-4000-8000-000000000001\"],"
                        + "\"ipAccessList\":[{\"source\":\"203.0.113.0/24\"}]}"));
        assertThat(created.key().map(ApiKey::id)).contains(KEY_ID);
        assertThat(created.keyId()).contains("gnY4Jz1sHTl1JAYdx7Q2");
        assertThat(created.keySecret()).contains(SECRET);
        assertThat(created.toString()).doesNotContain(SECRET).contains("keySecret=****");
    }

    @Test
    void createWithHashesSendsThemAndNoSecret() throws Exception {
        server.enqueue(ok("{\"key\":" + KEY + "}"));
        ApiKeyHashData hashes = ApiKeyHashData.of("gnY4Jz1sHTl1JAYdx7Q2", SECRET);
        CreatedApiKey created = ch.organizations()
                .apiKeys()
                .create(CreateApiKeyParams.builder()
                        .name("ci")
                        .state(ApiKeyState.DISABLED)
                        .hashData(hashes)
                        .build());
        // echo -n … | sha256sum | xxd -r -p | base64, as the specification describes for both hashes
        assertThat(body(cloud.expect("POST", keysPath(""))))
                .isEqualTo(tree("{\"name\":\"ci\",\"state\":\"disabled\",\"hashData\":{"
                        + "\"keyIdHash\":\"" + PasswordHashes.sha256Base64("gnY4Jz1sHTl1JAYdx7Q2") + "\","
                        + "\"keyIdSuffix\":\"x7Q2\","
                        + "\"keySecretHash\":\"" + PasswordHashes.sha256Base64(SECRET) + "\"}}"));
        assertThat(PasswordHashes.sha256Base64("abc")).isEqualTo("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
        assertThat(created.keyId()).isEmpty();
        assertThat(created.keySecret()).isEmpty();
        assertThat(hashes.toString())
                .doesNotContain(PasswordHashes.sha256Base64(SECRET))
                .doesNotContain(PasswordHashes.sha256Base64("gnY4Jz1sHTl1JAYdx7Q2"));
    }

    @Test
    void hashDataNeedsAKeyIdOfFourCharacters() {
        assertThatThrownBy(() -> ApiKeyHashData.of("abc", SECRET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keyId must have at least 4 characters")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    @SuppressWarnings("deprecation") // UpdateApiKeyParams.roles: deprecated by the API, still sent
    void updateSendsOnlyTheChanges() throws Exception {
        server.enqueue(ok(KEY));
        server.enqueue(ok(KEY));
        ApiKey updated = ch.organizations()
                .apiKeys()
                .update(
                        KEY_ID,
                        UpdateApiKeyParams.builder()
                                .state(ApiKeyState.DISABLED)
                                .expireAt(Patch.ofNull())
                                .ipAccessList(List.of())
                                .build());
        ch.organizations()
                .apiKeys()
                .update(
                        KEY_ID,
                        UpdateApiKeyParams.builder()
                                .name("deploy")
                                .roles(List.of(LegacyRole.ADMIN))
                                .assignedRoleIds(List.of("r-1"))
                                .expireAt(Patch.of(Instant.parse("2027-01-01T00:00:00Z")))
                                .build());
        assertThat(updated.id()).isEqualTo(KEY_ID);
        assertThat(body(cloud.expect("PATCH", keysPath("/" + KEY_ID))))
                .isEqualTo(tree("{\"state\":\"disabled\",\"expireAt\":null,\"ipAccessList\":[]}"));
        assertThat(body(cloud.expect("PATCH", keysPath("/" + KEY_ID))))
                .isEqualTo(tree("{\"name\":\"deploy\",\"roles\":[\"admin\"],\"assignedRoleIds\":[\"r-1\"],"
                        + "\"expireAt\":\"2027-01-01T00:00:00Z\"}"));
    }

    @Test
    void deleteSendsNoBody() throws Exception {
        server.enqueue(okEmpty());
        ch.organizations().apiKeys().delete(KEY_ID);
        RecordedRequest request = cloud.expect("DELETE", keysPath("/" + KEY_ID));
        assertThat(request.getBody()).isNull();
    }

    @Test
    void badIdsAndMissingParamsAreRefusedBeforeSending() {
        assertThatThrownBy(() -> ch.organizations().apiKeys().get(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keyId");
        assertThatThrownBy(() -> ch.organizations().apiKeys().delete(".."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keyId");
        assertThatThrownBy(() -> ch.organizations().apiKeys().update(KEY_ID, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("params");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theNewSecretShowsInNoLogLineNorException() {
        String created = "{\"key\":" + KEY + ",\"keyId\":\"gnY4Jz1sHTl1JAYdx7Q2\",\"keySecret\":\"" + SECRET + "\"}";
        server.enqueue(ok(created));
        server.enqueue(ok("\"" + SECRET + "\""));
        server.enqueue(json(
                400,
                "{\"status\":400,\"error\":\"BAD_REQUEST: duplicate key\",\"keySecret\":\"" + SECRET
                        + "\",\"requestId\":\"r-1\"}"));
        CreateApiKeyParams params = CreateApiKeyParams.builder().name("ci").build();
        CreatedApiKey key;
        ApiDecodingException decoding;
        BadRequestException refused;
        List<String> lines;
        List<String> traceLines;
        try (LogCapture logs = LogCapture.http()) {
            key = ch.organizations().apiKeys().create(params);
            decoding = catchThrowableOfType(
                    ApiDecodingException.class,
                    () -> ch.organizations().apiKeys().create(params));
            refused = catchThrowableOfType(
                    BadRequestException.class,
                    () -> ch.organizations().apiKeys().create(params));
            lines = logs.messages();
            traceLines = logs.messagesAt(Level.FINER);
        }
        assertThat(key.keySecret()).contains(SECRET);
        // TRACE shows bodies: the create answers are withheld whole, the error body has the secret masked
        assertThat(traceLines)
                .filteredOn(line -> line.contains("response body"))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("(body withheld: the answer carries a secret)"));
        assertThat(traceLines)
                .anySatisfy(line -> assertThat(line).contains("error body").contains("\"keySecret\":\"****\""));
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(SECRET));
        assertThat(key.toString()).doesNotContain(SECRET);
        assertThat(decoding.getMessage()).doesNotContain(SECRET).contains("body withheld");
        assertThat(decoding.toString()).doesNotContain(SECRET);
        assertThat(decoding.bodyExcerpt()).doesNotContain(SECRET);
        assertThat(refused.getMessage()).doesNotContain(SECRET);
        assertThat(refused.responseBody()).doesNotContain(SECRET).contains("\"keySecret\":\"****\"");
    }
}
