package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.TEAM_ID;
import static dev.dbcloud.crunchy.Fixtures.body;
import static dev.dbcloud.crunchy.Fixtures.json;
import static dev.dbcloud.crunchy.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.GoneException;
import dev.dbcloud.core.testing.LogCapture;
import dev.dbcloud.core.testing.Published;
import java.util.List;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Creating, updating (rotating a password) and deleting Postgres roles on the wire, with the credentials the
 * answers carry kept out of every {@code toString()}, log line and exception. The spec prints no example bodies
 * for roles; the fixtures follow its {@code PostgresRole} schema.
 */
class RoleWritesWireTest extends MockApiTest {
    private static final String ACCOUNT_ID = "xvcw4hylovgyzbwzp53bmmlhga";
    private static final String ROLE_NAME = "u_" + ACCOUNT_ID;
    private static final String PASSWORD = "Rk7wNewRotatedPw9";
    private static final String VERIFIER = "SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVkS2V5:c2VydmVyS2V5";
    private static final String URI =
            "postgres://" + ROLE_NAME + ":" + PASSWORD + "@p.rvf73a77.db.example:5432/postgres";

    private static String role(String password, String uri) {
        return "{\"name\":\"" + ROLE_NAME + "\",\"flavor\":\"write\",\"account_id\":\"" + ACCOUNT_ID
                + "\",\"account_email\":\"alice@example.com\",\"cluster_id\":\"" + CLUSTER_ID + "\",\"team_id\":\""
                + TEAM_ID + "\",\"password\":" + password + ",\"uri\":" + uri + "}";
    }

    private static final String WITH_SECRETS = role("\"" + PASSWORD + "\"", "\"" + URI + "\"");
    private static final String REDACTED = role("null", "null");

    @Test
    void createPostsAnEmptyObjectWithAnIdempotencyKey() throws Exception {
        server.enqueue(json(201, WITH_SECRETS));

        PostgresRole created = cb().clusters().roles().create(CLUSTER_ID);

        assertThat(created.name()).isEqualTo(ROLE_NAME);
        assertThat(created.flavor()).contains(RoleFlavor.WRITE);
        assertThat(created.accountId()).contains(ACCOUNT_ID);
        assertThat(created.accountEmail()).contains("alice@example.com");
        assertThat(created.teamId()).contains(TEAM_ID);
        assertThat(created.password()).contains(PASSWORD);
        assertThat(created.uri()).contains(URI);
        assertThat(created.toString()).doesNotContain(PASSWORD).contains(ROLE_NAME);
        RecordedRequest request = take("POST", "/clusters/" + CLUSTER_ID + "/roles");
        assertThat(body(request)).isEqualTo(tree("{}"));
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
    }

    @Test
    void createRawWithOwnKeyShowsTheStatus() throws Exception {
        server.enqueue(json(201, WITH_SECRETS));
        ApiResponse<PostgresRole> raw = cb().clusters()
                .roles()
                .withOptions(RequestOptions.builder().idempotencyKey("role-1").build())
                .withRawResponse()
                .create(CLUSTER_ID);
        assertThat(raw.statusCode()).isEqualTo(201);
        assertThat(take("POST", "/clusters/" + CLUSTER_ID + "/roles")
                        .getHeaders()
                        .get("Idempotency-Key"))
                .isEqualTo("role-1");
    }

    @Test
    void updateSendsTheChangesAsAPut() throws Exception {
        server.enqueue(json(201, WITH_SECRETS));
        server.enqueue(json(201, REDACTED));

        PostgresRole withVerifier = cb().clusters()
                .roles()
                .update(
                        CLUSTER_ID,
                        ROLE_NAME,
                        UpdateRoleParams.builder().passwordScramSha256(VERIFIER).build());
        PostgresRole readOnly = cb().clusters()
                .roles()
                .update(
                        CLUSTER_ID,
                        "application",
                        UpdateRoleParams.builder().flavor(RoleFlavor.READ).build());

        assertThat(withVerifier.password()).contains(PASSWORD);
        assertThat(readOnly.password()).isEmpty();
        RecordedRequest first = take("PUT", "/clusters/" + CLUSTER_ID + "/roles/" + ROLE_NAME);
        assertThat(body(first)).isEqualTo(tree("{\"password_scram_sha256\":\"" + VERIFIER + "\"}"));
        assertThat(first.getHeaders().get("Idempotency-Key")).isNull();
        assertThat(body(take("PUT", "/clusters/" + CLUSTER_ID + "/roles/application")))
                .isEqualTo(tree("{\"flavor\":\"read\"}"));
    }

    @Test
    void rotatePasswordAsksForANewOne() throws Exception {
        server.enqueue(json(201, WITH_SECRETS));
        server.enqueue(json(201, WITH_SECRETS));

        PostgresRole rotated = cb().clusters().roles().rotatePassword(CLUSTER_ID, ROLE_NAME);
        ApiResponse<PostgresRole> raw = cb().clusters()
                .roles()
                .withRawResponse()
                .update(
                        CLUSTER_ID,
                        ROLE_NAME,
                        UpdateRoleParams.builder().rotatePassword(true).build());

        assertThat(rotated.password()).contains(PASSWORD);
        assertThat(raw.statusCode()).isEqualTo(201);
        assertThat(raw.value()).isEqualTo(rotated);
        assertThat(body(take("PUT", "/clusters/" + CLUSTER_ID + "/roles/" + ROLE_NAME)))
                .isEqualTo(tree("{\"rotate_password\":true}"));
        assertThat(body(take("PUT", "/clusters/" + CLUSTER_ID + "/roles/" + ROLE_NAME)))
                .isEqualTo(tree("{\"rotate_password\":true}"));
    }

    @Test
    void deleteReturnsTheRedactedRoleAndA410OnRepeat() throws Exception {
        server.enqueue(json(200, REDACTED));
        server.enqueue(json(410, "{\"message\":\"role has been deleted\",\"request_id\":\"r-410\"}"));

        PostgresRole deleted = cb().clusters().roles().delete(CLUSTER_ID, ROLE_NAME);
        assertThatThrownBy(() -> cb().clusters().roles().withRawResponse().delete(CLUSTER_ID, ROLE_NAME))
                .isInstanceOf(GoneException.class);

        assertThat(deleted.name()).isEqualTo(ROLE_NAME);
        assertThat(deleted.password()).isEmpty();
        assertThat(deleted.uri()).isEmpty();
        take("DELETE", "/clusters/" + CLUSTER_ID + "/roles/" + ROLE_NAME);
        take("DELETE", "/clusters/" + CLUSTER_ID + "/roles/" + ROLE_NAME);
    }

    @Test
    void badInputFailsBeforeAnythingIsSent() {
        ClusterRoles roles = cb().clusters().roles();
        assertThatThrownBy(() -> roles.create("rvf73a77"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clusterId \"rvf73a77\" is not a Crunchy Bridge ID");
        assertThatThrownBy(() -> roles.rotatePassword(CLUSTER_ID, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("roleName");
        assertThatThrownBy(() -> roles.delete(CLUSTER_ID, ".."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("roleName");
        assertThatThrownBy(() -> roles.update(CLUSTER_ID, ROLE_NAME, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("params == null");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void neitherTheVerifierNorTheNewPasswordShowsInLogsMessagesOrToString() {
        server.enqueue(json(201, WITH_SECRETS));
        server.enqueue(json(
                422,
                "{\"message\":\"verifier " + VERIFIER + " is not valid\",\"request_id\":\"r-422\","
                        + "\"password_scram_sha256\":\"" + VERIFIER + "\"}"));
        UpdateRoleParams params =
                UpdateRoleParams.builder().passwordScramSha256(VERIFIER).build();

        List<String> lines;
        ApiResponseException refused;
        try (LogCapture logs = LogCapture.http()) {
            cb().clusters().roles().update(CLUSTER_ID, ROLE_NAME, params);
            refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                    ApiResponseException.class, () -> cb().clusters().roles().update(CLUSTER_ID, ROLE_NAME, params));
            lines = logs.messages();
        }

        assertThat(params.toString()).doesNotContain(VERIFIER).contains("****");
        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).doesNotContain(VERIFIER).doesNotContain(PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(422);
        for (String text : List.of(
                refused.getMessage(),
                refused.responseBody(),
                refused.errorMessage().orElse(""))) {
            assertThat(text).doesNotContain(VERIFIER);
        }
    }

    @Test
    void aRoleReadsWithAnyFieldButItsNameMissing() {
        JsonNode role = tree(WITH_SECRETS);
        for (Published.Variant variant : Published.withOneFieldRemoved(role, Set.of("name"))) {
            assertThatCode(() -> Published.decode(variant.body(), PostgresRole.class))
                    .as(variant.toString())
                    .doesNotThrowAnyException();
        }
        assertThat(Published.decode(tree("{\"name\":\"application\",\"flavor\":null}"), PostgresRole.class)
                        .flavor())
                .isEmpty();
    }
}
