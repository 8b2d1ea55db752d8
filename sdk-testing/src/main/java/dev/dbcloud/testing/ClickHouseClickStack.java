package dev.dbcloud.testing;

import static dev.dbcloud.testing.ClickHouseCloudSimulator.done;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simulated service's ClickStack under {@code …/services/{serviceId}/clickstack}: saved searches, webhooks, roles,
 * sources, alerts and dashboards (with {@code POST …/dashboards/validate}), held in memory per service. Every team
 * starts with two predefined roles ({@code Admin} and {@code Member}, names of the local cloud's own: the spec names
 * none), which cannot be changed or deleted.
 *
 * <p>Refusals follow the spec ({@code clickhouse-cloud-openapi.json}): its required fields and enums, and what its
 * operation descriptions state (a webhook body is rejected for Slack, a webhook an alert references cannot be deleted,
 * predefined roles are immutable, {@code thresholdMax} is needed for the between types). Errors are 400, the only
 * client error the spec lists for these operations, except the webhook conflict (409, as the spec words it) and an
 * unknown id (404, as the API answers every unknown resource). Webhooks' {@code headers} and {@code queryParams} are
 * write-only: they are never stored, shown or logged.
 */
final class ClickHouseClickStack {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> PREDEFINED_ROLES = List.of("Admin", "Member");
    private static final List<String> LANGUAGES = List.of("lucene", "sql");
    private static final List<String> WEBHOOK_SERVICES = List.of("slack", "incidentio", "generic");
    private static final List<String> INTERVALS = List.of("1m", "5m", "15m", "30m", "1h", "6h", "12h", "1d");
    private static final List<String> ALERT_SOURCES = List.of("saved_search", "tile");
    private static final List<String> THRESHOLD_TYPES = List.of(
            "above", "below", "above_exclusive", "below_or_equal", "equal", "not_equal", "between", "not_between");
    private static final List<String> CHANNEL_TYPES = List.of("webhook", "email");
    private static final List<String> SEVERITIES = List.of("critical", "error", "warning", "info");
    private static final List<String> SOURCE_KINDS = List.of("log", "trace", "metric", "session", "promql");
    private static final List<String> COMMON_SOURCE_FIELDS = List.of("name", "kind", "connection", "from");
    /** Per source kind, the required fields of its schema (ClickStackLogSource, …) beyond the common ones. */
    private static final Map<String, List<String>> SOURCE_FIELDS = Map.of(
            "log", List.of("defaultTableSelectExpression", "timestampValueExpression"),
            "trace",
                    List.of(
                            "defaultTableSelectExpression",
                            "timestampValueExpression",
                            "durationExpression",
                            "durationPrecision",
                            "traceIdExpression",
                            "spanIdExpression",
                            "parentSpanIdExpression",
                            "spanNameExpression",
                            "spanKindExpression"),
            "metric", List.of("metricTables", "timestampValueExpression", "resourceAttributesExpression"),
            "session", List.of("traceSourceId"),
            "promql", List.of("timestampValueExpression"));

    /** Turns a request body into what is stored, refusing what the spec refuses; {@code old} is null on create. */
    @FunctionalInterface
    private interface Shape {
        ObjectNode apply(Team team, JsonNode body, ObjectNode old);
    }

    /** One collection: its path segment, the noun of its messages, and its shape. */
    private record Kind(String path, String noun, Shape shape) {}

    /** One service's ClickStack: the team id its objects name and each collection's objects by id, oldest first. */
    private static final class Team {
        final String id = objectId();
        final Map<String, Map<String, ObjectNode>> collections = new HashMap<>();
        final Set<String> predefinedRoles = new HashSet<>();

        Map<String, ObjectNode> items(String path) {
            return collections.computeIfAbsent(path, p -> new LinkedHashMap<>());
        }
    }

    private final ClickHouseCloudSimulator cloud;
    private final Map<String, Team> teams = new HashMap<>();

    ClickHouseClickStack(ClickHouseCloudSimulator cloud) {
        this.cloud = cloud;
    }

    void register(Router router) {
        String base = ClickHouseCloudSimulator.ORGANIZATION + "/services/{service_id}/clickstack/";
        collection(router, base, new Kind("saved-searches", "Saved search", this::savedSearch), true);
        collection(router, base, new Kind("webhooks", "Webhook", this::webhook), false);
        collection(router, base, new Kind("roles", "Role", this::role), true);
        collection(router, base, new Kind("sources", "Source", this::source), true);
        collection(router, base, new Kind("alerts", "Alert", this::alert), true);
        collection(router, base, new Kind("dashboards", "Dashboard", this::dashboard), true);
        router.on("POST", base + "dashboards/validate", cloud.locked(this::validateDashboard));
    }

    /** The routes of one collection; the spec has no {@code GET} of a single webhook. */
    private void collection(Router router, String base, Kind kind, boolean gettable) {
        String items = base + kind.path();
        String item = items + "/{item_id}";
        router.on("GET", items, cloud.locked(r -> list(kind, r))).on("POST", items, cloud.locked(r -> create(kind, r)));
        if (gettable) {
            router.on("GET", item, cloud.locked(r -> ok(r, find(kind, r))));
        }
        router.on("PUT", item, cloud.locked(r -> update(kind, r)))
                .on("DELETE", item, cloud.locked(r -> delete(kind, r)));
    }

    // ---- the collections' operations ----------------------------------------------------------------------------

    private SimResponse list(Kind kind, SimRequest request) {
        ArrayNode list = Jsons.array();
        team(request).items(kind.path()).values().forEach(list::add);
        return ok(request, list);
    }

    private SimResponse create(Kind kind, SimRequest request) {
        Team team = team(request);
        ObjectNode item = Jsons.object().put("id", objectId());
        item.setAll(kind.shape().apply(team, request.json(), null));
        team.items(kind.path()).put(item.get("id").asText(), item);
        return ok(request, item);
    }

    private SimResponse update(Kind kind, SimRequest request) {
        Team team = team(request);
        ObjectNode old = find(kind, request);
        ObjectNode item = Jsons.object().put("id", old.get("id").asText());
        item.setAll(kind.shape().apply(team, request.json(), old));
        team.items(kind.path()).put(item.get("id").asText(), item);
        return ok(request, item);
    }

    private SimResponse delete(Kind kind, SimRequest request) {
        Team team = team(request);
        String id = find(kind, request).get("id").asText();
        if (kind.path().equals("roles") && team.predefinedRoles.contains(id)) {
            // the spec: "Predefined roles … cannot be deleted"
            throw new SimError(400, "Predefined roles cannot be deleted");
        }
        if (kind.path().equals("webhooks")
                && team.items("alerts").values().stream()
                        .anyMatch(a ->
                                id.equals(a.path("channel").path("webhookId").asText(null)))) {
            // the spec: "Blocked with a 409 while any alert still references it"
            throw new SimError(409, "Webhook " + id + " is referenced by an alert");
        }
        if (kind.path().equals("saved-searches")) {
            // the spec: "Deletes a saved search and any alerts attached to it"
            team.items("alerts")
                    .values()
                    .removeIf(a -> id.equals(a.path("savedSearchId").asText(null)));
        }
        team.items(kind.path()).remove(id);
        return done(request);
    }

    private ObjectNode find(Kind kind, SimRequest request) {
        String id = request.param("item_id");
        ObjectNode item = team(request).items(kind.path()).get(id);
        if (item == null) {
            throw new SimError(404, kind.noun() + " " + id + " not found");
        }
        return item;
    }

    /** The ClickStack of the service a request names; an unknown service is the services' own 404. */
    private Team team(SimRequest request) {
        String serviceId = cloud.service(request).id;
        return teams.computeIfAbsent(serviceId, id -> seeded(new Team()));
    }

    private Team seeded(Team team) {
        for (String name : PREDEFINED_ROLES) {
            ObjectNode role = Jsons.object().put("id", objectId()).put("name", name);
            role.put("description", name + " role (predefined)");
            ArrayNode permissions = role.putArray("permissions");
            permissions
                    .addObject()
                    .put("action", name.equals("Admin") ? "manage" : "read")
                    .put("subject", "all");
            role.put("isPredefined", true);
            stamp(role, null);
            team.items("roles").put(role.get("id").asText(), role);
            team.predefinedRoles.add(role.get("id").asText());
        }
        return team;
    }

    // ---- shapes ----------------------------------------------------------------------------------------------------

    /** ClickStackSavedSearchInput → ClickStackSavedSearch; a PUT is a full replace (the spec). */
    private ObjectNode savedSearch(Team team, JsonNode body, ObjectNode old) {
        required(body, "", "name", "sourceId");
        optionalOneOf(body, "whereLanguage", LANGUAGES);
        ObjectNode item = withoutId(body).put("teamId", team.id);
        return stamp(item, old);
    }

    /** ClickStackWebhookInput → ClickStackWebhook, without the write-only headers and query parameters. */
    private ObjectNode webhook(Team team, JsonNode body, ObjectNode old) {
        required(body, "", "name", "service", "url");
        String service = Jsons.oneOf(body, "service", WEBHOOK_SERVICES);
        if (service.equals("slack") && body.hasNonNull("body")) {
            // the spec: body is "Only for generic/incidentio; rejected for slack"
            throw new SimError(400, "body: not allowed for slack webhooks");
        }
        ObjectNode item = Jsons.object();
        for (String field : List.of("name", "service", "url", "description", "body")) {
            if (body.hasNonNull(field)) {
                item.set(field, body.get(field));
            }
        }
        return stamp(item, old);
    }

    /** ClickStackCreateRoleRequest or ClickStackUpdateRoleRequest → ClickStackRole. */
    private ObjectNode role(Team team, JsonNode body, ObjectNode old) {
        if (old != null && team.predefinedRoles.contains(old.get("id").asText())) {
            // the spec: "Predefined roles cannot be modified"
            throw new SimError(400, "Predefined roles cannot be modified");
        }
        if (old == null) {
            required(body, "", "name");
        }
        JsonNode permissions = requiredArray(body, "", "permissions");
        for (int i = 0; i < permissions.size(); i++) {
            // ClickStackCASLPermission: action and subject required
            required(permissions.get(i), "permissions." + i + ".", "action", "subject");
        }
        ObjectNode item = Jsons.object();
        // the update: "Omit to leave the name unchanged"; the description likewise
        for (String field : List.of("name", "description")) {
            JsonNode value = body.hasNonNull(field) ? body.get(field) : old == null ? null : old.get(field);
            if (value != null) {
                item.set(field, value);
            }
        }
        item.set("permissions", permissions);
        item.put("isPredefined", false);
        return stamp(item, old);
    }

    /** ClickStackSource (one of its kinds); the id is ignored if sent, and a PUT is a full replace (the spec). */
    private ObjectNode source(Team team, JsonNode body, ObjectNode old) {
        required(body, "", COMMON_SOURCE_FIELDS.toArray(String[]::new));
        String kind = Jsons.oneOf(body, "kind", SOURCE_KINDS);
        required(body, "", SOURCE_FIELDS.get(kind).toArray(String[]::new));
        return withoutId(body);
    }

    /** ClickStackCreateAlertRequest or ClickStackUpdateAlertRequest → ClickStackAlertResponse. */
    private ObjectNode alert(Team team, JsonNode body, ObjectNode old) {
        required(body, "");
        optionalOneOf(body, "interval", INTERVALS);
        optionalOneOf(body, "source", ALERT_SOURCES);
        String thresholdType = optionalOneOf(body, "thresholdType", THRESHOLD_TYPES);
        if (thresholdType != null && thresholdType.endsWith("between")) {
            // the spec: thresholdMax is "Required when thresholdType is between or not_between, must be >= threshold"
            JsonNode max = body.get("thresholdMax");
            if (max == null || !max.isNumber()) {
                throw invalid("thresholdMax", "Required");
            }
            if (max.asDouble() < body.path("threshold").asDouble()) {
                throw invalid("thresholdMax", "must be >= threshold");
            }
        }
        JsonNode channel = body.get("channel");
        if (channel != null && !channel.isNull()) {
            // ClickStackAlertChannelEmail / ClickStackAlertChannelWebhook
            String type = Jsons.oneOf(channel, "channel", "type", CHANNEL_TYPES);
            required(channel, "channel.", type.equals("email") ? "emailRecipients" : "webhookId");
            if (channel.hasNonNull("severity")) {
                Jsons.oneOf(channel, "channel", "severity", SEVERITIES);
            }
        }
        ObjectNode item = withoutId(body);
        item.put("state", old == null ? "OK" : old.path("state").asText("OK"));
        item.put("teamId", team.id);
        item.putArray("executionErrors");
        return stamp(item, old);
    }

    /** ClickStackCreateDashboardRequest or ClickStackUpdateDashboardRequest → ClickStackDashboardResponse. */
    private ObjectNode dashboard(Team team, JsonNode body, ObjectNode old) {
        required(body, "", "name");
        JsonNode tiles = requiredArray(body, "", "tiles");
        optionalOneOf(body, "savedQueryLanguage", LANGUAGES);
        Set<String> existing = new HashSet<>();
        if (old != null) {
            old.path("tiles").forEach(tile -> existing.add(tile.path("id").asText()));
        }
        ObjectNode item = withoutId(body);
        ArrayNode stored = item.putArray("tiles");
        for (int i = 0; i < tiles.size(); i++) {
            required(tiles.get(i), "tiles." + i + ".", "name", "x", "y", "w", "h");
            ObjectNode tile = ((ObjectNode) tiles.get(i)).deepCopy();
            // the spec: "tiles with an ID that does not match an existing tile will be assigned a new generated ID"
            if (!existing.contains(tile.path("id").asText())) {
                tile.put("id", objectId());
            }
            stored.add(tile);
        }
        return item;
    }

    /** Checks a dashboard as a create would, never storing it (ClickStackValidateDashboardResponse). */
    private SimResponse validateDashboard(SimRequest request) {
        Team team = team(request);
        ObjectNode result = Jsons.object();
        ArrayNode errors = Jsons.array();
        ObjectNode normalized = null;
        try {
            normalized = dashboard(team, request.json(), null);
        } catch (SimError e) {
            int colon = e.getMessage().indexOf(": ");
            errors.addObject()
                    .put("path", colon < 0 ? "" : e.getMessage().substring(0, colon))
                    .put("message", colon < 0 ? e.getMessage() : e.getMessage().substring(colon + 2));
        }
        result.put("valid", errors.isEmpty());
        result.set("errors", errors);
        result.set("normalized", normalized);
        return ok(request, result);
    }

    // ---- checks and helpers ----------------------------------------------------------------------------------------

    /** Refuses a missing (or JSON null) required field: {@code at+field: Required}, the spec's example wording. */
    private static void required(JsonNode body, String at, String... fields) {
        if (!body.isObject()) {
            throw invalid(at.isEmpty() ? "" : at.substring(0, at.length() - 1), "Expected object");
        }
        for (String field : fields) {
            JsonNode value = body.get(field);
            if (value == null
                    || value.isNull()
                    || (value.isTextual() && value.asText().isEmpty())) {
                throw invalid(at + field, "Required");
            }
        }
    }

    private static JsonNode requiredArray(JsonNode body, String at, String field) {
        required(body, at, field);
        if (!body.get(field).isArray()) {
            throw invalid(at + field, "Expected array");
        }
        return body.get(field);
    }

    /** An optional enum field: absent or null passes, anything else must be one of {@code allowed}. */
    private static String optionalOneOf(JsonNode body, String field, List<String> allowed) {
        return body.hasNonNull(field) ? Jsons.oneOf(body, field, allowed) : null;
    }

    private static SimError invalid(String path, String message) {
        return new SimError(400, path + ": " + message);
    }

    /** A copy of a request body without the id the spec says is ignored when sent. */
    private static ObjectNode withoutId(JsonNode body) {
        ObjectNode copy = ((ObjectNode) body).deepCopy();
        copy.remove("id");
        return copy;
    }

    /** Sets {@code createdAt} (kept from {@code old}) and {@code updatedAt}. */
    private ObjectNode stamp(ObjectNode item, ObjectNode old) {
        if (old != null && old.has("createdAt")) {
            item.set("createdAt", old.get("createdAt"));
        } else {
            Jsons.putTime(item, "createdAt", cloud.clock().now());
        }
        Jsons.putTime(item, "updatedAt", cloud.clock().now());
        return item;
    }

    /** A 24-hex-digit id, the shape of the spec's examples ({@code 65f5e4a3b9e77c001a123456}). */
    private static String objectId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
