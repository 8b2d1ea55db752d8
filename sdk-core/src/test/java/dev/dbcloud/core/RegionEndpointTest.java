package dev.dbcloud.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RegionEndpointTest {
    enum SampleRegion implements RegionEndpoint {
        EU("https://api.example.test"),
        US_EAST("https://api.us-east.example.test");

        private final String baseUrl;

        SampleRegion(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        @Override
        public String baseUrl() {
            return baseUrl;
        }
    }

    @Test
    void findsARegionByBareHostOrAnyUrlOnIt() {
        EnumSet<SampleRegion> all = EnumSet.allOf(SampleRegion.class);

        assertThat(RegionEndpoint.byHost(all, "api.us-east.example.test")).contains(SampleRegion.US_EAST);
        assertThat(RegionEndpoint.byHost(all, "https://API.example.test:443/v0/regions"))
                .contains(SampleRegion.EU);
        assertThat(RegionEndpoint.byHost(all, " http://api.example.test ")).contains(SampleRegion.EU);
    }

    @Test
    void unknownHostsFindNothing() {
        EnumSet<SampleRegion> all = EnumSet.allOf(SampleRegion.class);

        assertThat(RegionEndpoint.byHost(all, "api.eu-west-1.example.test")).isEmpty();
        assertThat(RegionEndpoint.byHost(all, "not a host")).isEmpty();
    }
}
