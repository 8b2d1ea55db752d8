package dev.dbcloud.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.dbcloud.core.internal.Json;
import dev.dbcloud.core.sample.SnakeCluster;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shared model style as the API modules use it, seen from outside the model's package. */
class ModelStyleTest {

    @Test
    void generatedTypeIsPublicWithBuilderCopiesAndToBuilder() {
        SnakeCluster cluster = SnakeCluster.builder()
                .teamId("team1")
                .isHa(true)
                .maintenanceWindowStart(3)
                .build();

        assertThat(cluster.withIsHa(false).isHa()).isFalse();
        assertThat(SnakeCluster.builder().from(cluster).build()).isEqualTo(cluster);
        assertThat(cluster.toBuilder().teamId("team2").build().teamId()).isEqualTo("team2");
    }

    @Test
    void generatedTypesCarryOnlyAnnotationsUsersHaveOnTheirClasspath() throws Exception {
        for (Class<?> type : new Class<?>[] {SnakeCluster.class, SnakeCluster.Builder.class}) {
            String classFile;
            try (InputStream in =
                    type.getClassLoader().getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
                classFile = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            assertThat(classFile)
                    .contains("Ldev/dbcloud/core/internal/Generated;")
                    .doesNotContain("org/immutables");
        }
    }

    @Test
    void snakeCaseNamingAppliesToReadingAndWriting() throws Exception {
        SnakeCluster read = Json.reader(Json.type(SnakeCluster.class))
                .readValue("{\"team_id\":\"t1\",\"maintenance_window_start\":\"5\",\"is_ha\":\"true\",\"extra\":[1]}");

        assertThat(read.teamId()).isEqualTo("t1");
        assertThat(read.maintenanceWindowStart()).contains(5);
        assertThat(read.isHa()).isTrue();
        assertThat(Json.toTree(read))
                .isEqualTo(Json.readTree("{\"team_id\":\"t1\",\"maintenance_window_start\":5,\"is_ha\":true}"));
    }

    @Test
    void isPrefixedCamelCaseAccessorsKeepTheirFullWireName() throws Exception {
        SampleStatus status = Json.reader(Json.type(SampleStatus.class))
                .readValue("{\"replicas\":1,\"highAvailability\":true,\"state\":\"running\",\"isPrimary\":\"true\"}");

        assertThat(status.isPrimary()).contains(true);
        assertThat(Json.toTree(status).has("isPrimary")).isTrue();
        assertThat(Json.toTree(status).has("primary")).isFalse();
    }

    @Test
    void aModelWithOneStringAttributeIsReadOnlyFromAnObject() throws Exception {
        ObjectReader reader = Json.reader(Json.type(SampleSecret.class));

        SampleSecret read = reader.readValue("{\"password\":\"Gen3ratedPassw0rd\"}");

        assertThat(read.password()).contains("Gen3ratedPassw0rd");
        assertThatThrownBy(() -> reader.readValue("\"oops\""))
                .as("a bare string is not the object, even though the model has one string attribute")
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void redactedFieldsAreMaskedInToString() {
        SnakeCluster cluster = SnakeCluster.builder()
                .teamId("t")
                .isHa(false)
                .connectionUrl("postgres://u:pw@host/db")
                .build();

        assertThat(cluster.toString()).contains("connectionUrl=****").doesNotContain("pw@host");
    }
}
