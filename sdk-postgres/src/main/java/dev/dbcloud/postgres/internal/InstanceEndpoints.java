package dev.dbcloud.postgres.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.ResetPasswordResult;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import dev.dbcloud.core.internal.ResponseKind;
import dev.dbcloud.postgres.InstanceConfig;
import dev.dbcloud.postgres.InstanceMetrics;
import dev.dbcloud.postgres.PostgresInstance;
import dev.dbcloud.postgres.SlowQueryPattern;
import dev.dbcloud.postgres.SlowQueryPatternDetail;
import java.util.List;

/**
 * The Managed Postgres endpoints, {@code /v1/organizations/{organizationId}/postgres…}, each declared once;
 * {@code Instances} and its workflows send them through an {@code OrganizationInvoker}. Paths are the
 * specification's (tag {@code Postgres}), every one of them beta there, hence {@code @Beta} on the class.
 */
@Beta
public final class InstanceEndpoints {
    private static final String POSTGRES = "/v1/organizations/{organizationId}/postgres";
    private static final EndpointGroup INSTANCE = EndpointGroup.of(POSTGRES + "/{postgresId}");

    private InstanceEndpoints() {}

    /** {@code GET …/postgres}: every instance, not paged. */
    public static final Endpoint<List<PostgresInstance>> LIST =
            Endpoint.get(POSTGRES).returns(new TypeReference<List<PostgresInstance>>() {});

    /** {@code POST …/postgres} (200). */
    public static final Endpoint<PostgresInstance> CREATE =
            Endpoint.post(POSTGRES).jsonBody().secretResponse().returns(PostgresInstance.class);

    /** {@code GET …/postgres/{postgresId}}. */
    public static final Endpoint<PostgresInstance> GET = INSTANCE.get("").returns(PostgresInstance.class);

    /** {@code PATCH …/postgres/{postgresId}}; without {@code tags} the API clears every tag. */
    public static final Endpoint<PostgresInstance> UPDATE =
            INSTANCE.patch("").jsonBody().returns(PostgresInstance.class);

    /** {@code DELETE …/postgres/{postgresId}}: an envelope without {@code result}. */
    public static final Endpoint<Void> DELETE = INSTANCE.delete("").returnsNothing();

    /** {@code PATCH …/postgres/{postgresId}/state} with {@code {"command": …}}. */
    public static final Endpoint<PostgresInstance> STATE =
            INSTANCE.patch("/state").jsonBody().returns(PostgresInstance.class);

    /** {@code PATCH …/postgres/{postgresId}/password}. */
    public static final Endpoint<ResetPasswordResult> PASSWORD =
            INSTANCE.patch("/password").jsonBody().secretResponse().returns(ResetPasswordResult.class);

    /** {@code POST …/postgres/{postgresId}/readReplica}: the new replica. */
    public static final Endpoint<PostgresInstance> READ_REPLICA =
            INSTANCE.post("/readReplica").jsonBody().returns(PostgresInstance.class);

    /** {@code POST …/postgres/{postgresId}/restoredService}: the new instance. */
    public static final Endpoint<PostgresInstance> RESTORE =
            INSTANCE.post("/restoredService").jsonBody().returns(PostgresInstance.class);

    /** {@code GET …/postgres/{postgresId}/config}. */
    public static final Endpoint<InstanceConfig> CONFIG =
            INSTANCE.get("/config").returns(InstanceConfig.class);

    /** {@code POST …/postgres/{postgresId}/config}: replaces the configuration. */
    public static final Endpoint<InstanceConfig> REPLACE_CONFIG =
            INSTANCE.post("/config").jsonBody().returns(InstanceConfig.class);

    /** {@code PATCH …/postgres/{postgresId}/config}: merges into the configuration. */
    public static final Endpoint<InstanceConfig> UPDATE_CONFIG =
            INSTANCE.patch("/config").jsonBody().returns(InstanceConfig.class);

    /** {@code GET …/postgres/{postgresId}/caCertificates}: PEM text, not enveloped. */
    public static final Endpoint<String> CA_CERTIFICATES =
            INSTANCE.get("/caCertificates").returns(ResponseKind.text());

    /** {@code GET …/postgres/{postgresId}/metrics}. */
    public static final Endpoint<InstanceMetrics> METRICS = INSTANCE.get("/metrics")
            .query("from_date", "to_date", "bucket_size_seconds")
            .returns(InstanceMetrics.class);

    /** {@code GET …/postgres/{postgresId}/slowQueryPatterns}: one offset-paged page. */
    public static final Endpoint<List<SlowQueryPattern>> SLOW_QUERY_PATTERNS = INSTANCE.get("/slowQueryPatterns")
            .query("from_date", "to_date", "db_name", "db_user", "db_operation", "app", "sort_by", "sort_order")
            .query("limit", "offset")
            .returns(new TypeReference<List<SlowQueryPattern>>() {});

    /** {@code GET …/postgres/{postgresId}/slowQueryPatterns/{queryId}}. */
    public static final Endpoint<SlowQueryPatternDetail> SLOW_QUERY_PATTERN = INSTANCE.get(
                    "/slowQueryPatterns/{queryId}")
            .query("db_name", "db_user", "db_operation", "app", "timestamp")
            .returns(SlowQueryPatternDetail.class);

    /** {@code GET …/postgres/{postgresId}/prometheus}: Prometheus text (evolving). */
    public static final Endpoint<String> PROMETHEUS =
            INSTANCE.get("/prometheus").returns(ResponseKind.text());

    /** {@code GET …/postgres/prometheus}: Prometheus text of at most 100 instances (evolving). */
    public static final Endpoint<String> ORGANIZATION_PROMETHEUS =
            Endpoint.get(POSTGRES + "/prometheus").returns(ResponseKind.text());
}
