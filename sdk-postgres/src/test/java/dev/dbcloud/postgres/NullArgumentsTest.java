package dev.dbcloud.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.internal.Json;
import dev.dbcloud.core.testing.NullFactories;
import org.junit.jupiter.api.Test;

/** No public factory of the module lets a null through, while JSON null still reads as absent. */
class NullArgumentsTest {
    @Test
    void everyFactoryRefusesNull() {
        assertThat(NullFactories.acceptingNull(ResetPasswordParams.class)).isEmpty();
        assertThatThrownBy(() -> ResetPasswordParams.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("password == null");
    }

    @Test
    void aJsonNullStillReadsAsAnEmptyOptional() throws Exception {
        ResetPasswordParams read =
                Json.reader(Json.type(ResetPasswordParams.class)).readValue("{\"password\":null}");
        assertThat(read.password()).isEmpty();
        assertThat(read).isEqualTo(ResetPasswordParams.generated());
    }
}
