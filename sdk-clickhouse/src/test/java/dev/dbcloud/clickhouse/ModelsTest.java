package dev.dbcloud.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.internal.Json;
import org.junit.jupiter.api.Test;

class ModelsTest {
    @Test
    void passwordHashesMatchTheShellRecipesOfTheReference() {
        // echo -n password | sha256sum | tr -d '-' | xxd -r -p | base64
        assertThat(PasswordHashes.sha256Base64("password")).isEqualTo("XohImNooBHFR0OVvjcYpJ3NgPQ1qq73WKhHvch0VQtg=");
        // echo -n password | sha1sum | tr -d '-' | xxd -r -p | sha1sum (MySQL's PASSWORD('password'))
        assertThat(PasswordHashes.doubleSha1Hex("password")).isEqualTo("2470c0c06dee42fd1618bb99005adca2ec9d1e19");
        assertThat(PasswordHashes.sha256Base64("pässwörd")).isEqualTo("RpcL73Cs7YEj8NXQlHF+KlzUEgQeA7JjdgSf5lsoNKQ=");
    }

    @Test
    void resetPasswordParamsFromAPasswordCarryBothHashesAndPrintNeither() {
        ResetPasswordParams params = ResetPasswordParams.fromPassword("password");
        assertThat(params.newPasswordHash()).contains("XohImNooBHFR0OVvjcYpJ3NgPQ1qq73WKhHvch0VQtg=");
        assertThat(params.newDoubleSha1Hash()).contains("2470c0c06dee42fd1618bb99005adca2ec9d1e19");
        assertThat(params.toString())
                .doesNotContain("password")
                .doesNotContain("XohImNoo")
                .doesNotContain("2470c0c0")
                .contains("****");
    }

    @Test
    void openEnumsKnowTheReferenceValues() {
        assertThat(ServiceState.knownValues())
                .extracting(ServiceState::value)
                .contains(
                        "provisioning",
                        "starting",
                        "running",
                        "stopping",
                        "stopped",
                        "idle",
                        "awaking",
                        "partially_running",
                        "degraded",
                        "failed",
                        "terminating",
                        "terminated",
                        "softdeleting",
                        "softdeleted");
        assertThat(ServiceState.of("running")).isSameAs(ServiceState.RUNNING);
        assertThat(ServiceState.of("new").isKnown()).isFalse();
        assertThat(CloudRegion.knownValues()).hasSize(24);
        assertThat(CloudProvider.knownValues()).hasSize(3);
        assertThat(ServiceTier.knownValues()).hasSize(11);
        assertThat(BucketProvider.of("AWS")).isSameAs(BucketProvider.AWS);
        assertThat(AutoscalingMode.knownValues()).hasSize(2);
        assertThat(ReleaseChannel.knownValues()).hasSize(3);
        assertThat(ServiceProfile.knownValues()).hasSize(6);
        assertThat(ComplianceType.knownValues()).hasSize(2);
        assertThat(EndpointProtocol.knownValues()).hasSize(3);
        assertThat(BackupStatus.knownValues()).hasSize(3);
        assertThat(BackupType.knownValues()).hasSize(2);
        assertThat(BucketProvider.knownValues()).hasSize(3);
        assertThat(ByocState.knownValues()).hasSize(3);
        assertThat(QueryEndpointRole.knownValues()).hasSize(2);
    }

    @Test
    void listParamsRefuseOnlyEmptyTagKeys() {
        assertThatThrownBy(() -> ListServicesParams.builder().putTags("", "x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tag key must not be empty (spec: ResourceTagsV1.key minLength 1)");
        assertThatThrownBy(() -> ListServicesParams.builder().addTagKeys("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tag key");
        assertThat(ListServicesParams.builder().putTags(" ", "x").build().tags())
                .containsKey(" ");
    }

    @Test
    void listsSentAsNullReadAsEmptyLikeListsLeftOut() throws Exception {
        Service nulled = Json.reader(Json.type(Service.class))
                .readValue("{\"id\":\"s-1\",\"state\":\"running\",\"endpoints\":null,\"ipAccessList\":null,"
                        + "\"privateEndpointIds\":null,\"availablePrivateEndpointIds\":null,\"tags\":null}");
        Service missing = Json.reader(Json.type(Service.class)).readValue("{\"id\":\"s-1\",\"state\":\"running\"}");

        assertThat(nulled.tags()).isEmpty();
        assertThat(nulled.endpoints()).isEmpty();
        assertThat(nulled.ipAccessList()).isEmpty();
        assertThat(nulled.privateEndpointIds()).isEmpty();
        assertThat(nulled).isEqualTo(missing);
    }
}
