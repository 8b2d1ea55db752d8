package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.clickpipes.CdcScaling;
import dev.dbcloud.clickhouse.clickpipes.ClickPipe;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.DiscoveredSchema;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.HttpMethod;
import java.util.List;

/**
 * The endpoints of a service's ClickPipes, {@code …/services/{serviceId}/clickpipes…} and {@code
 * …/services/{serviceId}/clickpipesCdcScaling}, each declared once; {@code ClickPipes} sends them through an {@code
 * OrganizationInvoker}, which fills in the organization. A bad pipe id is refused naming {@code pipeId}, as the
 * resource's parameter is called.
 */
public final class ClickPipeEndpoints {
    private ClickPipeEndpoints() {}

    /** {@code GET …/clickpipes}. */
    public static final Endpoint<List<ClickPipe>> LIST =
            ServiceEndpoints.service(HttpMethod.GET, "/clickpipes").returns(new TypeReference<List<ClickPipe>>() {});

    /** {@code POST …/clickpipes}; not repeated after a failure mid-flight, as a second pipe could be created. */
    public static final Endpoint<ClickPipe> CREATE =
            ServiceEndpoints.service(HttpMethod.POST, "/clickpipes").jsonBody().returns(ClickPipe.class);

    /** {@code GET …/clickpipes/{clickPipeId}}. */
    public static final Endpoint<ClickPipe> GET = pipe(HttpMethod.GET, "").returns(ClickPipe.class);

    /** {@code PATCH …/clickpipes/{clickPipeId}}. */
    public static final Endpoint<ClickPipe> UPDATE =
            pipe(HttpMethod.PATCH, "").jsonBody().returns(ClickPipe.class);

    /** {@code DELETE …/clickpipes/{clickPipeId}}; the answer carries no result. */
    public static final Endpoint<Void> DELETE = pipe(HttpMethod.DELETE, "").returnsNothing();

    /** {@code PATCH …/clickpipes/{clickPipeId}/scaling}. */
    public static final Endpoint<ClickPipe> UPDATE_SCALING =
            pipe(HttpMethod.PATCH, "/scaling").jsonBody().returns(ClickPipe.class);

    /** {@code PATCH …/clickpipes/{clickPipeId}/state} with {@code {"command": "start" | "stop" | "resync"}}. */
    public static final Endpoint<ClickPipe> CHANGE_STATE =
            pipe(HttpMethod.PATCH, "/state").jsonBody().returns(ClickPipe.class);

    /** {@code GET …/clickpipes/{clickPipeId}/settings}. */
    public static final Endpoint<ClickPipeSettings> SETTINGS =
            pipe(HttpMethod.GET, "/settings").returns(ClickPipeSettings.class);

    /** {@code PUT …/clickpipes/{clickPipeId}/settings}. */
    public static final Endpoint<ClickPipeSettings> UPDATE_SETTINGS =
            pipe(HttpMethod.PUT, "/settings").jsonBody().returns(ClickPipeSettings.class);

    /** {@code GET …/services/{serviceId}/clickpipesCdcScaling}. */
    public static final Endpoint<CdcScaling> CDC_SCALING =
            ServiceEndpoints.service(HttpMethod.GET, "/clickpipesCdcScaling").returns(CdcScaling.class);

    /** {@code PATCH …/services/{serviceId}/clickpipesCdcScaling}. */
    public static final Endpoint<CdcScaling> UPDATE_CDC_SCALING = ServiceEndpoints.service(
                    HttpMethod.PATCH, "/clickpipesCdcScaling")
            .jsonBody()
            .returns(CdcScaling.class);

    /** {@code POST …/clickpipes/schemaDiscovery}: reads samples, changes nothing; beta in the specification. */
    @Beta
    public static final Endpoint<DiscoveredSchema> DISCOVER_SCHEMA = ServiceEndpoints.service(
                    HttpMethod.POST, "/clickpipes/schemaDiscovery")
            .jsonBody()
            .returns(DiscoveredSchema.class);

    private static Endpoint.Builder pipe(HttpMethod method, String suffix) {
        return ServiceEndpoints.service(method, "/clickpipes/{clickPipeId}" + suffix)
                .check("clickPipeId", (value, name) -> Checks.pathSegment(value, "pipeId"));
    }
}
