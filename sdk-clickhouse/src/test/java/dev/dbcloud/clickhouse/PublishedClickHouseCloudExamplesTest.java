package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.ORG;
import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.testing.Published;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ClickHouse Cloud services, organizations and backups bodies the vendor publishes (fixtures under {@code
 * published/clickhouse/}, each naming its source): the API reference pages' request and response examples, the
 * sample responses of the services reference (seeds 001 and 002) and the {@code example} values of the vendored
 * spec. Requests built with the SDK's builders go out as the JSON tree printed; responses decode whole and with any
 * one field removed but those the SDK cannot work without ({@link #REQUIRED}).
 *
 * <p>Exceptions, each with its reason:
 *
 * <ul>
 *   <li>{@code seed-older-create-service.json}: the older services reference prints the create result with only
 *       {@code password} (its Response Schema names {@code service} with no type). The SDK needs {@code
 *       service.id}: every later call and the waiters take it, so that body is refused with an {@link
 *       ApiDecodingException}, tested below.
 * </ul>
 */
class PublishedClickHouseCloudExamplesTest extends ClientTest {
    private static final String DIR = "/published/clickhouse/";

    /**
     * The fields the SDK cannot work without: ids (every call takes one), a service's {@code state} (its waiters read
     * it) and a tag's {@code key} (a tag is its key: {@link Tag#key()} says why).
     */
    private static final Set<String> REQUIRED = Set.of(
            "id",
            "state",
            "[].id",
            "[].state",
            "[].privateEndpoints[].id",
            "[].byocConfig[].id",
            "privateEndpoints[].id",
            "byocConfig[].id",
            "service",
            "service.id",
            "service.state",
            "tags[].key");

    /** The models that need none of {@link #REQUIRED}: even their {@code id} may be left out. */
    private static final Set<String> WITHOUT_ID =
            Set.of("ServiceQueryEndpoint", "PrivateEndpointConfig", "BackupConfiguration", "ResetPasswordResult");

    private static JsonNode fixture(String name) {
        return Published.fixture(DIR + name);
    }

    /** The fixture's request tree. */
    private static JsonNode request(String name) {
        return fixture(name).get("request");
    }

    /** The printed body, without the success envelope when the page printed one (the dialect's business). */
    private static JsonNode result(JsonNode doc) {
        JsonNode response = doc.get("response");
        return response.has("requestId") && response.has("result") ? response.get("result") : response;
    }

    @Test
    void theDocumentedServiceCreateGoesOutAsPrinted() throws Exception {
        server.enqueue(ok("{\"service\":" + Cloud.fixture("service.json") + ",\"password\":\"p\"}"));
        @SuppressWarnings("deprecation")
        CreateServiceParams params = CreateServiceParams.builder()
                .name("<string>")
                .provider(CloudProvider.AWS)
                .region(CloudRegion.AP_NORTHEAST_1)
                .tier(ServiceTier.DEVELOPMENT)
                .addIpAccessList(IpAccessEntry.builder()
                        .source("<string>")
                        .description("<string>")
                        .build())
                .minTotalMemoryGb(48)
                .maxTotalMemoryGb(360)
                .minReplicaMemoryGb(16)
                .maxReplicaMemoryGb(120)
                .numReplicas(3)
                .idleScaling(true)
                .idleTimeoutMinutes(123)
                .isReadonly(true)
                .dataWarehouseId("<string>")
                .backupId("3c90c3cc-0d44-4b50-8888-8dd25736052a")
                .encryptionKey("<string>")
                .encryptionAssumedRoleIdentifier("<string>")
                .addPrivateEndpointIds("<string>")
                .privatePreviewTermsChecked(true)
                .releaseChannel(ReleaseChannel.SLOW)
                .byocId("<string>")
                .hasTransparentDataEncryption(true)
                .addEndpoints(EndpointChange.builder()
                        .protocol(EndpointProtocol.MYSQL)
                        .enabled(true)
                        .build())
                .profile(ServiceProfile.V1_DEFAULT)
                .complianceType(ComplianceType.HIPAA)
                .build();
        ch.services().create(params);
        assertThat(body(cloud.expect("POST", "/v1/organizations/" + ORG + "/services")))
                .isEqualTo(request("docs-create-service.json"));
    }

    @Test
    @SuppressWarnings("deprecation")
    void theSpecsCreateExampleGoesOutAsPrinted() throws Exception {
        server.enqueue(ok("{\"service\":" + Cloud.fixture("service.json") + ",\"password\":\"p\"}"));
        ch.services()
                .create(CreateServiceParams.builder()
                        .name("analytics")
                        .provider(CloudProvider.AWS)
                        .region(CloudRegion.US_EAST_1)
                        .minTotalMemoryGb(48)
                        .maxTotalMemoryGb(360)
                        .autoscalingMode(AutoscalingMode.VERTICAL)
                        .minReplicaMemoryGb(16)
                        .maxReplicaMemoryGb(120)
                        .numReplicas(3)
                        .addTags(Tag.builder()
                                .key("Environment")
                                .value("staging")
                                .build())
                        .build());
        assertThat(body(cloud.expect("POST", "/v1/organizations/" + ORG + "/services")))
                .isEqualTo(request("spec-create-service.json"));
    }

    @Test
    void theSpecsScalingExamplesGoOutAsPrinted() throws Exception {
        server.enqueue(ok(Cloud.fixture("service.json")));
        ch.services()
                .updateReplicaScaling(
                        SERVICE_ID,
                        UpdateReplicaScalingParams.builder()
                                .minReplicaMemoryGb(16)
                                .maxReplicaMemoryGb(120)
                                .autoscalingMode(AutoscalingMode.VERTICAL)
                                .numReplicas(3)
                                .build());
        assertThat(body(cloud.expect("PATCH", servicePath("/replicaScaling"))))
                .isEqualTo(request("spec-replica-scaling.json"));

        server.enqueue(ok(Cloud.fixture("service.json")));
        ch.services()
                .updateReplicaScaling(
                        SERVICE_ID,
                        UpdateReplicaScalingParams.builder()
                                .autoscalingMode(AutoscalingMode.HORIZONTAL)
                                .minReplicas(1)
                                .maxReplicas(5)
                                .build());
        assertThat(body(cloud.expect("PATCH", servicePath("/replicaScaling"))))
                .isEqualTo(request("spec-replica-scaling-horizontal.json"));

        server.enqueue(ok(Cloud.fixture("service.json")));
        @SuppressWarnings("deprecation")
        UpdateScalingParams legacy = UpdateScalingParams.builder()
                .minTotalMemoryGb(48)
                .maxTotalMemoryGb(360)
                .numReplicas(3)
                .build();
        ch.services().updateScaling(SERVICE_ID, legacy);
        assertThat(body(cloud.expect("PATCH", servicePath("/scaling")))).isEqualTo(request("spec-scaling.json"));
    }

    @Test
    void theSpecsUpdateExampleGoesOutAsPrinted() throws Exception {
        server.enqueue(ok(Cloud.fixture("service.json")));
        ch.services()
                .update(
                        SERVICE_ID,
                        UpdateServiceParams.builder()
                                .tags(TagChanges.builder()
                                        .addAdd(Tag.builder()
                                                .key("Environment")
                                                .value("staging")
                                                .build())
                                        .build())
                                .addEndpoints(EndpointChange.builder()
                                        .protocol(EndpointProtocol.MYSQL)
                                        .enabled(true)
                                        .build())
                                .build());
        assertThat(body(cloud.expect("PATCH", servicePath("")))).isEqualTo(request("spec-update-service.json"));
    }

    @Test
    void theSpecsTagFilterExampleGoesOutAsPrinted() throws Exception {
        server.enqueue(ok("[]"));
        ch.services()
                .list(ListServicesParams.builder()
                        .putTags("Environment", "Production")
                        .putTags("Department", "Engineering")
                        .addTagKeys("isActive")
                        .build());
        RecordedRequest request = cloud.expect("GET", "/v1/organizations/" + ORG + "/services");
        List<String> printed =
                Published.decodeEach(fixture("spec-list-services-filter.json").get("query"), String.class);
        assertThat(request.getUrl().queryParameterValues("filter")).isEqualTo(printed);
    }

    static Stream<String> responses() {
        return Stream.of(
                "docs-list-services.json",
                "docs-list-backups.json",
                "docs-list-organizations.json",
                "docs-organization-sparse.json",
                "seed-service.json",
                "seed-create-service.json",
                "seed-private-endpoint-config.json",
                "seed-query-endpoint.json",
                "seed-reset-password.json",
                "seed-private-endpoint.json",
                "seed-backup.json",
                "seed-backup-configuration.json",
                "seed-older-service.json",
                "spec-service.json");
    }

    private static final Map<String, Consumer<JsonNode>> DECODERS = Map.ofEntries(
            Map.entry("ServiceList", body -> Published.decodeEach(body, Service.class)),
            Map.entry("BackupList", body -> Published.decodeEach(body, Backup.class)),
            Map.entry("OrganizationList", body -> Published.decodeEach(body, Organization.class)),
            Map.entry("Organization", body -> Published.decode(body, Organization.class)),
            Map.entry("Service", body -> Published.decode(body, Service.class)),
            Map.entry("CreatedService", body -> Published.decode(body, CreatedService.class)),
            Map.entry("PrivateEndpointConfig", body -> Published.decode(body, PrivateEndpointConfig.class)),
            Map.entry("ServiceQueryEndpoint", body -> Published.decode(body, ServiceQueryEndpoint.class)),
            Map.entry("ResetPasswordResult", body -> Published.decode(body, ResetPasswordResult.class)),
            Map.entry("PrivateEndpoint", body -> Published.decode(body, PrivateEndpoint.class)),
            Map.entry("Backup", body -> Published.decode(body, Backup.class)),
            Map.entry("BackupConfiguration", body -> Published.decode(body, BackupConfiguration.class)));

    @ParameterizedTest
    @MethodSource("responses")
    void everyPublishedResponseDecodesWholeAndWithAnyOneFieldRemoved(String name) {
        JsonNode doc = fixture(name);
        Consumer<JsonNode> decode = DECODERS.get(doc.get("type").asText());
        JsonNode body = result(doc);
        decode.accept(body);
        Set<String> required = WITHOUT_ID.contains(doc.get("type").asText()) ? Set.of() : REQUIRED;
        for (Published.Variant variant : Published.withOneFieldRemoved(body, required)) {
            assertThatCode(() -> decode.accept(variant.body()))
                    .as(name + " " + variant)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void theRequiredFieldsAreTheOnlyOnesThatFail() {
        JsonNode service = result(fixture("seed-service.json"));
        for (String field : List.of("id", "state")) {
            JsonNode without = service.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) without).remove(field);
            assertThatThrownBy(() -> Published.decode(without, Service.class))
                    .as(field)
                    .hasStackTraceContaining("[" + field + "]");
        }
    }

    @Test
    void aPublishedListReadsThroughTheClientWithTheValuesPrinted() {
        server.enqueue(
                json(200, fixture("docs-list-services.json").get("response").toString()));
        Service service = ch.services().list().get(0);
        assertThat(service.id()).isEqualTo("3c90c3cc-0d44-4b50-8888-8dd25736052a");
        assertThat(service.state()).isEqualTo(ServiceState.STARTING);
        assertThat(service.createdAt()).contains(Instant.parse("2023-11-07T05:31:56Z"));
        assertThat(service.endpoints()).singleElement().satisfies(e -> assertThat(e.port())
                .contains(123));

        server.enqueue(json(
                200, fixture("docs-organization-sparse.json").get("response").toString()));
        Organization org = ch.organizations().get(ORG);
        assertThat(org.byocConfig()).singleElement().satisfies(byoc -> {
            assertThat(byoc.id()).isEqualTo("<string>");
            assertThat(byoc.state()).isEmpty();
        });
        assertThat(org.privateEndpoints()).singleElement().satisfies(pe -> assertThat(pe.cloudProvider())
                .isEmpty());

        server.enqueue(
                json(200, fixture("docs-list-backups.json").get("response").toString()));
        Backup backup = ch.backups().list(SERVICE_ID).get(0);
        assertThat(backup.bucket().orElseThrow().bucketProvider()).contains(BucketProvider.AWS);
    }

    @Test
    void sampleValuesTheSdkDoesNotKnowStayReadable() {
        PrivateEndpoint endpoint =
                Published.decode(result(fixture("seed-private-endpoint.json")), PrivateEndpoint.class);
        assertThat(endpoint.cloudProvider().orElseThrow().isKnown()).isFalse();
        assertThat(endpoint.cloudProvider().orElseThrow().value()).isEqualTo("string");
        Service older = Published.decode(result(fixture("seed-older-service.json")), Service.class);
        assertThat(older.isPrimary()).contains(true);
        assertThat(older.state().isKnown()).isFalse();
    }

    @Test
    void theOlderCreateSampleWithoutTheServiceIsTheOneException() {
        JsonNode doc = fixture("seed-older-create-service.json");
        assertThatThrownBy(() -> Published.decode(result(doc), CreatedService.class))
                .hasStackTraceContaining("[service]");
        server.enqueue(json(200, "{\"status\":200,\"requestId\":\"r-1\",\"result\":" + result(doc) + "}"));
        assertThatThrownBy(() -> ch.services()
                        .create(CreateServiceParams.builder()
                                .name("x")
                                .provider(CloudProvider.AWS)
                                .region(CloudRegion.US_EAST_1)
                                .build()))
                .isInstanceOf(ApiDecodingException.class);
    }
}
