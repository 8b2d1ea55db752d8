package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.clickpipes.CdcScaling;
import dev.dbcloud.clickhouse.clickpipes.ClickPipe;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.DiscoveredSchema;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import java.util.List;

/**
 * The endpoints of a service's ClickPipes, {@code …/services/{serviceId}/clickpipes…} and {@code
 * …/services/{serviceId}/clickpipesCdcScaling}, each declared once; {@code ClickPipes} sends them through an {@code
 * OrganizationInvoker}, which fills in the organization. A bad pipe id is refused naming {@code pipeId}, as the
 * resource's parameter is called.
 */
public final class ClickPipeEndpoints {
    private static final EndpointGroup SERVICE = ServiceEndpoints.SERVICE;
    private static final EndpointGroup PIPE = SERVICE.at("/clickpipes/{clickPipeId}")
            .check("clickPipeId", (value, name) -> Checks.pathSegment(value, "pipeId"));

    private ClickPipeEndpoints() {}

    /** {@code GET …/clickpipes}. */
    public static final Endpoint<List<ClickPipe>> LIST =
            SERVICE.get("/clickpipes").returns(new TypeReference<List<ClickPipe>>() {});

    /** {@code POST …/clickpipes}; not repeated after a failure mid-flight, as a second pipe could be created. */
    public static final Endpoint<ClickPipe> CREATE =
            SERVICE.post("/clickpipes").jsonBody().returns(ClickPipe.class);

    /** {@code GET …/clickpipes/{clickPipeId}}. */
    public static final Endpoint<ClickPipe> GET = PIPE.get("").returns(ClickPipe.class);

    /** {@code PATCH …/clickpipes/{clickPipeId}}. */
    public static final Endpoint<ClickPipe> UPDATE = PIPE.patch("").jsonBody().returns(ClickPipe.class);

    /** {@code DELETE …/clickpipes/{clickPipeId}}; the answer carries no result. */
    public static final Endpoint<Void> DELETE = PIPE.delete("").returnsNothing();

    /** {@code PATCH …/clickpipes/{clickPipeId}/scaling}. */
    public static final Endpoint<ClickPipe> UPDATE_SCALING =
            PIPE.patch("/scaling").jsonBody().returns(ClickPipe.class);

    /** {@code PATCH …/clickpipes/{clickPipeId}/state} with {@code {"command": "start" | "stop" | "resync"}}. */
    public static final Endpoint<ClickPipe> CHANGE_STATE =
            PIPE.patch("/state").jsonBody().returns(ClickPipe.class);

    /** {@code GET …/clickpipes/{clickPipeId}/settings}. */
    public static final Endpoint<ClickPipeSettings> SETTINGS =
            PIPE.get("/settings").returns(ClickPipeSettings.class);

    /** {@code PUT …/clickpipes/{clickPipeId}/settings}. */
    public static final Endpoint<ClickPipeSettings> UPDATE_SETTINGS =
            PIPE.put("/settings").jsonBody().returns(ClickPipeSettings.class);

    /** {@code GET …/services/{serviceId}/clickpipesCdcScaling}. */
    public static final Endpoint<CdcScaling> CDC_SCALING =
            SERVICE.get("/clickpipesCdcScaling").returns(CdcScaling.class);

    /** {@code PATCH …/services/{serviceId}/clickpipesCdcScaling}. */
    public static final Endpoint<CdcScaling> UPDATE_CDC_SCALING =
            SERVICE.patch("/clickpipesCdcScaling").jsonBody().returns(CdcScaling.class);

    /** {@code POST …/clickpipes/schemaDiscovery}: reads samples, changes nothing; beta in the specification. */
    @Beta
    public static final Endpoint<DiscoveredSchema> DISCOVER_SCHEMA =
            SERVICE.post("/clickpipes/schemaDiscovery").jsonBody().returns(DiscoveredSchema.class);
}
