package dev.dbcloud.testing;

/**
 * Prometheus text of the simulated ClickHouse Cloud API: {@code GET …/prometheus} of the organization (one
 * {@code ClickHouse_ServiceInfo} line per service) and of one service (with a few metrics while it runs, fewer with
 * {@code filtered_metrics=true}).
 */
final class ClickHousePrometheus {
    private final ClickHouseCloudSimulator cloud;

    ClickHousePrometheus(ClickHouseCloudSimulator cloud) {
        this.cloud = cloud;
    }

    void register(Router router) {
        String organization = ClickHouseCloudSimulator.ORGANIZATION;
        router.on("GET", organization + "/prometheus", cloud.locked(this::organizationPrometheus))
                .on("GET", organization + "/services/{service_id}/prometheus", cloud.locked(this::servicePrometheus));
    }

    private SimResponse organizationPrometheus(SimRequest request) {
        cloud.checkOrganization(request);
        StringBuilder text = new StringBuilder();
        serviceInfoHeader(text);
        for (CloudService s : cloud.liveServices()) {
            serviceInfo(text, s);
        }
        return SimResponse.prometheus(text);
    }

    private SimResponse servicePrometheus(SimRequest request) {
        CloudService s = cloud.service(request);
        boolean filtered = request.queryParam("filtered_metrics")
                .map(Boolean::parseBoolean)
                .orElse(false);
        StringBuilder text = new StringBuilder();
        serviceInfoHeader(text);
        serviceInfo(text, s);
        if (s.state.equals("running")) {
            String labels = labels(s) + ",hostname=\"c-" + s.shortId() + "-server-0\"";
            metric(
                    text,
                    "ClickHouseProfileEvents_Query",
                    "counter",
                    "Number of queries to be interpreted and" + " potentially executed.",
                    labels,
                    1_234);
            metric(text, "ClickHouseMetrics_TCPConnection", "gauge", "Number of connections to TCP server.", labels, 3);
            if (!filtered) {
                metric(
                        text,
                        "ClickHouseAsyncMetrics_TotalRowsOfMergeTreeTables",
                        "gauge",
                        "Total amount of rows" + " stored in all tables of MergeTree family.",
                        labels,
                        1_048_576);
            }
        }
        return SimResponse.prometheus(text);
    }

    private static void serviceInfoHeader(StringBuilder text) {
        text.append("# HELP ClickHouse_ServiceInfo Information about service, including cluster status and"
                        + " ClickHouse version\n")
                .append("# TYPE ClickHouse_ServiceInfo untyped\n");
    }

    private void serviceInfo(StringBuilder text, CloudService s) {
        text.append("ClickHouse_ServiceInfo{")
                .append(labels(s))
                .append(",clickhouse_cluster_status=\"")
                .append(s.state)
                .append("\",clickhouse_version=\"25.8\",scrape=\"full\"} 1\n");
    }

    private String labels(CloudService s) {
        return "clickhouse_org=\"" + cloud.organizationId() + "\",clickhouse_service=\"" + s.id
                + "\",clickhouse_service_name=\"" + s.name + "\"";
    }

    private static void metric(StringBuilder text, String name, String type, String help, String labels, long v) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        text.append(name).append('{').append(labels).append("} ").append(v).append('\n');
    }
}
