package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.body;
import static dev.dbcloud.crunchy.Fixtures.json;
import static dev.dbcloud.crunchy.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.testing.Published;
import java.util.List;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Configuration parameters on the wire: a cluster's values ({@code /clusters/{id}/configuration-parameters}) and
 * the catalogue ({@code /configuration-parameters}). The spec and the API reference print no example bodies for
 * these operations; the fixtures follow the spec's schemas field by field.
 */
class ConfigurationParametersWireTest extends MockApiTest {
    private static final String LOG_STATEMENT = "{\"cluster_id\":\"" + CLUSTER_ID + "\",\"component\":\"postgres\","
            + "\"name\":\"postgres:log_statement\",\"parameter_name\":\"log_statement\",\"value\":\"ddl\"}";
    private static final String WORK_MEM = "{\"cluster_id\":\"" + CLUSTER_ID + "\",\"component\":\"postgres\","
            + "\"name\":\"postgres:work_mem\",\"parameter_name\":\"work_mem\",\"value\":null}";
    private static final String CATALOGUE = "{\"parameters\":["
            + "{\"category\":\"Logging\",\"component\":\"postgres\",\"description\":\"Which statements are logged.\","
            + "\"name\":\"postgres:log_statement\",\"parameter_name\":\"log_statement\","
            + "\"enum\":[\"none\",\"ddl\",\"mod\",\"all\"],\"min_version\":null,\"max_version\":null,"
            + "\"requires_restart\":false},"
            + "{\"category\":\"Connections\",\"component\":\"postgres\",\"description\":\"Most concurrent connections.\","
            + "\"name\":\"postgres:max_connections\",\"parameter_name\":\"max_connections\",\"min_value\":\"25\","
            + "\"max_value\":\"10000\",\"min_version\":13,\"max_version\":17,\"requires_restart\":true},"
            + "{\"category\":\"Memory\",\"component\":\"postgres\",\"description\":\"Memory per sort.\","
            + "\"name\":\"postgres:work_mem\",\"parameter_name\":\"work_mem\",\"min_value\":\"64kB\","
            + "\"max_value\":\"2GB\",\"requires_restart\":false}]}";

    private SupportedConfigurationParameter catalogue(String name) {
        return Published.decodeEach(tree(CATALOGUE).get("parameters"), SupportedConfigurationParameter.class).stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void listAndGetAClustersParameters() throws Exception {
        server.enqueue(json(200, "{\"parameters\":[" + LOG_STATEMENT + "," + WORK_MEM + "]}"));
        server.enqueue(json(200, LOG_STATEMENT));

        List<ClusterConfigurationParameter> all =
                cb().clusters().configurationParameters().list(CLUSTER_ID);
        ClusterConfigurationParameter one =
                cb().clusters().configurationParameters().get(CLUSTER_ID, "postgres:log_statement");

        assertThat(all).hasSize(2);
        assertThat(all.get(0)).isEqualTo(one);
        assertThat(one.name()).isEqualTo("postgres:log_statement");
        assertThat(one.component()).contains("postgres");
        assertThat(one.parameterName()).contains("log_statement");
        assertThat(one.clusterId()).contains(CLUSTER_ID);
        assertThat(one.value()).contains("ddl");
        assertThat(one.isDefault()).isFalse();
        assertThat(all.get(1).value()).isEmpty();
        assertThat(all.get(1).isDefault()).isTrue();
        take("GET", "/clusters/" + CLUSTER_ID + "/configuration-parameters");
        take("GET", "/clusters/" + CLUSTER_ID + "/configuration-parameters/postgres:log_statement");
    }

    @Test
    void updateSendsTheBatchWithResetsAsNullAndAllowRestart() throws Exception {
        server.enqueue(json(200, "{\"parameters\":[" + LOG_STATEMENT + "," + WORK_MEM + "]}"));

        List<ClusterConfigurationParameter> after = cb().clusters()
                .configurationParameters()
                .update(
                        CLUSTER_ID,
                        UpdateConfigurationParametersParams.builder()
                                .addParameters(ConfigurationParameterValue.of("postgres:log_statement", "ddl"))
                                .addParameters(ConfigurationParameterValue.of("postgres:max_connections", 200))
                                .addParameters(ConfigurationParameterValue.of("postgres:jit", false))
                                .addParameters(ConfigurationParameterValue.of("postgres:log_connections", true))
                                .addParameters(ConfigurationParameterValue.reset("postgres:work_mem"))
                                .allowRestart(true)
                                .build());

        assertThat(after)
                .extracting(ClusterConfigurationParameter::name)
                .containsExactly("postgres:log_statement", "postgres:work_mem");
        RecordedRequest request = take("PUT", "/clusters/" + CLUSTER_ID + "/configuration-parameters");
        assertThat(body(request))
                .isEqualTo(tree("{\"parameters\":[{\"name\":\"postgres:log_statement\",\"value\":\"ddl\"},"
                        + "{\"name\":\"postgres:max_connections\",\"value\":\"200\"},"
                        + "{\"name\":\"postgres:jit\",\"value\":\"off\"},"
                        + "{\"name\":\"postgres:log_connections\",\"value\":\"on\"},"
                        + "{\"name\":\"postgres:work_mem\",\"value\":null}],\"allow_restart\":true}"));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Idempotency-Key")).isNull(); // a PUT: repeated safely without one
    }

    @Test
    void updateWithoutAllowRestartLeavesItOut() throws Exception {
        server.enqueue(json(200, "{\"parameters\":[]}"));
        ApiResponse<List<ClusterConfigurationParameter>> raw = cb().clusters()
                .configurationParameters()
                .withRawResponse()
                .update(
                        CLUSTER_ID,
                        UpdateConfigurationParametersParams.builder()
                                .addParameters(
                                        catalogue("postgres:log_statement").value("all"))
                                .build());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.value()).isEmpty();
        assertThat(body(take("PUT", "/clusters/" + CLUSTER_ID + "/configuration-parameters")))
                .isEqualTo(tree("{\"parameters\":[{\"name\":\"postgres:log_statement\",\"value\":\"all\"}]}"));
    }

    @Test
    void aRefusedRestartIsTheServersAnswer() {
        server.enqueue(json(
                400,
                "{\"message\":\"postgres:max_connections requires a restart; set allow_restart\","
                        + "\"request_id\":\"r-400\"}"));
        assertThatThrownBy(() -> cb().clusters()
                        .configurationParameters()
                        .update(
                                CLUSTER_ID,
                                UpdateConfigurationParametersParams.builder()
                                        .addParameters(ConfigurationParameterValue.of("postgres:max_connections", 500))
                                        .build()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.errorMessage().orElseThrow()).contains("requires a restart");
                    assertThat(e.getMessage()).contains("PUT /clusters/" + CLUSTER_ID + "/configuration-parameters");
                });
    }

    @Test
    void rawListAndGetShowTheResponse() throws Exception {
        server.enqueue(json(200, "{\"parameters\":[" + LOG_STATEMENT + "]}"));
        server.enqueue(json(200, WORK_MEM));
        ClusterConfigurationParameters.WithRawResponse raw =
                cb().clusters().configurationParameters().withRawResponse();
        assertThat(raw.list(CLUSTER_ID).requestId()).isPresent();
        assertThat(raw.get(CLUSTER_ID, "postgres:work_mem").value().isDefault()).isTrue();
        take("GET", "/clusters/" + CLUSTER_ID + "/configuration-parameters");
        take("GET", "/clusters/" + CLUSTER_ID + "/configuration-parameters/postgres:work_mem");
    }

    @Test
    void theCatalogueTypesBoundsVersionsAndRestarts() throws Exception {
        server.enqueue(json(200, CATALOGUE));
        server.enqueue(json(200, CATALOGUE));

        List<SupportedConfigurationParameter> all =
                cb().configurationParameters().list();
        ApiResponse<List<SupportedConfigurationParameter>> raw =
                cb().configurationParameters().withRawResponse().list();

        assertThat(raw.value()).isEqualTo(all);
        assertThat(all)
                .extracting(SupportedConfigurationParameter::name)
                .containsExactly("postgres:log_statement", "postgres:max_connections", "postgres:work_mem");
        SupportedConfigurationParameter logStatement = all.get(0);
        assertThat(logStatement.category()).contains("Logging");
        assertThat(logStatement.component()).contains("postgres");
        assertThat(logStatement.parameterName()).contains("log_statement");
        assertThat(logStatement.description()).contains("Which statements are logged.");
        assertThat(logStatement.enumValues()).containsExactly("none", "ddl", "mod", "all");
        assertThat(logStatement.minVersion()).isEmpty();
        assertThat(logStatement.requiresRestart()).contains(false);
        SupportedConfigurationParameter maxConnections = all.get(1);
        assertThat(maxConnections.enumValues()).isEmpty();
        assertThat(maxConnections.minValue()).contains("25");
        assertThat(maxConnections.maxValue()).contains("10000");
        assertThat(maxConnections.minVersion()).contains(13);
        assertThat(maxConnections.maxVersion()).contains(17);
        assertThat(maxConnections.requiresRestart()).contains(true);
        take("GET", "/configuration-parameters");
        take("GET", "/configuration-parameters");
    }

    @Test
    void valuesBuiltFromTheCatalogueAreCheckedWhereItGivesTheirType() {
        SupportedConfigurationParameter logStatement = catalogue("postgres:log_statement");
        SupportedConfigurationParameter maxConnections = catalogue("postgres:max_connections");
        SupportedConfigurationParameter workMem = catalogue("postgres:work_mem");

        assertThat(logStatement.value("mod"))
                .isEqualTo(ConfigurationParameterValue.of("postgres:log_statement", "mod"));
        assertThatThrownBy(() -> logStatement.value("verbose"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("postgres:log_statement must be one of [none, ddl, mod, all] but was \"verbose\"");
        assertThatThrownBy(() -> logStatement.value(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("postgres:log_statement takes one of [none, ddl, mod, all], not a number");

        assertThat(maxConnections.value(25).value()).contains("25");
        assertThat(maxConnections.value(10_000).value()).contains("10000");
        assertThatThrownBy(() -> maxConnections.value(24))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("postgres:max_connections must be from 25 to 10000 but was 24");
        assertThatThrownBy(() -> maxConnections.value(10_001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("postgres:max_connections must be from 25 to 10000 but was 10001");

        // Bounds with a unit are the server's to check.
        assertThat(workMem.value(1).value()).contains("1");
        assertThat(workMem.value("4MB").value()).contains("4MB");
        assertThat(workMem.reset()).isEqualTo(ConfigurationParameterValue.reset("postgres:work_mem"));
        assertThat(workMem.reset().value()).isEmpty();
        assertThat(SupportedConfigurationParameter.builder()
                        .name("x:y")
                        .maxValue("9")
                        .build()
                        .value(-5)
                        .value())
                .contains("-5");
    }

    @Test
    void badInputFailsBeforeAnythingIsSent() {
        assertThatThrownBy(() -> ConfigurationParameterValue.of(" ", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank");
        assertThatThrownBy(() -> cb().clusters().configurationParameters().list("not-an-id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clusterId \"not-an-id\" is not a Crunchy Bridge ID");
        assertThatThrownBy(() -> cb().clusters().configurationParameters().get(CLUSTER_ID, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("configurationParameterName must not be blank");
        assertThatThrownBy(() -> cb().clusters().configurationParameters().update(CLUSTER_ID, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("params == null");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void modelsReadTolerantlyWithAnyFieldButTheNameMissing() {
        JsonNode clusterParameter = tree(LOG_STATEMENT);
        Published.decode(clusterParameter, ClusterConfigurationParameter.class);
        for (Published.Variant variant : Published.withOneFieldRemoved(clusterParameter, Set.of("name"))) {
            assertThatCode(() -> Published.decode(variant.body(), ClusterConfigurationParameter.class))
                    .as(variant.toString())
                    .doesNotThrowAnyException();
        }
        JsonNode supported = tree(CATALOGUE).get("parameters").get(1);
        for (Published.Variant variant : Published.withOneFieldRemoved(supported, Set.of("name"))) {
            assertThatCode(() -> Published.decode(variant.body(), SupportedConfigurationParameter.class))
                    .as(variant.toString())
                    .doesNotThrowAnyException();
        }
        SupportedConfigurationParameter nullEnum = Published.decode(
                tree("{\"name\":\"postgres:x\",\"enum\":null,\"requires_restart\":null}"),
                SupportedConfigurationParameter.class);
        assertThat(nullEnum.enumValues()).isEmpty();
        assertThat(Published.decode(
                                tree("{\"name\":\"postgres:x\",\"enum\":[\"on\",null,\"off\"]}"),
                                SupportedConfigurationParameter.class)
                        .enumValues())
                .containsExactly("on", "off");
        assertThat(nullEnum.requiresRestart()).isEmpty();
    }
}
