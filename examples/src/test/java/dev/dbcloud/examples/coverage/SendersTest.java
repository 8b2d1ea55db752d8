package dev.dbcloud.examples.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The declarations found on the class path, and the public methods found to send them, on this SDK's own code. */
class SendersTest {
    private static final Map<String, Declaration> DECLARATIONS =
            Declarations.onClassPath().stream().collect(Collectors.toMap(Declaration::where, d -> d));

    @Test
    void aDeclarationsSendersAreItsRawViewMethodAndItsTypedTwin() {
        Declaration scaling = DECLARATIONS.get("sdk-clickhouse ServiceEndpoints.UPDATE_SCALING");

        assertThat(scaling.path()).isEqualTo("/v1/organizations/{organizationId}/services/{serviceId}/scaling");
        assertThat(scaling.deprecated()).isTrue();
        assertThat(scaling.senders())
                .containsExactly(
                        new Declaration.Sender("Services.WithRawResponse.updateScaling", false, true),
                        new Declaration.Sender("Services.updateScaling", false, true));
    }

    @Test
    void aTypedMethodThatCallsItsRawTwinThroughALambdaIsASender() {
        assertThat(DECLARATIONS
                        .get("sdk-clickhouse ClickPipeEndpoints.DISCOVER_SCHEMA")
                        .senders())
                .extracting(Declaration.Sender::name, Declaration.Sender::beta)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ClickPipes.WithRawResponse.discoverSchema", true),
                        org.assertj.core.groups.Tuple.tuple("ClickPipes.discoverSchema", true));
    }

    @Test
    void aBetaClassMarksEveryMethodInItAndItsNestedRawView() {
        List<Declaration.Sender> senders =
                DECLARATIONS.get("sdk-postgres InstanceEndpoints.GET").senders();

        assertThat(senders)
                .extracting(Declaration.Sender::name)
                .contains("Instances.WithRawResponse.get", "Instances.get");
        assertThat(senders).allMatch(Declaration.Sender::beta);
    }

    @Test
    void aWorkflowSendingSeveralDeclarationsIsNotASenderOfEach() {
        assertThat(DECLARATIONS.values())
                .flatMap(Declaration::senders)
                .extracting(Declaration.Sender::name)
                .doesNotContain("Services.deleteSafely", "Instances.deleteSafely");
    }
}
