package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.ORG;
import static dev.dbcloud.clickhouse.Cloud.fixture;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class OrganizationsTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final Cloud cloud = new Cloud(server);

    @Test
    void listAndGet() throws Exception {
        server.enqueue(ok("[" + fixture("organization.json") + "]"));
        server.enqueue(ok(fixture("organization.json")));
        try (ClickHouseCloudClient ch = cloud.client()) {
            List<Organization> organizations = ch.organizations().list();
            Organization org = ch.organizations().get(ORG);
            assertThat(organizations).containsExactly(org);
            assertThat(org.id()).isEqualTo(ORG);
            assertThat(org.name()).contains("Acme");
            assertThat(org.createdAt()).contains(Instant.parse("2025-11-20T09:30:00Z"));
            assertThat(org.enableCoreDumps()).contains(true);
            PrivateEndpoint endpoint = org.privateEndpoints().get(0);
            assertThat(endpoint.id()).isEqualTo("vpce-0123456789abcdef0");
            assertThat(endpoint.description()).contains("prod vpc");
            assertThat(endpoint.cloudProvider()).contains(CloudProvider.AWS);
            ByocConfig byoc = org.byocConfig().get(0);
            assertThat(byoc.state()).contains(ByocState.INFRA_READY);
            assertThat(byoc.accountName()).contains("acme-prod");
            assertThat(byoc.regionId()).contains(CloudRegion.US_EAST_1);
            assertThat(byoc.cloudProvider()).contains(CloudProvider.AWS);
            assertThat(byoc.displayName()).contains("Acme prod");
        }
        cloud.expect("GET", "/v1/organizations");
        cloud.expect("GET", "/v1/organizations/" + ORG);
    }

    @Test
    void currentUsesTheDiscoveredOrganization() throws Exception {
        server.enqueue(ok("[" + fixture("organization.json") + "]"));
        server.enqueue(ok(fixture("organization.json")));
        try (ClickHouseCloudClient ch = cloud.builder().build()) {
            assertThat(ch.organizations().current().name()).contains("Acme");
        }
        cloud.expect("GET", "/v1/organizations");
        cloud.expect("GET", "/v1/organizations/" + ORG);
    }
}
