package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.testing.TestDialect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeDialectTest {

    @Test
    void anErrorBodyThatIsNotAJsonObjectCarriesNothingAndNeverReachesTheDialect() throws Exception {
        List<JsonNode> asked = new ArrayList<>();
        SafeDialect safe = new SafeDialect(new TestDialect(false) {
            @Override
            public ApiError readError(int status, JsonNode body) {
                asked.add(body);
                return super.readError(status, body);
            }
        });

        assertThat(safe.readError(502, null)).isEqualTo(ApiError.EMPTY);
        assertThat(safe.readError(500, Json.readTree("[{\"message\":\"m\"}]"))).isEqualTo(ApiError.EMPTY);
        assertThat(safe.readError(500, Json.readTree("\"text\""))).isEqualTo(ApiError.EMPTY);
        assertThat(asked).isEmpty();

        JsonNode object = Json.readTree("{\"message\":\"m\"}");
        assertThat(safe.readError(400, object).message()).contains("m");
        assertThat(asked).containsExactly(object);
    }
}
