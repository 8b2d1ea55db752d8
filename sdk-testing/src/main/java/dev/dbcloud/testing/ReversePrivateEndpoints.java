package dev.dbcloud.testing;

import static dev.dbcloud.testing.ClickHouseCloudSimulator.done;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.ok;
import static dev.dbcloud.testing.ClickPipesSimulator.ENDPOINT_DELETE_TIME;
import static dev.dbcloud.testing.ClickPipesSimulator.ENDPOINT_TIME;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The ClickPipes reverse private endpoints of a service ({@code clickpipesReversePrivateEndpoints}): {@code
 * Provisioning → Ready} ({@code PendingAcceptance} in between for endpoint services and Private Service Connect) and
 * {@code Deleting → gone}. Served under the lock of the {@link ClickPipesSimulator} they belong to.
 */
final class ReversePrivateEndpoints {
    private static final List<String> ENDPOINT_TYPES =
            List.of("VPC_ENDPOINT_SERVICE", "VPC_RESOURCE", "MSK_MULTI_VPC", "GCP_PSC_SERVICE_ATTACHMENT");
    private static final Pattern PSC_ATTACHMENT =
            Pattern.compile("^projects/[^/]+/regions/[^/]+/serviceAttachments/[^/]+$");

    private static final class Endpoint {
        final String id = UUID.randomUUID().toString();
        final String serviceId;
        final ObjectNode request;
        final String endpointId;
        final Timeline timeline;
        String status = "Provisioning";
        ArrayNode dnsMappings;
        boolean gone;

        Endpoint(String serviceId, ObjectNode request, SimClock clock) {
            this.serviceId = serviceId;
            this.request = request;
            this.endpointId =
                    "vpce-" + UUID.randomUUID().toString().replace("-", "").substring(0, 17);
            this.timeline = new Timeline(clock);
        }
    }

    private final ClickPipesSimulator pipes;
    private final SimClock clock;
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

    ReversePrivateEndpoints(ClickPipesSimulator pipes, SimClock clock) {
        this.pipes = pipes;
        this.clock = clock;
    }

    void register(Router router, String service) {
        String endpoints = service + "/clickpipesReversePrivateEndpoints";
        router.on("GET", endpoints, Router.locked(pipes, this::listEndpoints))
                .on("POST", endpoints, Router.locked(pipes, this::createEndpoint))
                .on("GET", endpoints + "/{endpoint_id}", Router.locked(pipes, this::getEndpoint))
                .on("PATCH", endpoints + "/{endpoint_id}", Router.locked(pipes, this::updateEndpoint))
                .on("DELETE", endpoints + "/{endpoint_id}", Router.locked(pipes, this::deleteEndpoint));
    }

    private SimResponse listEndpoints(SimRequest request) {
        String serviceId = pipes.runningService(request);
        ArrayNode list = Jsons.array();
        for (Endpoint e : liveEndpoints(serviceId)) {
            list.add(endpointJson(e));
        }
        return ok(request, list);
    }

    private SimResponse getEndpoint(SimRequest request) {
        return ok(request, endpointJson(endpoint(request)));
    }

    private SimResponse createEndpoint(SimRequest request) {
        String serviceId = pipes.runningService(request);
        JsonNode body = request.json();
        // reference/clickhouse-cloud.md §8: description (at most 255 characters) and type; the spec's "Required for
        // …" fields of each type; the GCP attachment's documented format; no DNS mappings for MSK multi-VPC
        String description = Jsons.requireText(body, "description");
        if (description.length() > 255) {
            throw new SimError(400, "description: Must be at most 255 characters");
        }
        String type = Jsons.oneOf(body, "type", ENDPOINT_TYPES);
        switch (type) {
            case "VPC_ENDPOINT_SERVICE" -> {} // vpcEndpointServiceName is optional in the spec and reference
            case "VPC_RESOURCE" -> {
                Jsons.requireText(body, "vpcResourceConfigurationId");
                Jsons.requireText(body, "vpcResourceShareArn");
            }
            case "MSK_MULTI_VPC" -> {
                Jsons.requireText(body, "mskClusterArn");
                Jsons.oneOf(body, "mskAuthentication", List.of("SASL_IAM", "SASL_SCRAM"));
                if (body.has("customPrivateDnsMappings")
                        && !body.get("customPrivateDnsMappings").isEmpty()) {
                    throw new SimError(400, "customPrivateDnsMappings: not supported for MSK_MULTI_VPC");
                }
            }
            default -> {
                String attachment = Jsons.requireText(body, "gcpServiceAttachment");
                if (!PSC_ATTACHMENT.matcher(attachment).matches()) {
                    throw new SimError(
                            400,
                            "gcpServiceAttachment: must be projects/{project}/regions/{region}/serviceAttachments/{name}");
                }
            }
        }
        ObjectNode copy = Jsons.object();
        for (String field : List.of(
                "description",
                "type",
                "vpcEndpointServiceName",
                "vpcResourceConfigurationId",
                "vpcResourceShareArn",
                "mskClusterArn",
                "mskAuthentication",
                "gcpServiceAttachment")) {
            if (body.hasNonNull(field)) {
                copy.set(field, body.get(field));
            } else {
                copy.putNull(field);
            }
        }
        Endpoint e = new Endpoint(serviceId, copy, clock);
        e.dnsMappings = dnsMappings(serviceId, body.get("customPrivateDnsMappings"), null);
        if (type.equals("VPC_ENDPOINT_SERVICE") || type.equals("GCP_PSC_SERVICE_ATTACHMENT")) {
            e.timeline.then(ENDPOINT_TIME.dividedBy(2), "PendingAcceptance").then(ENDPOINT_TIME.dividedBy(2), "Ready");
        } else {
            e.timeline.then(ENDPOINT_TIME, "Ready");
        }
        endpoints.put(e.id, e);
        return ok(request, endpointJson(e));
    }

    private SimResponse updateEndpoint(SimRequest request) {
        Endpoint e = endpoint(request);
        JsonNode mappings = request.json().get("customPrivateDnsMappings");
        if (mappings == null || mappings.isNull()) {
            return ok(request, endpointJson(e)); // the spec's UpdateReversePrivateEndpoint requires nothing
        }
        if (e.request.path("type").asText().equals("MSK_MULTI_VPC") && !mappings.isEmpty()) {
            throw new SimError(400, "customPrivateDnsMappings: not supported for MSK_MULTI_VPC");
        }
        e.dnsMappings = dnsMappings(e.serviceId, mappings, e);
        return ok(request, endpointJson(e));
    }

    private SimResponse deleteEndpoint(SimRequest request) {
        Endpoint e = endpoint(request);
        if (!e.status.equals("Deleting")) {
            e.status = "Deleting";
            e.timeline.clear().then(ENDPOINT_DELETE_TIME, "Deleted", () -> e.gone = true);
        }
        return done(request);
    }

    private ArrayNode dnsMappings(String serviceId, JsonNode mappings, Endpoint self) {
        ArrayNode copy = Jsons.array();
        if (mappings == null || mappings.isNull()) {
            return copy;
        }
        for (JsonNode mapping : mappings) {
            String name = Jsons.requireText(mapping, "privateDnsName");
            for (Endpoint other : liveEndpoints(serviceId)) {
                for (JsonNode used : other.dnsMappings) {
                    if (other != self && used.path("privateDnsName").asText().equals(name)) {
                        throw new SimError(400, "privateDnsName " + name + " is already used in this service");
                    }
                }
            }
            copy.addObject().put("privateDnsName", name);
        }
        return copy;
    }

    private List<Endpoint> liveEndpoints(String serviceId) {
        List<Endpoint> live = new ArrayList<>();
        for (Endpoint e : List.copyOf(endpoints.values())) {
            e.timeline.advance(status -> e.status = status);
            if (e.gone) {
                endpoints.remove(e.id);
            } else if (e.serviceId.equals(serviceId)) {
                live.add(e);
            }
        }
        return live;
    }

    private Endpoint endpoint(SimRequest request) {
        String serviceId = pipes.runningService(request);
        String id = request.param("endpoint_id");
        return liveEndpoints(serviceId).stream()
                .filter(e -> e.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new SimError(404, "Reverse private endpoint " + id + " not found"));
    }

    private static ObjectNode endpointJson(Endpoint e) {
        ObjectNode node = e.request.deepCopy();
        node.set("customPrivateDnsMappings", e.dnsMappings.deepCopy());
        node.put("id", e.id).put("serviceId", e.serviceId).put("endpointId", e.endpointId);
        node.putArray("dnsNames").add(e.endpointId + ".vpce-svc.clickpipes.clickhouse.cloud");
        ArrayNode privateDns = node.putArray("privateDnsNames");
        e.dnsMappings.forEach(m -> privateDns.add(m.path("privateDnsName").asText()));
        node.put("status", e.status);
        return node;
    }
}
