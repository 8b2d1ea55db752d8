package dev.dbcloud.testing;

import static dev.dbcloud.testing.ClickHouseCloudSimulator.ok;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What simulated Managed Postgres instances let you observe: CA certificates, metrics, slow query patterns and
 * Prometheus text (of one instance and of the organization). Served under the lock of the {@link
 * ManagedPostgresSimulator}.
 */
final class PostgresObservability {
    /** Slow query {@code sort_by} values and the pattern fields they sort on. */
    private static final Map<String, String> SORT_FIELDS = sortFields();

    /** The CA that signs every instance's server certificate (ISRG Root X2, a public root). */
    static final String CA_CERTIFICATE = "-----BEGIN CERTIFICATE-----\n"
            + "MIICGzCCAaGgAwIBAgIQQdKd0XLq7qeAwSxs6S+HUjAKBggqhkjOPQQDAzBPMQsw\n"
            + "CQYDVQQGEwJVUzEpMCcGA1UEChMgSW50ZXJuZXQgU2VjdXJpdHkgUmVzZWFyY2gg\n"
            + "R3JvdXAxFTATBgNVBAMTDElTUkcgUm9vdCBYMjAeFw0yMDA5MDQwMDAwMDBaFw00\n"
            + "MDA5MTcxNjAwMDBaME8xCzAJBgNVBAYTAlVTMSkwJwYDVQQKEyBJbnRlcm5ldCBT\n"
            + "ZWN1cml0eSBSZXNlYXJjaCBHcm91cDEVMBMGA1UEAxMMSVNSRyBSb290IFgyMHYw\n"
            + "EAYHKoZIzj0CAQYFK4EEACIDYgAEzZvVn4CDCuwJSvMWSj5cz3es3mcFDR0HttwW\n"
            + "+1qLFNvicWDEukWVEYmO6gbf9yoWHKS5xcUy4APgHoIYOIvXRdgKam7mAHf7AlF9\n"
            + "ItgKbppbd9/w+kHsOdx1ymgHDB/qo0IwQDAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0T\n"
            + "AQH/BAUwAwEB/zAdBgNVHQ4EFgQUfEKWrt5LSDv6kviejM9ti6lyN5UwCgYIKoZI\n"
            + "zj0EAwMDaAAwZQIwe3lORlCEwkSHRhtFcP9Ymd70/aTSVaYgLXTWNLxBo1BfASdW\n"
            + "tL4ndQavEi51mI38AjEAi/V3bNTIZargCyzuFJ0nN6T5U6VR5CmD1/iQMVtCnwr1\n"
            + "/q4AaOeMSQ+2b1tbFfLn\n"
            + "-----END CERTIFICATE-----\n";

    private final ManagedPostgresSimulator postgres;

    PostgresObservability(ManagedPostgresSimulator postgres) {
        this.postgres = postgres;
    }

    /** Registers its routes; the organization's Prometheus text before any {@code …/postgres/{id}} route. */
    void register(Router router, String all, String one) {
        router.on("GET", all + "/prometheus", Router.locked(postgres, this::organizationPrometheus))
                .on("GET", one + "/caCertificates", Router.locked(postgres, this::caCertificates))
                .on("GET", one + "/metrics", Router.locked(postgres, this::metrics))
                .on("GET", one + "/slowQueryPatterns", Router.locked(postgres, this::slowQueryPatterns))
                .on("GET", one + "/slowQueryPatterns/{query_id}", Router.locked(postgres, this::slowQueryPattern))
                .on("GET", one + "/prometheus", Router.locked(postgres, this::instancePrometheus));
    }

    private SimResponse caCertificates(SimRequest request) {
        postgres.instance(request);
        return SimResponse.text(200, "application/x-pem-file", CA_CERTIFICATE)
                .withHeader("Content-Disposition", "attachment; filename=\"postgres-ca-certificate.pem\"");
    }

    private SimResponse metrics(SimRequest request) {
        PostgresInstance i = postgres.instance(request);
        Instant from = time(request, "from_date");
        Instant to = time(request, "to_date");
        if (!to.isAfter(from)) {
            throw new SimError(400, "to_date must be after from_date");
        }
        long window = Duration.between(from, to).toSeconds();
        long bucket = request.queryParam("bucket_size_seconds")
                .map(b -> integer("bucket_size_seconds", b, 1, Integer.MAX_VALUE))
                .orElse(Math.max(60, (window + 249) / 250));
        long points = (window + bucket - 1) / bucket;
        if (points > 250) {
            throw new SimError(
                    400, "Requested " + points + " data points; at most 250 are allowed: widen bucket_size_seconds");
        }
        ObjectNode result = Jsons.object();
        ArrayNode metrics = result.putArray("metrics");
        metric(
                metrics,
                i,
                "cpu_utilization",
                "CPU utilization",
                "percent",
                "Share of the CPUs in use",
                from,
                bucket,
                points,
                20,
                15);
        metric(
                metrics,
                i,
                "memory_utilization",
                "Memory utilization",
                "percent",
                "Share of the memory in use",
                from,
                bucket,
                points,
                55,
                10);
        metric(
                metrics,
                i,
                "active_connections",
                "Active connections",
                "count",
                "Client connections to Postgres",
                from,
                bucket,
                points,
                12,
                8);
        return ok(request, result);
    }

    private static void metric(
            ArrayNode metrics,
            PostgresInstance i,
            String key,
            String name,
            String unit,
            String description,
            Instant from,
            long bucket,
            long points,
            double base,
            double swing) {
        ObjectNode metric = metrics.addObject()
                .put("key", key)
                .put("name", name)
                .put("unit", unit)
                .put("description", description);
        ObjectNode series = metric.putArray("series").addObject().put("label", i.primary ? "primary" : "replica");
        ArrayNode data = series.putArray("dataPoints");
        long start = from.getEpochSecond() - Math.floorMod(from.getEpochSecond(), bucket);
        for (long n = 0; n < points; n++) {
            long t = start + n * bucket;
            double value = base + swing * Math.sin((t / 600.0) + key.length());
            data.addObject().put("timestamp", t).put("value", Math.round(value * 100) / 100.0);
        }
    }

    private SimResponse slowQueryPatterns(SimRequest request) {
        PostgresInstance i = postgres.instance(request);
        Instant from = time(request, "from_date");
        Instant to = time(request, "to_date");
        if (!to.isAfter(from)) {
            throw new SimError(400, "to_date must be after from_date");
        }
        String sortBy = request.queryParam("sort_by").orElse("total_duration");
        String field = SORT_FIELDS.get(sortBy);
        if (field == null) {
            throw new SimError(400, "sort_by: must be one of " + String.join(", ", SORT_FIELDS.keySet()));
        }
        String order = request.queryParam("sort_order").orElse("desc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw new SimError(400, "sort_order: must be one of 'asc', 'desc'");
        }
        long limit = request.queryParam("limit")
                .map(l -> integer("limit", l, 1, 500))
                .orElse(20L);
        long offset = request.queryParam("offset")
                .map(o -> integer("offset", o, 0, Integer.MAX_VALUE))
                .orElse(0L);
        Comparator<ObjectNode> comparator =
                Comparator.comparingLong(p -> p.get(field).asLong());
        List<ObjectNode> patterns = patterns(i).stream()
                .filter(p -> matches(request, p, "db_name", "dbName")
                        && matches(request, p, "db_user", "dbUser")
                        && matches(request, p, "db_operation", "dbOperation")
                        && matches(request, p, "app", "app"))
                .sorted(order.equals("asc") ? comparator : comparator.reversed())
                .skip(offset)
                .limit(limit)
                .toList();
        ArrayNode list = Jsons.array();
        patterns.forEach(list::add);
        return ok(request, list);
    }

    private SimResponse slowQueryPattern(SimRequest request) {
        PostgresInstance i = postgres.instance(request);
        for (String required : List.of("db_name", "db_user", "db_operation")) {
            if (request.queryParam(required).filter(v -> !v.isBlank()).isEmpty()) {
                throw new SimError(400, required + ": Required");
            }
        }
        String queryId = request.param("query_id");
        ObjectNode aggregate = patterns(i).stream()
                .filter(p -> p.get("queryId").asText().equals(queryId)
                        && matches(request, p, "db_name", "dbName")
                        && matches(request, p, "db_user", "dbUser")
                        && matches(request, p, "db_operation", "dbOperation")
                        && matches(request, p, "app", "app"))
                .findFirst()
                .orElseThrow(() -> new SimError(404, "Slow query pattern " + queryId + " not found"));
        ObjectNode result = Jsons.object();
        result.set("aggregate", aggregate);
        ArrayNode executions = result.putArray("recentExecutions");
        for (int n = 0; n < 3; n++) {
            String timestamp =
                    postgres.started().minus(Duration.ofMinutes(7L * (n + 1))).toString();
            if (request.queryParam("timestamp").map(timestamp::equals).orElse(true)) {
                executions.add(execution(i, aggregate, timestamp, n));
            }
        }
        return ok(request, result);
    }

    private static Map<String, String> sortFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("total_duration", "totalDurationUs");
        fields.put("avg_duration", "avgDurationUs");
        fields.put("call_count", "callCount");
        fields.put("total_blks_read", "totalSharedBlksRead");
        fields.put("total_cpu_time", "totalCpuTimeUs");
        fields.put("error_count", "errorCount");
        fields.put("max_duration", "maxDurationUs");
        fields.put("p50_duration", "p50DurationUs");
        fields.put("p95_duration", "p95DurationUs");
        fields.put("p99_duration", "p99DurationUs");
        fields.put("total_rows", "totalRows");
        fields.put("total_shared_blks_hit", "totalSharedBlksHit");
        fields.put("total_wal_bytes", "totalWalBytes");
        return fields;
    }

    private static boolean matches(SimRequest request, ObjectNode pattern, String param, String field) {
        return request.queryParam(param)
                .map(v -> v.equals(pattern.get(field).asText()))
                .orElse(true);
    }

    /** The instance's 24 slow query patterns, the same on every call; query ids are signed 64-bit, often negative. */
    private static List<ObjectNode> patterns(PostgresInstance i) {
        String[][] queries = {
            {"SELECT", "SELECT * FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2"},
            {"SELECT", "SELECT count(*) FROM order_items WHERE order_id = ANY($1)"},
            {"INSERT", "INSERT INTO orders (customer_id, total, created_at) VALUES ($1, $2, $3)"},
            {"UPDATE", "UPDATE orders SET status = $1 WHERE id = $2"},
            {"DELETE", "DELETE FROM sessions WHERE expires_at < $1"},
            {"UTILITY", "VACUUM ANALYZE orders"}
        };
        String[] apps = {"api", "worker", "psql", "reports"};
        Random random = new Random(i.id.hashCode());
        List<ObjectNode> patterns = new ArrayList<>();
        for (int n = 0; n < 24; n++) {
            String[] query = queries[n % queries.length];
            long queryId = random.nextLong();
            long calls = 10 + random.nextInt(50_000);
            long avg = 1_000 + random.nextInt(900_000);
            ObjectNode p = Jsons.object()
                    .put("queryId", Long.toString(n % 2 == 0 ? -Math.abs(queryId) : queryId))
                    .put("queryText", query[1])
                    .put("dbName", n % 4 == 3 ? "analytics" : "postgres")
                    .put("dbUser", n % 3 == 2 ? "reporting" : "postgres")
                    .put("dbOperation", query[0])
                    .put("app", apps[n % apps.length])
                    .put("callCount", calls)
                    .put("errorCount", random.nextInt(5) == 0 ? random.nextInt(20) : 0)
                    .put("totalDurationUs", calls * avg)
                    .put("avgDurationUs", avg)
                    .put("maxDurationUs", avg * 12)
                    .put("p50DurationUs", avg * 8 / 10)
                    .put("p95DurationUs", avg * 3)
                    .put("p99DurationUs", avg * 6)
                    .put("totalRows", calls * (1 + random.nextInt(100)))
                    .put("totalSharedBlksRead", calls * random.nextInt(40))
                    .put("totalSharedBlksHit", calls * random.nextInt(400))
                    .put("totalCpuTimeUs", calls * avg * 6 / 10)
                    .put("totalWalBytes", query[0].equals("SELECT") ? 0 : calls * 180L);
            patterns.add(p);
        }
        return patterns;
    }

    private static ObjectNode execution(PostgresInstance i, ObjectNode aggregate, String timestamp, int n) {
        ObjectNode e = Jsons.object().put("timestamp", timestamp);
        for (String field : List.of("queryId", "dbName", "dbUser", "dbOperation", "app", "queryText")) {
            e.set(field, aggregate.get(field));
        }
        long duration = aggregate.get("avgDurationUs").asLong() * (n + 1);
        e.put("pid", Integer.toString(40_000 + n * 17))
                .put("durationUs", duration)
                .put("rows", 1 + n * 3);
        for (String field : List.of(
                "sharedBlksHit",
                "sharedBlksRead",
                "sharedBlksWritten",
                "sharedBlksDirtied",
                "sharedBlkReadTimeUs",
                "sharedBlkWriteTimeUs",
                "localBlksHit",
                "localBlksRead",
                "localBlksWritten",
                "localBlksDirtied",
                "tempBlksRead",
                "tempBlksWritten",
                "tempBlkReadTimeUs",
                "tempBlkWriteTimeUs",
                "walRecords",
                "walBytes",
                "walFpi",
                "jitFunctions",
                "jitGenerationTimeUs",
                "jitInliningTimeUs",
                "jitOptimizationTimeUs",
                "jitEmissionTimeUs",
                "jitDeformTimeUs",
                "parallelWorkersPlanned",
                "parallelWorkersLaunched")) {
            e.put(field, 0);
        }
        e.put("sharedBlksHit", 120 + n).put("sharedBlksRead", 4 + n);
        e.put("cpuUserTimeUs", duration * 6 / 10).put("cpuSysTimeUs", duration / 10);
        e.put("serverRole", i.primary ? "primary" : "standby");
        return e;
    }

    private SimResponse organizationPrometheus(SimRequest request) {
        postgres.cloud().checkOrganization(request);
        StringBuilder text = new StringBuilder();
        List<PostgresInstance> live = postgres.live();
        prometheus(text, live.subList(0, Math.min(100, live.size())));
        return SimResponse.prometheus(text);
    }

    private SimResponse instancePrometheus(SimRequest request) {
        StringBuilder text = new StringBuilder();
        prometheus(text, List.of(postgres.instance(request)));
        return SimResponse.prometheus(text);
    }

    private void prometheus(StringBuilder text, List<PostgresInstance> list) {
        text.append("# HELP ClickHousePostgres_ServiceInfo Information about the Postgres service\n")
                .append("# TYPE ClickHousePostgres_ServiceInfo untyped\n");
        for (PostgresInstance i : list) {
            text.append("ClickHousePostgres_ServiceInfo{")
                    .append(labels(i))
                    .append(",state=\"")
                    .append(i.state)
                    .append("\",postgres_version=\"")
                    .append(i.postgresVersion)
                    .append("\",size=\"")
                    .append(i.size)
                    .append("\"} 1\n");
        }
        text.append("# HELP pg_up Whether the Postgres server answers (1) or not (0).\n")
                .append("# TYPE pg_up gauge\n");
        for (PostgresInstance i : list) {
            text.append("pg_up{")
                    .append(labels(i))
                    .append("} ")
                    .append(i.state.equals("running") ? 1 : 0)
                    .append('\n');
        }
        text.append("# HELP pg_stat_database_numbackends Number of backends connected to the database.\n")
                .append("# TYPE pg_stat_database_numbackends gauge\n");
        for (PostgresInstance i : list) {
            text.append("pg_stat_database_numbackends{")
                    .append(labels(i))
                    .append(",datname=\"postgres\"} ")
                    .append(i.state.equals("running") ? 7 : 0)
                    .append('\n');
        }
    }

    private String labels(PostgresInstance i) {
        return "postgres_org=\"" + postgres.cloud().organizationId() + "\",postgres_service=\"" + i.id
                + "\",postgres_service_name=\"" + i.name + "\",server_role=\"" + (i.primary ? "primary" : "replica")
                + "\"";
    }

    private static Instant time(SimRequest request, String param) {
        String text = request.queryParam(param).orElseThrow(() -> new SimError(400, param + ": Required"));
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new SimError(400, param + ": must be an RFC 3339 date-time");
        }
    }

    private static long integer(String param, String text, long min, long max) {
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new SimError(400, param + ": Not between " + min + " and " + max);
    }
}
