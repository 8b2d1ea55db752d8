package dev.dbcloud.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.internal.Json;
import dev.dbcloud.core.sample.SnakeRole;
import dev.dbcloud.core.testing.Wire;
import org.junit.jupiter.api.Test;

/** Models that users send back whole keep the fields the SDK does not model. */
class UnknownFieldsTest {
    private static final String READ = "{\"name\":\"application\",\"role_flavor\":\"write\","
            + "\"valid_until\":\"2030-01-01T00:00:00Z\",\"settings\":{\"search_path\":[\"a\",\"b\"]},\"n\":null}";

    @Test
    void aDecodeModifyEncodeRoundTripKeepsWhatTheSdkDoesNotKnow() throws Exception {
        SnakeRole role = Json.reader(Json.type(SnakeRole.class)).readValue(READ);

        assertThat(role.unknownFields()).containsOnlyKeys("valid_until", "settings", "n");
        SnakeRole changed = role.withRoleFlavor("read");
        JsonNode written = Wire.tree(Json.write(changed));

        assertThat(written)
                .isEqualTo(Wire.tree("{\"name\":\"application\",\"role_flavor\":\"read\","
                        + "\"valid_until\":\"2030-01-01T00:00:00Z\",\"settings\":{\"search_path\":[\"a\",\"b\"]},"
                        + "\"n\":null}"));
        assertThat(changed.toString()).doesNotContain("2030");
        assertThat(changed).isNotEqualTo(changed.withUnknownFields(java.util.Map.of()));
    }

    @Test
    void aModelBuiltInCodeHasNone() {
        SnakeRole role = SnakeRole.builder().name("x").build();
        assertThat(role.unknownFields()).isEmpty();
        assertThat(Wire.tree(Json.write(role))).isEqualTo(Wire.tree("{\"name\":\"x\"}"));
    }
}
