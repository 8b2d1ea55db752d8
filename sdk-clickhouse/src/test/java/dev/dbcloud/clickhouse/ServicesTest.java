package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.ORG;
import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.fixture;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.ServerException;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ServicesTest extends ClientTest {
    @Test
    void listSendsOneFilterPerTag() throws Exception {
        server.enqueue(ok("[" + fixture("service.json") + "," + fixture("service-older.json") + "]"));
        List<Service> services = ch.services()
                .list(ListServicesParams.builder()
                        .putTags("env", "prod")
                        .putTags("team", "data eng")
                        .addTagKeys("isActive")
                        .build());
        RecordedRequest request = cloud.expect("GET", "/v1/organizations/" + ORG + "/services");
        assertThat(request.getUrl().queryParameterValues("filter"))
                .containsExactly("tag:env=prod", "tag:team=data eng", "tag:isActive");
        assertThat(services).extracting(s -> s.name().orElseThrow()).containsExactly("analytics", "legacy");
        assertThat(services.get(1).isPrimary()).contains(true);
    }

    @Test
    void listWithoutFiltersSendsNoQuery() throws Exception {
        server.enqueue(ok("[]"));
        assertThat(ch.services().list()).isEmpty();
        assertThat(cloud.expect("GET", "/v1/organizations/" + ORG + "/services")
                        .getUrl()
                        .querySize())
                .isZero();
    }

    @Test
    void createSendsOnlyWhatWasSetAndReturnsTheOneTimePassword() throws Exception {
        server.enqueue(ok("{\"service\":" + fixture("service.json").replace("\"running\"", "\"provisioning\"")
                + ",\"password\":\"Gen3rated-Pa55\"}"));
        CreatedService created = ch.services()
                .create(CreateServiceParams.builder()
                        .name("analytics")
                        .provider(CloudProvider.AWS)
                        .region(CloudRegion.US_EAST_1)
                        .addIpAccessList(IpAccessEntry.builder()
                                .source("203.0.113.0/24")
                                .description("office")
                                .build())
                        .minReplicaMemoryGb(8)
                        .maxReplicaMemoryGb(16)
                        .numReplicas(3)
                        .idleScaling(false)
                        .idleTimeoutMinutes(15)
                        .isReadonly(false)
                        .dataWarehouseId("dw-1")
                        .backupId("9c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5")
                        .encryptionKey("arn:key")
                        .encryptionAssumedRoleIdentifier("arn:role")
                        .privatePreviewTermsChecked(true)
                        .releaseChannel(ReleaseChannel.FAST)
                        .byocId("byoc-1")
                        .hasTransparentDataEncryption(true)
                        .addEndpoints(EndpointChange.builder()
                                .protocol(EndpointProtocol.MYSQL)
                                .enabled(true)
                                .build())
                        .profile(ServiceProfile.V1_HIGHMEM_XS)
                        .complianceType(ComplianceType.PCI)
                        .addTags(Tag.builder().key("env").value("prod").build())
                        .enableCoreDumps(false)
                        .autoscalingMode(AutoscalingMode.VERTICAL)
                        .build());
        RecordedRequest request = cloud.expect("POST", "/v1/organizations/" + ORG + "/services");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request))
                .isEqualTo(tree("{\"name\":\"analytics\",\"provider\":\"aws\",\"region\":\"us-east-1\","
                        + "\"ipAccessList\":[{\"source\":\"203.0.113.0/24\",\"description\":\"office\"}],"
                        + "\"autoscalingMode\":\"vertical\",\"minReplicaMemoryGb\":8,\"maxReplicaMemoryGb\":16,"
                        + "\"numReplicas\":3,\"idleScaling\":false,\"idleTimeoutMinutes\":15,\"isReadonly\":false,"
                        + "\"dataWarehouseId\":\"dw-1\",\"backupId\":\"9c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5\","
                        + "\"encryptionKey\":\"arn:key\",\"encryptionAssumedRoleIdentifier\":\"arn:role\","
                        + "\"privatePreviewTermsChecked\":true,\"releaseChannel\":\"fast\",\"byocId\":\"byoc-1\","
                        + "\"hasTransparentDataEncryption\":true,\"endpoints\":[{\"protocol\":\"mysql\","
                        + "\"enabled\":true}],\"profile\":\"v1-highmem-xs\",\"complianceType\":\"pci\","
                        + "\"tags\":[{\"key\":\"env\",\"value\":\"prod\"}],\"enableCoreDumps\":false}"));
        assertThat(created.service().state()).isEqualTo(ServiceState.PROVISIONING);
        assertThat(created.password()).contains("Gen3rated-Pa55");
        assertThat(created.toString()).doesNotContain("Gen3rated-Pa55").contains("****");
    }

    @Test
    @SuppressWarnings("deprecation")
    void createWithOnlyTheRequiredFieldsAndTheDeprecatedOnes() throws Exception {
        server.enqueue(ok("{\"service\":" + fixture("service.json") + ",\"password\":\"p\"}"));
        ch.services()
                .create(CreateServiceParams.builder()
                        .name("dev")
                        .provider(CloudProvider.GCP)
                        .region(CloudRegion.EUROPE_WEST4)
                        .tier(ServiceTier.DEVELOPMENT)
                        .minTotalMemoryGb(24)
                        .maxTotalMemoryGb(48)
                        .addPrivateEndpointIds("pe-1")
                        .build());
        assertThat(body(cloud.expect("POST", "/v1/organizations/" + ORG + "/services")))
                .isEqualTo(tree("{\"name\":\"dev\",\"provider\":\"gcp\",\"region\":\"europe-west4\","
                        + "\"tier\":\"development\",\"minTotalMemoryGb\":24,\"maxTotalMemoryGb\":48,"
                        + "\"privateEndpointIds\":[\"pe-1\"]}"));
    }

    @Test
    void createRefusesBadInputBeforeSending() {
        assertThatThrownBy(() -> CreateServiceParams.builder()
                        .name("")
                        .provider(CloudProvider.AWS)
                        .region(CloudRegion.US_EAST_1)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be empty (spec: minLength 1)");
        assertThatThrownBy(() -> CreateServiceParams.builder()
                        .name("x")
                        .provider(CloudProvider.AWS)
                        .region(CloudRegion.US_EAST_1)
                        .numReplicas(3)
                        .minReplicas(2)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numReplicas");
        assertThatThrownBy(() -> CreateServiceParams.builder().name("x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("provider");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    @SuppressWarnings("deprecation")
    void getParsesEveryFieldOfTheCurrentReference() throws Exception {
        server.enqueue(ok(fixture("service.json")));
        Service s = ch.services().get(SERVICE_ID);
        cloud.expect("GET", servicePath(""));
        assertThat(s.id()).isEqualTo(SERVICE_ID);
        assertThat(s.provider()).contains(CloudProvider.AWS);
        assertThat(s.region()).contains(CloudRegion.US_EAST_1);
        assertThat(s.state()).isEqualTo(ServiceState.RUNNING);
        assertThat(s.clickhouseVersion()).contains("25.6.1.1");
        assertThat(s.endpoints()).hasSize(3);
        assertThat(s.endpoints().get(0).protocol()).contains(EndpointProtocol.HTTPS);
        assertThat(s.endpoints().get(0).port()).contains(8443);
        assertThat(s.endpoints().get(0).username()).isEmpty();
        assertThat(s.endpoints().get(2).username()).contains("7f4e9b5c_default");
        assertThat(s.tier()).contains(ServiceTier.PRODUCTION);
        assertThat(s.minTotalMemoryGb()).contains(24);
        assertThat(s.maxTotalMemoryGb()).contains(48);
        assertThat(s.minReplicaMemoryGb()).contains(8);
        assertThat(s.maxReplicaMemoryGb()).contains(16);
        assertThat(s.numReplicas()).contains(3);
        assertThat(s.minReplicas()).contains(3);
        assertThat(s.maxReplicas()).contains(3);
        assertThat(s.autoscalingMode()).contains(AutoscalingMode.VERTICAL);
        assertThat(s.replicaMemoryGb()).isEmpty();
        assertThat(s.idleScaling()).contains(true);
        assertThat(s.idleTimeoutMinutes()).contains(15);
        assertThat(s.ipAccessList())
                .containsExactly(IpAccessEntry.builder()
                        .source("203.0.113.0/24")
                        .description("office")
                        .build());
        assertThat(s.createdAt()).contains(java.time.Instant.parse("2026-03-01T10:15:30Z"));
        assertThat(s.encryptionKey()).contains("arn:aws:kms:us-east-1:123456789012:key/abcd");
        assertThat(s.encryptionAssumedRoleIdentifier()).contains("arn:aws:iam::123456789012:role/ch-encrypt");
        assertThat(s.iamRole()).contains("arn:aws:iam::111111111111:role/CH-S3-abc123");
        assertThat(s.privateEndpointIds()).containsExactly("vpce-0123456789abcdef0");
        assertThat(s.availablePrivateEndpointIds()).hasSize(2);
        assertThat(s.dataWarehouseId()).contains("dw-1");
        assertThat(s.isPrimary()).contains(true);
        assertThat(s.isReadonly()).contains(false);
        assertThat(s.releaseChannel()).contains(ReleaseChannel.DEFAULT);
        assertThat(s.byocId()).contains("byoc-1");
        assertThat(s.hasTransparentDataEncryption()).contains(false);
        assertThat(s.profile()).contains(ServiceProfile.V1_DEFAULT);
        assertThat(s.transparentDataEncryptionKeyId()).contains("tde-key-1");
        assertThat(s.encryptionRoleId()).contains("arn:aws:iam::123456789012:role/tde");
        assertThat(s.complianceType()).contains(ComplianceType.HIPAA);
        assertThat(s.tags())
                .containsExactly(
                        Tag.builder().key("env").value("prod").build(),
                        Tag.builder().key("team").build());
        assertThat(s.enableCoreDumps()).contains(false);
        ScalingSchedule schedule = s.scalingSchedule().orElseThrow();
        assertThat(schedule.activeEntryId()).contains("5b1c6f0e-0000-4000-8000-000000000001");
        ScalingScheduleEntry entry = schedule.entries().get(0);
        assertThat(entry.weekdays()).containsExactly(1, 2, 3, 4, 5);
        assertThat(entry.startHourUtc()).contains(8);
        assertThat(entry.endHourUtc()).contains(18);
        assertThat(entry.autoscalingMode()).contains(AutoscalingMode.HORIZONTAL);
        assertThat(entry.maxReplicas()).contains(6);
        assertThat(entry.isActiveNow()).contains(true);
        assertThat(entry.id()).isEqualTo("5b1c6f0e-0000-4000-8000-000000000001");
        assertThat(entry.name()).contains("business hours");
        assertThat(entry.minReplicaMemoryGb()).contains(16);
        assertThat(entry.maxReplicaMemoryGb()).contains(16);
        assertThat(entry.minReplicas()).contains(2);
        assertThat(entry.idleScaling()).contains(false);
        assertThat(entry.idleTimeoutMinutes()).contains(15);
        ScalingSettings base = schedule.baseConfig().orElseThrow();
        assertThat(base.autoscalingMode()).contains(AutoscalingMode.VERTICAL);
        assertThat(base.minReplicaMemoryGb()).contains(8);
        assertThat(base.maxReplicaMemoryGb()).contains(16);
        assertThat(base.minReplicas()).contains(3);
        assertThat(base.maxReplicas()).contains(3);
        assertThat(base.idleScaling()).contains(true);
        assertThat(base.idleTimeoutMinutes()).contains(15);
        assertThat(ScalingScheduleEntry.copyOf(entry).toString()).contains("maxReplicas=6");
        CurrentScaling current = s.currentScaling().orElseThrow();
        assertThat(current.effectiveAutoscalingMode()).contains(AutoscalingMode.HORIZONTAL);
        assertThat(current.effectiveMinReplicaMemoryGb()).contains(16);
        assertThat(current.effectiveMaxReplicas()).contains(6);
        assertThat(current.effectiveIdleScaling()).contains(false);
        assertThat(current.effectiveIdleTimeoutMinutes()).contains(15);
        assertThat(current.activeEntryId()).isPresent();
    }

    @Test
    @SuppressWarnings("deprecation")
    void getToleratesTheOlderReference() throws Exception {
        server.enqueue(ok(fixture("service-older.json")));
        Service s = ch.services().get(SERVICE_ID);
        assertThat(s.isPrimary()).contains(true);
        assertThat(s.isReadonly()).contains(false);
        assertThat(s.idleScaling()).contains(true);
        assertThat(s.state()).isEqualTo(ServiceState.IDLE);
        assertThat(s.tier()).contains(ServiceTier.DEVELOPMENT);
        assertThat(s.privateEndpointIds()).isEmpty();
        assertThat(s.autoscalingMode()).isEmpty();
        assertThat(s.currentScaling()).isEmpty();
        assertThat(s.tags()).isEmpty();
    }

    @Test
    void unknownEnumValuesAreKeptAndWrittenBack() throws Exception {
        server.enqueue(ok(fixture("service.json")
                .replace("\"state\": \"running\"", "\"state\": \"hibernating\"")
                .replace("\"region\": \"us-east-1\"", "\"region\": \"mars-north-1\"")));
        Service s = ch.services().get(SERVICE_ID);
        assertThat(s.state().isKnown()).isFalse();
        assertThat(s.state().value()).isEqualTo("hibernating");
        assertThat(s.region().orElseThrow().value()).isEqualTo("mars-north-1");
        assertThat(dev.dbcloud.core.internal.Json.toTree(s).get("state").asText())
                .isEqualTo("hibernating");
    }

    @Test
    void updateSendsDeltas() throws Exception {
        server.enqueue(ok(fixture("service.json")));
        Service updated = ch.services()
                .update(
                        SERVICE_ID,
                        UpdateServiceParams.builder()
                                .name("analytics-eu")
                                .ipAccessList(IpAccessListChanges.builder()
                                        .addAdd(IpAccessEntry.builder()
                                                .source("198.51.100.7")
                                                .build())
                                        .addRemove(IpAccessEntry.builder()
                                                .source("0.0.0.0/0")
                                                .description("anywhere")
                                                .build())
                                        .build())
                                .privateEndpointIds(PrivateEndpointIdChanges.builder()
                                        .addAdd("vpce-1")
                                        .build())
                                .releaseChannel(ReleaseChannel.SLOW)
                                .addEndpoints(EndpointChange.builder()
                                        .protocol(EndpointProtocol.MYSQL)
                                        .enabled(false)
                                        .build())
                                .transparentDataEncryptionKeyId("tde-2")
                                .tags(TagChanges.builder()
                                        .addRemove(Tag.builder().key("team").build())
                                        .build())
                                .enableCoreDumps(true)
                                .build());
        assertThat(body(cloud.expect("PATCH", servicePath(""))))
                .isEqualTo(tree("{\"name\":\"analytics-eu\",\"ipAccessList\":{\"add\":[{\"source\":\"198.51.100.7\"}],"
                        + "\"remove\":[{\"source\":\"0.0.0.0/0\",\"description\":\"anywhere\"}]},"
                        + "\"privateEndpointIds\":{\"add\":[\"vpce-1\"]},\"releaseChannel\":\"slow\","
                        + "\"endpoints\":[{\"protocol\":\"mysql\",\"enabled\":false}],"
                        + "\"transparentDataEncryptionKeyId\":\"tde-2\",\"tags\":{\"remove\":[{\"key\":\"team\"}]},"
                        + "\"enableCoreDumps\":true}"));
        assertThat(updated.name()).contains("analytics");
    }

    @Test
    void anEmptyUpdateGoesOutAsAskedSinceNothingDocumentsARefusal() throws Exception {
        server.enqueue(ok(fixture("service.json")));
        ch.services().update(SERVICE_ID, UpdateServiceParams.builder().build());
        assertThat(body(cloud.expect("PATCH", servicePath("")))).isEqualTo(tree("{}"));

        server.enqueue(ok(fixture("service.json")));
        ch.services()
                .update(
                        SERVICE_ID,
                        UpdateServiceParams.builder()
                                .ipAccessList(IpAccessListChanges.builder().build())
                                .tags(TagChanges.builder().build())
                                .privateEndpointIds(
                                        PrivateEndpointIdChanges.builder().build())
                                .name(" ")
                                .build());
        assertThat(body(cloud.expect("PATCH", servicePath(""))))
                .isEqualTo(tree("{\"name\":\" \",\"ipAccessList\":{},\"privateEndpointIds\":{},\"tags\":{}}"));
    }

    @Test
    void anEmptyNameIsRefusedAsTheSpecsMinLengthSays() {
        assertThatThrownBy(() -> UpdateServiceParams.builder().name("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be empty (spec: minLength 1)");
    }

    @Test
    void replicaScalingRulesAreCheckedBeforeSending() {
        assertThatThrownBy(() -> UpdateReplicaScalingParams.builder()
                        .numReplicas(3)
                        .maxReplicas(4)
                        .minReplicas(2)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numReplicas");
        assertThatThrownBy(() ->
                        UpdateReplicaScalingParams.builder().minReplicas(2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("together");
        assertThat(UpdateReplicaScalingParams.builder()
                        .idleScaling(true)
                        .build()
                        .idleScaling())
                .contains(true);
    }

    @Test
    void resetPasswordFromAChosenPasswordSendsOnlyHashes() throws Exception {
        server.enqueue(ok("{}"));
        ResetPasswordParams params = ResetPasswordParams.fromPassword("s3cret-Passw0rd");
        ResetPasswordResult result = ch.services().resetPassword(SERVICE_ID, params);
        RecordedRequest request = cloud.expect("PATCH", servicePath("/password"));
        assertThat(request.getBody().utf8()).doesNotContain("s3cret-Passw0rd");
        assertThat(body(request))
                .isEqualTo(tree("{\"newPasswordHash\":\"" + PasswordHashes.sha256Base64("s3cret-Passw0rd")
                        + "\",\"newDoubleSha1Hash\":\"" + PasswordHashes.doubleSha1Hex("s3cret-Passw0rd") + "\"}"));
        assertThat(result.password()).isEmpty();
        assertThat(params.toString()).doesNotContain(PasswordHashes.sha256Base64("s3cret-Passw0rd"));
    }

    @Test
    void resetPasswordGeneratedByTheServer() throws Exception {
        server.enqueue(ok("{\"password\":\"N3w-Generated\"}"));
        ResetPasswordResult result = ch.services().resetPassword(SERVICE_ID, ResetPasswordParams.generated());
        assertThat(body(cloud.expect("PATCH", servicePath("/password")))).isEqualTo(tree("{}"));
        assertThat(result.password()).contains("N3w-Generated");
        assertThat(result.toString()).doesNotContain("N3w-Generated");
    }

    @Test
    void aDoubleSha1HashAloneGoesOutSinceTheApiIgnoresIt() throws Exception {
        server.enqueue(ok("{\"password\":\"N3w-Generated\"}"));
        ResetPasswordResult result = ch.services()
                .resetPassword(
                        SERVICE_ID,
                        ResetPasswordParams.builder().newDoubleSha1Hash("ab").build());
        assertThat(body(cloud.expect("PATCH", servicePath("/password"))))
                .isEqualTo(tree("{\"newDoubleSha1Hash\":\"ab\"}"));
        assertThat(result.password()).contains("N3w-Generated");
    }

    @Test
    void privateEndpointConfig() throws Exception {
        server.enqueue(ok("{\"endpointServiceId\":\"com.amazonaws.vpce.us-east-1.vpce-svc-0123\","
                + "\"privateDnsHostname\":\"abc123.us-east-1.vpce.aws.clickhouse.cloud\"}"));
        PrivateEndpointConfig config = ch.services().privateEndpointConfig(SERVICE_ID);
        cloud.expect("GET", servicePath("/privateEndpointConfig"));
        assertThat(config.endpointServiceId()).contains("com.amazonaws.vpce.us-east-1.vpce-svc-0123");
        assertThat(config.privateDnsHostname()).contains("abc123.us-east-1.vpce.aws.clickhouse.cloud");
    }

    @Test
    void createPrivateEndpoint() throws Exception {
        server.enqueue(ok("{\"id\":\"vpce-1\",\"description\":\"prod\",\"cloudProvider\":\"aws\","
                + "\"region\":\"us-east-1\"}"));
        PrivateEndpoint endpoint = ch.services()
                .createPrivateEndpoint(
                        SERVICE_ID,
                        CreatePrivateEndpointParams.builder()
                                .id("vpce-1")
                                .description("prod")
                                .build());
        assertThat(body(cloud.expect("POST", servicePath("/privateEndpoint"))))
                .isEqualTo(tree("{\"id\":\"vpce-1\",\"description\":\"prod\"}"));
        assertThat(endpoint.cloudProvider()).contains(CloudProvider.AWS);
        assertThat(endpoint.region()).contains(CloudRegion.US_EAST_1);
    }

    @Test
    void queryEndpointGetUpsertDelete() throws Exception {
        String endpoint = "{\"id\":\"qe-1\",\"openApiKeys\":[\"key-1\"],\"roles\":[\"sql_console_read_only\"],"
                + "\"allowedOrigins\":\"example.com,acme.org\"}";
        server.enqueue(ok(endpoint));
        server.enqueue(ok(endpoint));
        server.enqueue(Cloud.okEmpty());
        ServiceQueryEndpoint got = ch.services().queryEndpoint(SERVICE_ID).orElseThrow();
        assertThat(got.roles()).containsExactly(QueryEndpointRole.SQL_CONSOLE_READ_ONLY);
        assertThat(got.openApiKeys()).containsExactly("key-1");
        assertThat(got.allowedOrigins()).contains("example.com,acme.org");
        ServiceQueryEndpoint upserted = ch.services()
                .upsertQueryEndpoint(
                        SERVICE_ID,
                        UpsertQueryEndpointParams.builder()
                                .addRoles(QueryEndpointRole.SQL_CONSOLE_READ_ONLY)
                                .addOpenApiKeys("key-1")
                                .allowedOrigins("example.com,acme.org")
                                .build());
        assertThat(upserted.id()).contains("qe-1");
        ch.services().deleteQueryEndpoint(SERVICE_ID);
        cloud.expect("GET", servicePath("/serviceQueryEndpoint"));
        assertThat(body(cloud.expect("POST", servicePath("/serviceQueryEndpoint"))))
                .isEqualTo(tree("{\"roles\":[\"sql_console_read_only\"],\"openApiKeys\":[\"key-1\"],"
                        + "\"allowedOrigins\":\"example.com,acme.org\"}"));
        cloud.expect("DELETE", servicePath("/serviceQueryEndpoint"));
    }

    @Test
    void anUpsertAlwaysSendsBothListsSoKeysCanBeRevoked() throws Exception {
        server.enqueue(ok("{\"id\":\"qe-1\",\"openApiKeys\":[],\"roles\":[\"sql_console_admin\"]}"));
        ServiceQueryEndpoint upserted = ch.services()
                .upsertQueryEndpoint(
                        SERVICE_ID,
                        UpsertQueryEndpointParams.builder()
                                .addRoles(QueryEndpointRole.SQL_CONSOLE_ADMIN)
                                .build());
        assertThat(upserted.openApiKeys()).isEmpty();
        assertThat(body(cloud.expect("POST", servicePath("/serviceQueryEndpoint"))))
                .isEqualTo(tree("{\"roles\":[\"sql_console_admin\"],\"openApiKeys\":[]}"));
    }

    @Test
    void aMissingQueryEndpointOfAServiceThatExistsIsEmpty() throws Exception {
        server.enqueue(Cloud.notFound());
        server.enqueue(Cloud.serviceIn("running"));
        RequestOptions traced =
                RequestOptions.builder().header("X-Trace", "qe-1").build();
        assertThat(ch.services().withOptions(traced).queryEndpoint(SERVICE_ID)).isEqualTo(Optional.empty());
        assertThat(server.getRequestCount()).isEqualTo(2);
        cloud.expect("GET", servicePath("/serviceQueryEndpoint"));
        assertThat(cloud.expect("GET", servicePath("")).getHeaders().get("X-Trace"))
                .isEqualTo("qe-1");
    }

    @Test
    void aQueryEndpointOfAServiceThatDoesNotExistIsNotFound() throws Exception {
        server.enqueue(Cloud.notFound());
        server.enqueue(Cloud.notFound());
        assertThatThrownBy(() -> ch.services().queryEndpoint(SERVICE_ID))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage())
                        .startsWith("GET " + servicePath("") + " "));
        assertThat(server.getRequestCount()).isEqualTo(2);
        cloud.expect("GET", servicePath("/serviceQueryEndpoint"));
        cloud.expect("GET", servicePath(""));
    }

    @Test
    void aQueryEndpointAnswerWithoutResultIsEmpty() throws Exception {
        server.enqueue(Cloud.okEmpty());
        assertThat(ch.services().queryEndpoint(SERVICE_ID)).isEmpty();
        cloud.expect("GET", servicePath("/serviceQueryEndpoint"));
    }

    @Test
    void otherQueryEndpointErrorsStillThrow() {
        server.enqueue(Cloud.json(500, "{\"error\":\"Internal error\"}"));
        try (ClickHouseCloudClient noRetry =
                cloud.builder().organizationId(ORG).maxRetries(0).build()) {
            assertThatThrownBy(() -> noRetry.services().queryEndpoint(SERVICE_ID))
                    .isInstanceOf(ServerException.class);
        }
    }

    @Test
    void prometheusMetricsAreText() throws Exception {
        String metrics = "# HELP ClickHouse_ServiceInfo Information about service\n"
                + "ClickHouse_ServiceInfo{clickhouse_org=\"" + ORG + "\"} 1\n";
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/plain; version=0.0.4")
                .body(metrics)
                .build());
        server.enqueue(new MockResponse.Builder().code(200).body("").build());
        assertThat(ch.services().prometheusMetrics(SERVICE_ID, true)).isEqualTo(metrics);
        assertThat(ch.services().prometheusMetrics(SERVICE_ID, false)).isEmpty();
        RecordedRequest request = cloud.expect("GET", servicePath("/prometheus"));
        assertThat(request.getUrl().queryParameter("filtered_metrics")).isEqualTo("true");
        assertThat(cloud.expect("GET", servicePath("/prometheus")).getUrl().queryParameter("filtered_metrics"))
                .isEqualTo("false");
    }

    @Test
    void badIdsAreRefusedBeforeAnythingIsSent() {
        try (ClickHouseCloudClient discovering = cloud.builder().build()) {
            assertThatThrownBy(() -> discovering.services().get(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("serviceId");
            assertThatThrownBy(() -> discovering.services().get(".."))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("serviceId");
            assertThatThrownBy(() -> discovering.services().get(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("serviceId == null");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void idsArePercentEncoded() throws Exception {
        server.enqueue(ok(fixture("service.json")));
        ch.services().get("a/b c");
        assertThat(server.takeRequest().getUrl().encodedPath())
                .isEqualTo("/v1/organizations/" + ORG + "/services/a%2Fb%20c");
    }
}
