package dev.dbcloud.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.clickhouse.clickpipes.ClickPipe;
import dev.dbcloud.clickhouse.tinybird.Cluster;
import dev.dbcloud.core.testing.NullFactories;
import org.junit.jupiter.api.Test;

/** No public factory of the module's packages lets a null through. */
class NullArgumentsTest {
    @Test
    void everyFactoryRefusesNull() {
        assertThat(NullFactories.acceptingNull(Service.class)).isEmpty();
        assertThat(NullFactories.acceptingNull(ClickPipe.class)).isEmpty();
        assertThat(NullFactories.acceptingNull(Cluster.class)).isEmpty();
    }
}
