package dev.dbcloud.postgres;

import static dev.dbcloud.postgres.Pg.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.clickhouse.ResetPasswordResult;
import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.core.SortOrder;
import dev.dbcloud.core.internal.Json;
import dev.dbcloud.core.testing.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelsTest {
    private static <T> T read(String json, Class<T> type) throws Exception {
        return Json.reader(Json.type(type)).readValue(json);
    }

    @Test
    void emptyCredentialsReadAsAbsent() throws Exception {
        PostgresInstance i = read(
                "{\"id\":\"pg-1\",\"state\":\"creating\",\"password\":\"\",\"connectionString\":\"\"}",
                PostgresInstance.class);
        assertThat(i.password()).isEmpty();
        assertThat(i.connectionString()).isEmpty();
        assertThat(read("{\"password\":\"\"}", ResetPasswordResult.class).password())
                .isEmpty();
        assertThat(PostgresInstance.builder()
                        .id("x")
                        .state(InstanceState.CREATING)
                        .password("")
                        .build()
                        .password())
                .isEmpty();
    }

    /** The id and the state are what the SDK needs (every call names the id, the waiters read the state). */
    @Test
    void onlyTheIdAndTheStateAreRequired() throws Exception {
        PostgresInstance sparse = read("{\"id\":\"pg-1\",\"state\":\"running\"}", PostgresInstance.class);
        assertThat(sparse.state()).isEqualTo(InstanceState.RUNNING);
        assertThat(sparse.name()).isEmpty();
        assertThat(sparse.tags()).isEmpty();
        assertThatThrownBy(() -> read("{\"id\":\"pg-1\",\"name\":\"n\"}", PostgresInstance.class))
                .hasMessageContaining("[state]");
        assertThatThrownBy(() -> read("{\"state\":\"running\"}", PostgresInstance.class))
                .hasMessageContaining("[id]");
    }

    @Test
    void credentialsAreRedactedButKept() throws Exception {
        PostgresInstance created = read(fixture("instance-created.json"), PostgresInstance.class);
        assertThat(created.toString()).doesNotContain("vV6cfEr2p_-TzkCDrZOx").contains("****");
        JsonNode written = Json.toTree(created);
        assertThat(written.get("password").asText()).isEqualTo("vV6cfEr2p_-TzkCDrZOx");
        assertThat(written.get("isPrimary").asBoolean()).isTrue();
        assertThat(written).isEqualTo(Wire.tree(fixture("instance-created.json")));
    }

    @Test
    void unknownEnumValuesAreKeptAndWrittenBack() throws Exception {
        PostgresInstance i = read(
                "{\"id\":\"pg-1\",\"state\":\"hibernating\",\"size\":\"x9.huge\",\"haType\":\"quorum\","
                        + "\"postgresVersion\":\"19\",\"provider\":\"gcp\",\"isPrimary\":\"true\"}",
                PostgresInstance.class);
        assertThat(i.state().isKnown()).isFalse();
        assertThat(i.state().value()).isEqualTo("hibernating");
        assertThat(i.size().map(InstanceSize::isKnown)).contains(false);
        assertThat(i.haType().map(HaType::value)).contains("quorum");
        assertThat(i.postgresVersion().map(PostgresVersion::value)).contains("19");
        assertThat(i.isPrimary()).contains(true);
        assertThat(Json.toTree(i).get("state").asText()).isEqualTo("hibernating");
    }

    @Test
    void knownValues() {
        assertThat(InstanceState.knownValues())
                .extracting(InstanceState::value)
                .containsExactly(
                        "creating",
                        "restarting",
                        "running",
                        "replaying_wal",
                        "restoring_backup",
                        "finalizing_restore",
                        "unavailable",
                        "stopped",
                        "deleting");
        assertThat(InstanceSize.knownValues()).hasSize(82);
        assertThat(InstanceSize.of("r8gd.48xlarge")).isSameAs(InstanceSize.R8GD_48XLARGE);
        assertThat(HaType.knownValues()).extracting(HaType::value).containsExactly("none", "async", "sync");
        assertThat(PostgresVersion.knownValues()).containsExactly(PostgresVersion.V18, PostgresVersion.V17);
        assertThat(SlowQuerySortBy.knownValues()).hasSize(13);
        assertThat(SortOrder.knownValues()).containsExactly(SortOrder.ASC, SortOrder.DESC);
    }

    @Test
    void aDefaultResetPasswordIsGenerated() {
        assertThat(ResetPasswordParams.generated().password()).isEqualTo(Optional.empty());
        assertThat(ResetPasswordParams.generated().toString()).doesNotContain("****");
    }

    @Test
    void updateParamsKeepACopyOfTheCallersTags() {
        Tag env = Tag.builder().key("env").value("prod").build();
        List<Tag> tags = new ArrayList<>(List.of(env));
        UpdateInstanceParams params = UpdateInstanceParams.builder().tags(tags).build();
        tags.add(Tag.builder().key("chc_reserved").value("x").build());
        tags.add(Tag.builder().key("team").value("payments").build());
        assertThat(params.tags()).contains(List.of(env));
        assertThatThrownBy(() -> params.tags().orElseThrow().add(env))
                .isInstanceOf(UnsupportedOperationException.class);
        UpdateInstanceParams withTags = params.withTags(tags.subList(2, 3));
        tags.clear();
        assertThat(withTags.tags().orElseThrow()).extracting(Tag::key).containsExactly("team");
    }

    @Test
    void tagsSentAsNullReadAsEmptyLikeTagsLeftOut() throws Exception {
        PostgresInstance nulled = read("{\"id\":\"pg-1\",\"state\":\"running\",\"tags\":null}", PostgresInstance.class);

        assertThat(nulled.tags()).isEmpty();
        assertThat(nulled).isEqualTo(read("{\"id\":\"pg-1\",\"state\":\"running\"}", PostgresInstance.class));
    }
}
