package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.ORG;
import static dev.dbcloud.clickhouse.Cloud.fixture;
import static dev.dbcloud.clickhouse.RawResponses.HEADER_REQUEST_ID;
import static dev.dbcloud.clickhouse.RawResponses.REQUEST_ID;
import static dev.dbcloud.clickhouse.RawResponses.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationsRawResponseTest extends ClientTest {

    @Test
    void theRawViewIsOneInstance() {
        assertThat(ch.organizations().withRawResponse())
                .isSameAs(ch.organizations().withRawResponse());
    }

    @Test
    void listAndGetKeepStatusHeadersAndTheEnvelopeRequestId() throws Exception {
        server.enqueue(answer(200, "[" + fixture("organization.json") + "]"));
        server.enqueue(answer(200, fixture("organization.json")));
        Organizations.WithRawResponse raw = ch.organizations().withRawResponse();

        ApiResponse<List<Organization>> listed = raw.list();
        ApiResponse<Organization> got = raw.withOptions(
                        RequestOptions.builder().header("X-Trace", "org-1").build())
                .get(ORG);

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.requestId()).contains(REQUEST_ID);
        assertThat(listed.header("X-Request-Id")).contains(HEADER_REQUEST_ID);
        assertThat(listed.value()).extracting(Organization::id).containsExactly(ORG);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.requestId()).contains(REQUEST_ID);
        assertThat(got.header("X-RateLimit-Remaining")).contains("41");
        assertThat(got.value().name()).contains("Acme");
        cloud.expect("GET", "/v1/organizations");
        assertThat(cloud.expect("GET", "/v1/organizations/" + ORG).getHeaders().get("X-Trace"))
                .isEqualTo("org-1");
    }

    @Test
    void badIdsAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> ch.organizations().withRawResponse().get(".."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organizationId");
        assertThatThrownBy(() -> ch.organizations().withRawResponse().withOptions(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("options == null");
        assertThat(server.getRequestCount()).isZero();
    }
}
