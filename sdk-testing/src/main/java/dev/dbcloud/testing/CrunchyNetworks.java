package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The networks of the simulated Crunchy Bridge (one per cluster, created with it) and their firewall rules:
 * {@code GET /networks}, {@code GET /networks/{network_id}}, and list, create, get, update ({@code PATCH}) and
 * delete at {@code /networks/{network_id}/firewall-rules}. A rule is an IPv4 or IPv6 CIDR, {@code ingress} (the
 * default) or {@code egress}; rules of one direction may not overlap; the direction cannot change; a second
 * delete answers 410.
 */
final class CrunchyNetworks implements CrunchyBridgeSimulator.Part {
    private static final List<String> KINDS = List.of("egress", "ingress");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Network(String id, String name, String cidr4, String teamId, String providerId, String regionId) {}

    private static final class Rule {
        String id;
        String networkId;
        String teamId;
        String rule;
        String description;
        String kind;
    }

    /** A parsed CIDR: the first address of the block as a number, and its prefix length. */
    private record Block(int bits, BigInteger first, int prefix) {
        boolean overlaps(Block other) {
            if (bits != other.bits) {
                return false;
            }
            int shorter = Math.min(prefix, other.prefix);
            return first.shiftRight(bits - shorter).equals(other.first.shiftRight(bits - shorter));
        }
    }

    private final Map<String, Network> networks = new LinkedHashMap<>();
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Set<String> deletedRules = new HashSet<>();

    @Override
    public void register(CrunchyBridgeSimulator.Routes routes) {
        routes.on("GET", "/networks", this::listNetworks)
                .on("GET", "/networks/{network_id}", this::getNetwork)
                .on("GET", "/networks/{network_id}/firewall-rules", this::listRules)
                .idempotent("POST", "/networks/{network_id}/firewall-rules", this::createRule)
                .on("GET", "/networks/{network_id}/firewall-rules/{rule_id}", this::getRule)
                .idempotent("PATCH", "/networks/{network_id}/firewall-rules/{rule_id}", this::updateRule)
                .on("DELETE", "/networks/{network_id}/firewall-rules/{rule_id}", this::deleteRule);
    }

    /** Creates the network of a new cluster and returns its id. */
    String create(String teamId, String providerId, String regionId, String clusterName) {
        String id = Eids.next();
        int index = networks.size() % 4096;
        String cidr4 = "10." + (index / 16) + "." + (index % 16 * 16) + ".0/20";
        networks.put(id, new Network(id, "Network for " + clusterName, cidr4, teamId, providerId, regionId));
        return id;
    }

    private SimResponse listNetworks(SimRequest request) {
        Optional<String> teamId = request.queryParam("team_id");
        List<ObjectNode> items = new ArrayList<>();
        for (Network network : networks.values()) {
            if (teamId.isEmpty() || teamId.get().equals(network.teamId())) {
                items.add(networkJson(network));
            }
        }
        return Jsons.page(request, "networks", items, List.of("id"));
    }

    private SimResponse getNetwork(SimRequest request) {
        return SimResponse.json(200, networkJson(network(request.param("network_id"))));
    }

    private SimResponse listRules(SimRequest request) {
        Network network = network(request.param("network_id"));
        List<ObjectNode> items = new ArrayList<>();
        for (Rule rule : rules.values()) {
            if (rule.networkId.equals(network.id())) {
                items.add(ruleJson(rule));
            }
        }
        return Jsons.pagedWithoutMetadata(request, "firewall_rules", items, List.of("rule", "id"));
    }

    private SimResponse createRule(SimRequest request) {
        Network network = network(request.param("network_id"));
        JsonNode body = request.json();
        Jsons.onlyKeys(body, null, List.of("rule", "description", "kind"));
        Rule rule = new Rule();
        rule.id = Eids.next();
        rule.networkId = network.id();
        rule.teamId = network.teamId();
        rule.kind = body.hasNonNull("kind") ? Jsons.oneOf(body, "kind", KINDS) : "ingress";
        rule.rule = cidr(body, true);
        rule.description = Jsons.optionalText(body, "description");
        requireNoOverlap(rule);
        rules.put(rule.id, rule);
        return SimResponse.json(201, ruleJson(rule));
    }

    private SimResponse getRule(SimRequest request) {
        return SimResponse.json(200, ruleJson(rule(request)));
    }

    private SimResponse updateRule(SimRequest request) {
        Rule rule = rule(request);
        JsonNode body = request.json();
        Jsons.onlyKeys(body, null, List.of("rule", "description"));
        String cidr = cidr(body, false);
        if (cidr != null) {
            String previous = rule.rule;
            rule.rule = cidr;
            try {
                requireNoOverlap(rule);
            } catch (SimError e) {
                rule.rule = previous;
                throw e;
            }
        }
        if (body.has("description")) {
            rule.description = Jsons.optionalText(body, "description");
        }
        return SimResponse.json(200, ruleJson(rule));
    }

    private SimResponse deleteRule(SimRequest request) {
        String id = request.param("rule_id");
        if (deletedRules.contains(id)) {
            network(request.param("network_id"));
            throw new SimError(410, "firewall rule " + id + " has already been deleted");
        }
        Rule rule = rule(request);
        rules.remove(id);
        deletedRules.add(id);
        return SimResponse.json(200, ruleJson(rule));
    }

    private Network network(String id) {
        Network network = networks.get(id);
        if (network == null) {
            throw new SimError(404, "network " + id + " not found");
        }
        return network;
    }

    private Rule rule(SimRequest request) {
        Network network = network(request.param("network_id"));
        Rule rule = rules.get(request.param("rule_id"));
        if (rule == null || !rule.networkId.equals(network.id())) {
            throw new SimError(404, "firewall rule " + request.param("rule_id") + " not found");
        }
        return rule;
    }

    private void requireNoOverlap(Rule candidate) {
        Block block = block(candidate.rule);
        for (Rule other : rules.values()) {
            if (other != candidate
                    && other.networkId.equals(candidate.networkId)
                    && other.kind.equals(candidate.kind)
                    && block(other.rule).overlaps(block)) {
                throw new SimError(
                        400, "rule " + candidate.rule + " overlaps the " + other.kind + " rule " + other.rule);
            }
        }
    }

    /** The {@code rule} field: an IPv4 or IPv6 network in CIDR notation; null when absent and not required. */
    private static String cidr(JsonNode body, boolean required) {
        if (!required && (body.get("rule") == null || body.get("rule").isNull())) {
            return null;
        }
        String rule = Jsons.requireText(body, "rule").trim();
        try {
            block(rule);
        } catch (IllegalArgumentException e) {
            throw new SimError(400, "rule must be an IPv4 or IPv6 network in CIDR notation but was " + rule);
        }
        return rule;
    }

    private static Block block(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("no prefix length");
        }
        String address = cidr.substring(0, slash);
        byte[] bytes = address(address);
        int bits = bytes.length * 8;
        int prefix;
        try {
            prefix = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a prefix length", e);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("prefix length out of range");
        }
        BigInteger value = new BigInteger(1, bytes);
        return new Block(bits, value.shiftRight(bits - prefix).shiftLeft(bits - prefix), prefix);
    }

    /** The bytes of an IPv4 or IPv6 literal, parsed without any name lookup. */
    private static byte[] address(String address) {
        if (IPV4.matcher(address).matches()) {
            String[] octets = address.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(octets[i]);
                if (octet > 255) {
                    throw new IllegalArgumentException("octet out of range");
                }
                bytes[i] = (byte) octet;
            }
            return bytes;
        }
        if (!IPV6.matcher(address).matches()) {
            throw new IllegalArgumentException("not an address");
        }
        try {
            return InetAddress.getByName("[" + address + "]").getAddress(); // an IPv6 literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address", e);
        }
    }

    private static ObjectNode networkJson(Network network) {
        return Jsons.object()
                .put("id", network.id())
                .put("name", network.name())
                .put("cidr4", network.cidr4())
                .put("provider_id", network.providerId())
                .put("region_id", network.regionId())
                .put("team_id", network.teamId());
    }

    private static ObjectNode ruleJson(Rule rule) {
        ObjectNode node = Jsons.object().put("id", rule.id).put("rule", rule.rule);
        if (rule.description == null) {
            node.putNull("description");
        } else {
            node.put("description", rule.description);
        }
        return node.put("kind", rule.kind).put("network_id", rule.networkId).put("team_id", rule.teamId);
    }
}
