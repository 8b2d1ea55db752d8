package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.ORG;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code …/byocInfrastructure}: what each operation sends and what it reads. */
class ByocInfrastructuresTest extends ClientTest {
    static final String INFRA_ID = "c1d2e3f4-0000-4000-8000-000000000abc";
    static final String CONFIG = "{\"id\":\"" + INFRA_ID + "\",\"state\":\"infra-provisioning\","
            + "\"accountName\":\"acme-prod\",\"regionId\":\"eu-west-1\",\"cloudProvider\":\"aws\","
            + "\"displayName\":\"eu-prod\"}";

    private static String path(String suffix) {
        return "/v1/organizations/" + ORG + "/byocInfrastructure" + suffix;
    }

    @Test
    void createSendsWhatWasSetAndReadsTheConfiguration() throws Exception {
        server.enqueue(ok(CONFIG));
        ByocConfig infra = ch.organizations()
                .byocInfrastructure()
                .create(CreateByocInfrastructureParams.builder()
                        .regionId(CloudRegion.EU_WEST_1)
                        .accountId("123456789012")
                        .addAvailabilityZoneSuffixes("a", "b", "c")
                        .vpcCidrRange("10.0.0.0/16")
                        .displayName("eu-prod")
                        .build());
        RecordedRequest request = cloud.expect("POST", path(""));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request))
                .isEqualTo(tree("{\"regionId\":\"eu-west-1\",\"accountId\":\"123456789012\","
                        + "\"availabilityZoneSuffixes\":[\"a\",\"b\",\"c\"],\"vpcCidrRange\":\"10.0.0.0/16\","
                        + "\"displayName\":\"eu-prod\"}"));
        assertThat(infra.id()).isEqualTo(INFRA_ID);
        assertThat(infra.state()).contains(ByocState.INFRA_PROVISIONING);
        assertThat(infra.accountName()).contains("acme-prod");
        assertThat(infra.regionId()).contains(CloudRegion.EU_WEST_1);
        assertThat(infra.cloudProvider()).contains(CloudProvider.AWS);
        assertThat(infra.displayName()).contains("eu-prod");
    }

    @Test
    void anEmptyCreateSendsAnEmptyObject() throws Exception {
        server.enqueue(ok("{\"id\":\"" + INFRA_ID + "\",\"state\":\"infra-rebuilding\",\"extra\":1}"));
        ByocConfig infra = ch.organizations()
                .byocInfrastructure()
                .create(CreateByocInfrastructureParams.builder().build());
        assertThat(body(cloud.expect("POST", path("")))).isEqualTo(tree("{}"));
        assertThat(infra.state().orElseThrow().isKnown()).isFalse();
    }

    @Test
    void updateAndDelete() throws Exception {
        server.enqueue(ok(CONFIG));
        server.enqueue(okEmpty());
        ByocInfrastructures byoc = ch.organizations().byocInfrastructure();
        ByocConfig renamed = byoc.update(
                INFRA_ID,
                UpdateByocInfrastructureParams.builder().displayName("eu-prod").build());
        byoc.delete(INFRA_ID);
        assertThat(body(cloud.expect("PATCH", path("/" + INFRA_ID)))).isEqualTo(tree("{\"displayName\":\"eu-prod\"}"));
        assertThat(cloud.expect("DELETE", path("/" + INFRA_ID)).getBody()).isNull();
        assertThat(renamed.displayName()).contains("eu-prod");
    }

    @Test
    void badInputIsRefusedBeforeSending() {
        assertThatThrownBy(() -> CreateByocInfrastructureParams.builder()
                        .addAvailabilityZoneSuffixes("a", "g")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("availabilityZoneSuffixes[1] must be one of a, b, c, d, e, f but is g");
        assertThatThrownBy(() -> ch.organizations().byocInfrastructure().delete(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("byocInfrastructureId");
        assertThat(server.getRequestCount()).isZero();
    }
}
