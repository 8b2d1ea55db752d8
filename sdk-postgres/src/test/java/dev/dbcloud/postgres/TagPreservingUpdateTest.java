package dev.dbcloud.postgres;

import static dev.dbcloud.postgres.Pg.ID;
import static dev.dbcloud.postgres.Pg.body;
import static dev.dbcloud.postgres.Pg.fixture;
import static dev.dbcloud.postgres.Pg.instancePath;
import static dev.dbcloud.postgres.Pg.ok;
import static dev.dbcloud.postgres.Pg.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.errors.NotFoundException;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API clears every tag on a PATCH without tags: an update that does not set tags sends the current ones. */
class TagPreservingUpdateTest extends ClientTest {
    @Test
    void anUpdateWithoutTagsReadsTheCurrentTagsAndSendsThemBack() throws Exception {
        server.enqueue(ok(fixture("instance.json")));
        server.enqueue(ok(fixture("instance.json").replace("r8gd.large", "r8gd.xlarge")));
        PostgresInstance patched = client.instances()
                .update(
                        ID,
                        UpdateInstanceParams.builder()
                                .size(InstanceSize.R8GD_XLARGE)
                                .build());
        pg.expect("GET", instancePath(""));
        assertThat(body(pg.expect("PATCH", instancePath(""))))
                .isEqualTo(
                        tree("{\"size\":\"r8gd.xlarge\",\"tags\":[{\"key\":\"Environment\",\"value\":\"production\"},"
                                + "{\"key\":\"team\",\"value\":\"payments\"}]}"));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(patched.size()).contains(InstanceSize.R8GD_XLARGE);
    }

    @Test
    void anInstanceWithoutTagsGetsAnExplicitEmptyList() throws Exception {
        server.enqueue(ok(fixture("instance-created.json")));
        server.enqueue(ok(fixture("instance-patched.json")));
        client.instances()
                .update(ID, UpdateInstanceParams.builder().haType(HaType.ASYNC).build());
        pg.expect("GET", instancePath(""));
        assertThat(body(pg.expect("PATCH", instancePath("")))).isEqualTo(tree("{\"haType\":\"async\",\"tags\":[]}"));
    }

    @Test
    void theRawViewSendsThePatchAloneExactlyAsGiven() throws Exception {
        server.enqueue(Pg.json(
                200, "{\"status\":200,\"requestId\":\"patch-request\",\"result\":" + fixture("instance.json") + "}"));
        ApiResponse<PostgresInstance> response = client.instances()
                .withRawResponse()
                .update(ID, UpdateInstanceParams.builder().name("orders").build());
        assertThat(response.requestId()).contains("patch-request");
        assertThat(body(pg.expect("PATCH", instancePath("")))).isEqualTo(tree("{\"name\":\"orders\"}"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anUpdateSettingTagsSendsOnlyThePatch() throws Exception {
        server.enqueue(ok(fixture("instance-patched.json")));
        client.instances()
                .update(ID, UpdateInstanceParams.builder().tags(List.of()).build());
        assertThat(body(pg.expect("PATCH", instancePath("")))).isEqualTo(tree("{\"tags\":[]}"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aFailedReadSendsNoPatch() {
        server.enqueue(Pg.json(404, "{\"status\":404,\"error\":\"NOT_FOUND: Unknown Error\",\"requestId\":\"r-404\"}"));
        assertThatThrownBy(() -> client.instances()
                        .update(ID, UpdateInstanceParams.builder().name("x").build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    /** Tags the server holds but a caller could not set go back exactly as read, unchecked. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"key\":\"chc_owner\",\"value\":\"billing\"}",
                "{\"key\":\"no-value\"}",
                "{\"key\":\"note\",\"value\":\"has spaces in it\"}"
            })
    void serverHeldTagsGoBackAsReadWithoutBeingChecked(String tag) throws Exception {
        String instance = fixture("instance.json")
                .replaceFirst("\"tags\": \\[[^\\]]*\\]", Matcher.quoteReplacement("\"tags\": [" + tag + "]"));
        assertThat(tree(instance).get("tags")).isEqualTo(tree("[" + tag + "]"));
        server.enqueue(ok(instance));
        server.enqueue(ok(instance));
        PostgresInstance patched = client.instances()
                .update(ID, UpdateInstanceParams.builder().name("orders").build());
        pg.expect("GET", instancePath(""));
        assertThat(body(pg.expect("PATCH", instancePath(""))))
                .isEqualTo(tree("{\"name\":\"orders\",\"tags\":[" + tag + "]}"));
        assertThat(patched.tags()).hasSize(1);
    }
}
