package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.API_KEY;
import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.UnauthorizedException;
import dev.dbcloud.core.testing.LogCapture;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * What the SDK shows at DEBUG and TRACE, in exception messages and in {@code responseBody()} never holds the
 * API key, even when the API echoes it, nor a role's password or connection URI.
 */
class LogRedactionTest extends MockApiTest {
    private static final String PASSWORD = "Zq8pRoleSecret4x";
    private static final String URI = "postgres://application:" + PASSWORD + "@p.rvf73a77.db.example:5432/postgres";
    private static final List<String> SECRETS = List.of(API_KEY, PASSWORD, "p.rvf73a77.db.example");
    private static final String REQUEST_ID = "a6bd4a4c-0c8e-4a4e-9d6f-2f6a0b4f1e11";

    private static String role(String name) {
        return "{\"name\":" + name + ",\"flavor\":\"write\",\"cluster_id\":\"" + CLUSTER_ID + "\",\"password\":\""
                + PASSWORD + "\",\"uri\":\"" + URI + "\"}";
    }

    private static void assertHidesSecrets(String text) {
        for (String secret : SECRETS) {
            assertThat(text).doesNotContain(secret);
        }
    }

    @Test
    void noLogLineMessageOrBodyShowsTheKeyOrARolesSecrets() {
        server.enqueue(json(200, role("\"application\"")));
        server.enqueue(json(200, "{\"roles\":[" + role("\"application\"") + "]}"));
        server.enqueue(json(
                401,
                "{\"code\":\"" + API_KEY + "\",\"message\":\"API key " + API_KEY + " is not valid\",\"request_id\":\""
                        + REQUEST_ID + "\",\"key\":\"" + API_KEY + "\"}"));
        server.enqueue(json(
                409,
                "{\"message\":\"role application exists\",\"request_id\":\"" + REQUEST_ID + "\",\"password\":\""
                        + PASSWORD + "\",\"uri\":\"" + URI + "\"}"));
        server.enqueue(json(200, role("[\"not a name\"]")));

        List<String> lines;
        List<String> traceLines;
        List<String> debugLines;
        PostgresRole role;
        List<PostgresRole> roles;
        UnauthorizedException unauthorized;
        ConflictException conflict;
        ApiDecodingException decoding;
        try (LogCapture logs = LogCapture.http()) {
            ClusterRoles clusterRoles = cb().clusters().roles();
            role = clusterRoles.get(CLUSTER_ID, "application");
            roles = clusterRoles.list(CLUSTER_ID);
            unauthorized = catchThrowableOfType(
                    UnauthorizedException.class, () -> cb().clusters().get(CLUSTER_ID));
            conflict = catchThrowableOfType(ConflictException.class, () -> clusterRoles.get(CLUSTER_ID, "application"));
            decoding =
                    catchThrowableOfType(ApiDecodingException.class, () -> clusterRoles.get(CLUSTER_ID, "application"));
            lines = logs.messages();
            traceLines = logs.messagesAt(Level.FINER);
            debugLines = logs.messagesAt(Level.FINE);
        }

        // The values reach the caller, and nothing else.
        assertThat(role.password()).contains(PASSWORD);
        assertThat(role.uri()).contains(URI);
        assertThat(roles).singleElement().satisfies(r -> assertThat(r.password())
                .contains(PASSWORD));
        assertHidesSecrets(role.toString());
        assertHidesSecrets(roles.toString());

        // Every call was logged, bodies included, so the checks below look at real lines.
        assertThat(debugLines).hasSizeGreaterThanOrEqualTo(5);
        assertThat(traceLines)
                .anySatisfy(line -> assertThat(line).contains("response body").contains("\"password\":\"****\""))
                .anySatisfy(line -> assertThat(line).contains("error body").contains("API key **** is not valid"));
        assertThat(lines).allSatisfy(LogRedactionTest::assertHidesSecrets);

        for (ApiResponseException e : List.of(unauthorized, conflict)) {
            assertHidesSecrets(e.getMessage());
            assertHidesSecrets(e.toString());
            assertHidesSecrets(e.responseBody());
            assertHidesSecrets(e.errorMessage().orElse(""));
            assertHidesSecrets(e.errorCode().orElse(""));
            assertHidesSecrets(String.valueOf(e.headers()));
        }
        assertThat(unauthorized.errorMessage()).contains("API key **** is not valid");
        assertThat(unauthorized.responseBody()).contains("\"key\":\"****\"");
        assertThat(conflict.responseBody()).contains("\"password\":\"****\"").contains("\"uri\":\"****\"");
        assertHidesSecrets(decoding.getMessage());
        assertHidesSecrets(decoding.toString());
        assertThat(decoding.getMessage())
                .as("a role read is sensitive in the spec: its body is withheld, not only masked")
                .contains("not a valid PostgresRole")
                .contains("(body withheld: the answer carries a secret)");
        assertThat(server.getRequestCount()).isEqualTo(5);
    }
}
