package dev.dbcloud.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.testing.NullFactories;
import org.junit.jupiter.api.Test;

/** No public factory of the core package lets a null through. */
class NullArgumentsTest {
    @Test
    void everyFactoryRefusesNull() {
        assertThat(NullFactories.acceptingNull(Credentials.class)).isEmpty();
    }
}
