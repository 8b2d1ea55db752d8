package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static dev.dbcloud.clickhouse.Pipes.ENDPOINT_ID;
import static dev.dbcloud.clickhouse.Pipes.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.clickpipes.CreateReversePrivateEndpointParams;
import dev.dbcloud.clickhouse.clickpipes.CustomPrivateDnsMapping;
import dev.dbcloud.clickhouse.clickpipes.MskAuthentication;
import dev.dbcloud.clickhouse.clickpipes.ReversePrivateEndpoint;
import dev.dbcloud.clickhouse.clickpipes.ReversePrivateEndpointStatus;
import dev.dbcloud.clickhouse.clickpipes.ReversePrivateEndpointType;
import dev.dbcloud.clickhouse.clickpipes.ReversePrivateEndpoints;
import dev.dbcloud.clickhouse.clickpipes.UpdateReversePrivateEndpointParams;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.errors.WaitFailedException;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ReversePrivateEndpointsTest extends ClientTest {
    private static final String PATH = servicePath("/clickpipesReversePrivateEndpoints");

    private static MockResponse endpointIn(String status) {
        return ok(fixture("reverse-private-endpoint.json").replace("\"Ready\"", "\"" + status + "\""));
    }

    private ReversePrivateEndpoints endpoints() {
        return ch.clickPipes(Cloud.SERVICE_ID).reversePrivateEndpoints();
    }

    @Test
    void listParsesEveryField() throws Exception {
        server.enqueue(ok("[" + fixture("reverse-private-endpoint.json") + "]"));
        List<ReversePrivateEndpoint> all = endpoints().list();
        cloud.expect("GET", PATH);
        ReversePrivateEndpoint e = all.get(0);
        assertThat(e.id()).isEqualTo(ENDPOINT_ID);
        assertThat(e.serviceId()).contains(Cloud.SERVICE_ID);
        assertThat(e.description()).contains("My reverse private endpoint");
        assertThat(e.type()).contains(ReversePrivateEndpointType.VPC_ENDPOINT_SERVICE);
        assertThat(e.vpcEndpointServiceName()).contains("com.amazonaws.vpce.us-east-1.vpce-svc-12345678901234567");
        assertThat(e.mskClusterArn()).isEmpty();
        assertThat(e.mskAuthentication()).isEmpty();
        assertThat(e.customPrivateDnsMappings())
                .containsExactly(
                        CustomPrivateDnsMapping.of("my-service.example.com"),
                        CustomPrivateDnsMapping.of("*.example.com"));
        assertThat(e.endpointId()).contains("vpce-12345678901234567");
        assertThat(e.dnsNames()).hasSize(1);
        assertThat(e.privateDnsNames()).hasSize(1);
        assertThat(e.status()).contains(ReversePrivateEndpointStatus.READY);
    }

    @Test
    void createSendsOnlyWhatWasSet() throws Exception {
        server.enqueue(endpointIn("Provisioning"));
        ReversePrivateEndpoint created = endpoints()
                .create(CreateReversePrivateEndpointParams.builder()
                        .description("orders MSK")
                        .type(ReversePrivateEndpointType.MSK_MULTI_VPC)
                        .mskClusterArn("arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster")
                        .mskAuthentication(MskAuthentication.SASL_IAM)
                        .build());
        assertThat(body(cloud.expect("POST", PATH)))
                .isEqualTo(tree("{\"description\":\"orders MSK\",\"type\":\"MSK_MULTI_VPC\","
                        + "\"mskClusterArn\":\"arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster\","
                        + "\"mskAuthentication\":\"SASL_IAM\"}"));
        assertThat(created.status()).contains(ReversePrivateEndpointStatus.PROVISIONING);
    }

    @Test
    void getUpdateAndDelete() throws Exception {
        server.enqueue(endpointIn("PendingAcceptance"));
        server.enqueue(endpointIn("Ready"));
        server.enqueue(endpointIn("Ready"));
        server.enqueue(endpointIn("Ready"));
        server.enqueue(okEmpty());
        assertThat(endpoints().get(ENDPOINT_ID).status()).contains(ReversePrivateEndpointStatus.PENDING_ACCEPTANCE);
        cloud.expect("GET", PATH + "/" + ENDPOINT_ID);

        endpoints()
                .update(
                        ENDPOINT_ID,
                        UpdateReversePrivateEndpointParams.of(List.of(CustomPrivateDnsMapping.of("*.example.com"))));
        assertThat(body(cloud.expect("PATCH", PATH + "/" + ENDPOINT_ID)))
                .isEqualTo(tree("{\"customPrivateDnsMappings\":[{\"privateDnsName\":\"*.example.com\"}]}"));

        endpoints().update(ENDPOINT_ID, UpdateReversePrivateEndpointParams.clearingAll());
        assertThat(body(cloud.expect("PATCH", PATH + "/" + ENDPOINT_ID)))
                .isEqualTo(tree("{\"customPrivateDnsMappings\":[]}"));
        endpoints()
                .update(
                        ENDPOINT_ID,
                        UpdateReversePrivateEndpointParams.builder()
                                .customPrivateDnsMappings(List.of())
                                .build());
        assertThat(body(cloud.expect("PATCH", PATH + "/" + ENDPOINT_ID)))
                .isEqualTo(tree("{\"customPrivateDnsMappings\":[]}"));

        endpoints().delete(ENDPOINT_ID);
        cloud.expect("DELETE", PATH + "/" + ENDPOINT_ID);
    }

    @Test
    void unknownTypesAndStatusesSurvive() {
        server.enqueue(ok(fixture("reverse-private-endpoint.json")
                .replace("\"Ready\"", "\"Migrating\"")
                .replace("\"VPC_ENDPOINT_SERVICE\"", "\"AZURE_PRIVATE_LINK\"")));
        ReversePrivateEndpoint e = endpoints().get(ENDPOINT_ID);
        assertThat(e.status().orElseThrow().isKnown()).isFalse();
        assertThat(e.status().orElseThrow().value()).isEqualTo("Migrating");
        assertThat(e.type().orElseThrow().value()).isEqualTo("AZURE_PRIVATE_LINK");
    }

    @Test
    void waitUntilProvisionedPollsUntilTheStatusChanges() throws Exception {
        server.enqueue(endpointIn("Provisioning"));
        server.enqueue(endpointIn("PendingAcceptance"));
        assertThat(endpoints()
                        .waitUntilProvisioned(ENDPOINT_ID, Duration.ofMinutes(10))
                        .status())
                .contains(ReversePrivateEndpointStatus.PENDING_ACCEPTANCE);
        assertThat(cloud.time.sleeps()).containsExactly(Duration.ofSeconds(5));
        server.enqueue(endpointIn("Failed"));
        assertThatThrownBy(() -> endpoints().waitUntilProvisioned(ENDPOINT_ID, Duration.ofMinutes(10)))
                .isInstanceOf(WaitFailedException.class)
                .hasMessageContaining("status Failed");
    }

    @Test
    void waitUntilProvisionedKeepsPollingOnUnknownOrMissingStatusesAndSucceedsOnReady() throws Exception {
        server.enqueue(endpointIn("Provisioning"));
        server.enqueue(endpointIn("Unknown"));
        server.enqueue(endpointIn("Migrating"));
        server.enqueue(ok(fixture("reverse-private-endpoint.json").replace("\"status\": \"Ready\"", "\"x\": 1")));
        server.enqueue(endpointIn("Ready"));
        assertThat(endpoints()
                        .waitUntilProvisioned(ENDPOINT_ID, Duration.ofMinutes(10))
                        .status())
                .contains(ReversePrivateEndpointStatus.READY);
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void waitUntilProvisionedFailsFastOnEveryDeadEnd() {
        for (String status : List.of("Failed", "Rejected", "Expired", "Deleting")) {
            server.enqueue(endpointIn(status));
            assertThatThrownBy(() -> endpoints().waitUntilProvisioned(ENDPOINT_ID, Duration.ofMinutes(10)))
                    .isInstanceOf(WaitFailedException.class)
                    .hasMessageContaining("status " + status);
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(cloud.time.sleeps()).isEmpty();
    }

    @Test
    void anUpdateMustSayWhatTheNamesBecome() {
        assertThatThrownBy(() -> UpdateReversePrivateEndpointParams.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customPrivateDnsMappings must be set");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void createsFollowTheSpecsRulesPerType() {
        CreateReversePrivateEndpointParams.Builder vpcResource = CreateReversePrivateEndpointParams.builder()
                .description("rds")
                .type(ReversePrivateEndpointType.VPC_RESOURCE)
                .vpcResourceConfigurationId("rcfg-12345678901234567");
        assertThatThrownBy(vpcResource::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vpcResourceShareArn is required for type VPC_RESOURCE");
        assertThat(vpcResource
                        .vpcResourceShareArn("arn:aws:ram:us-east-1:123456789012:resource-share/share-1")
                        .build()
                        .type())
                .isEqualTo(ReversePrivateEndpointType.VPC_RESOURCE);
        assertThatThrownBy(() -> CreateReversePrivateEndpointParams.builder()
                        .description("msk")
                        .type(ReversePrivateEndpointType.MSK_MULTI_VPC)
                        .mskClusterArn("arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mskAuthentication is required for type MSK_MULTI_VPC");
        assertThatThrownBy(() -> CreateReversePrivateEndpointParams.builder()
                        .description("msk")
                        .type(ReversePrivateEndpointType.MSK_MULTI_VPC)
                        .mskClusterArn("arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster")
                        .mskAuthentication(MskAuthentication.SASL_SCRAM)
                        .addCustomPrivateDnsMappings(CustomPrivateDnsMapping.of("kafka.example.com"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not supported for type MSK_MULTI_VPC");
        assertThatThrownBy(() -> CreateReversePrivateEndpointParams.builder()
                        .description("psc")
                        .type(ReversePrivateEndpointType.GCP_PSC_SERVICE_ATTACHMENT)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gcpServiceAttachment is required");
        assertThatThrownBy(() -> CreateReversePrivateEndpointParams.builder()
                        .description("x".repeat(256))
                        .type(ReversePrivateEndpointType.VPC_ENDPOINT_SERVICE)
                        .vpcEndpointServiceName("com.amazonaws.vpce.us-east-1.vpce-svc-1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("description must be at most 255 characters but has 256");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void rawResponses() throws Exception {
        server.enqueue(endpointIn("Ready"));
        server.enqueue(okEmpty());
        ReversePrivateEndpoints.WithRawResponse raw = endpoints().withRawResponse();
        ApiResponse<ReversePrivateEndpoint> got = raw.get(ENDPOINT_ID);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.requestId()).contains("a5957990-dbe5-46fd-b5ce-a7f8f79e50fe");
        assertThat(raw.delete(ENDPOINT_ID).value()).isNull();
        RecordedRequest first = server.takeRequest();
        assertThat(first.getHeaders().get("Authorization")).isEqualTo(Cloud.BASIC);
    }

    @Test
    void idsAreCheckedBeforeSending() {
        assertThatThrownBy(() -> endpoints().delete(".."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpointId");
        assertThatThrownBy(() -> endpoints().waitUntilProvisioned(" ", Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
