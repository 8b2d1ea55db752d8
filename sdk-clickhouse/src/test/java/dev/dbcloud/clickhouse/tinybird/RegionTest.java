package dev.dbcloud.clickhouse.tinybird;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.CloudProvider;
import org.junit.jupiter.api.Test;

/** The region table of the reference, and lookups by provider region and by host. */
class RegionTest {

    @Test
    void everyDocumentedRegionHasItsProviderRegionAndHost() {
        assertThat(Region.values())
                .extracting(r -> r.provider().value() + " " + r.providerRegion() + " " + r.host())
                .containsExactly(
                        "gcp europe-west3 api.tinybird.co",
                        "gcp europe-west2 api.europe-west2.gcp.tinybird.co",
                        "gcp us-east4 api.us-east.tinybird.co",
                        "gcp northamerica-northeast2 api.northamerica-northeast2.gcp.tinybird.co",
                        "aws eu-central-1 api.eu-central-1.aws.tinybird.co",
                        "aws eu-west-1 api.eu-west-1.aws.tinybird.co",
                        "aws us-east-1 api.us-east.aws.tinybird.co",
                        "aws us-west-2 api.us-west-2.aws.tinybird.co",
                        "aws ap-east-1 api.ap-east-1.aws.tinybird.co",
                        "aws ap-southeast-2 api.ap-southeast-2.aws.tinybird.co");
        assertThat(Region.values()).allSatisfy(r -> {
            assertThat(r.isKnown()).isTrue();
            assertThat(r.baseUrl()).isEqualTo("https://" + r.host());
        });
        assertThat(Region.AWS_EU_WEST_1.displayName()).isEqualTo("Europe (AWS eu-west-1)");
        assertThat(Region.AWS_EU_WEST_1).hasToString("Europe (AWS eu-west-1) https://api.eu-west-1.aws.tinybird.co");
    }

    @Test
    void lookupByProviderRegion() {
        assertThat(Region.byProviderRegion(CloudProvider.GCP, "europe-west3")).contains(Region.GCP_EUROPE_WEST3);
        assertThat(Region.byProviderRegion(CloudProvider.GCP, "us-east4")).contains(Region.GCP_US_EAST4);
        assertThat(Region.byProviderRegion(CloudProvider.AWS, " US-EAST-1 ")).contains(Region.AWS_US_EAST_1);
        assertThat(Region.byProviderRegion(CloudProvider.AWS, "europe-west3")).isEmpty();
        assertThat(Region.byProviderRegion(CloudProvider.of("azure"), "westeurope"))
                .isEmpty();
        for (Region region : Region.values()) {
            assertThat(Region.byProviderRegion(region.provider(), region.providerRegion()))
                    .contains(region);
        }
    }

    @Test
    void lookupByHostAcceptsUrlsCaseAndTheOtherSpellings() {
        assertThat(Region.byHost("api.tinybird.co")).contains(Region.GCP_EUROPE_WEST3);
        assertThat(Region.byHost("https://API.US-EAST.AWS.TINYBIRD.CO/v0/")).contains(Region.AWS_US_EAST_1);
        assertThat(Region.byHost("https://api.us-east-1.aws.tinybird.co")).contains(Region.AWS_US_EAST_1);
        assertThat(Region.byHost("api.us-west.aws.tinybird.co")).contains(Region.AWS_US_WEST_2);
        assertThat(Region.byHost("api.us-east.tinybird.co")).contains(Region.GCP_US_EAST4);
        assertThat(Region.byHost("http://localhost:7181")).isEmpty();
        for (Region region : Region.values()) {
            assertThat(Region.byHost(region.baseUrl())).contains(region);
        }
    }

    @Test
    void unknownRegionsCanBeDescribedAndKnownHostsGiveTheConstant() {
        Region spain = Region.of(CloudProvider.AWS, "eu-south-2", "https://api.eu-south-2.aws.tinybird.co/");
        assertThat(spain.isKnown()).isFalse();
        assertThat(spain.provider()).isEqualTo(CloudProvider.AWS);
        assertThat(spain.providerRegion()).isEqualTo("eu-south-2");
        assertThat(spain.baseUrl()).isEqualTo("https://api.eu-south-2.aws.tinybird.co");
        assertThat(spain.displayName()).isEqualTo("aws eu-south-2");
        assertThat(spain)
                .isEqualTo(Region.of(CloudProvider.AWS, "eu-south-2", "https://api.eu-south-2.aws.tinybird.co"))
                .hasSameHashCodeAs(Region.of(CloudProvider.AWS, "x", "https://api.eu-south-2.aws.tinybird.co"))
                .isNotEqualTo(Region.AWS_EU_WEST_1);

        assertThat(Region.of(CloudProvider.AWS, "eu-west-1", "https://api.eu-west-1.aws.tinybird.co"))
                .isSameAs(Region.AWS_EU_WEST_1);
        assertThatThrownBy(() -> Region.of(CloudProvider.AWS, "eu-south-2", "http://api.eu-south-2.aws.tinybird.co"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> Region.of(CloudProvider.AWS, " ", "https://api.example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("providerRegion");
    }

    @Test
    void openEnumsKeepUnknownValues() {
        assertThat(CloudProvider.of("aws")).isSameAs(CloudProvider.AWS);
        assertThat(CloudProvider.of("oracle").isKnown()).isFalse();
        assertThat(ClusterRole.knownValues())
                .containsExactly(ClusterRole.WRITER, ClusterRole.READER, ClusterRole.COPYJOB);
        assertThat(ReplicaState.knownValues()).containsExactly(ReplicaState.RUNNING, ReplicaState.ADDING);
        assertThat(ClusterOperation.knownValues()).hasSize(3);
        ClusterOperation later = ClusterOperation.of("upgrade_requested");
        assertThat(later.isKnown()).isFalse();
        assertThat(later.value()).isEqualTo("upgrade_requested");
    }
}
