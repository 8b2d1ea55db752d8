package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of the simulated Crunchy Bridge: providers with their plans and regions, Postgres versions (both
 * answered without credentials, as the real API does) and the caller's teams.
 */
final class CrunchyCatalog implements CrunchyBridgeSimulator.Part {
    record Plan(String id, String displayName, double vcpu, double memory) {}

    record Provider(String id, String displayName, List<Plan> plans, List<String> regions) {}

    static final List<Provider> PROVIDERS = List.of(
            new Provider(
                    "aws",
                    "AWS",
                    List.of(
                            new Plan("hobby-2", "Hobby-2", 1, 2),
                            new Plan("standard-8", "Standard-8", 2, 8),
                            new Plan("standard-16", "Standard-16", 4, 16)),
                    List.of("us-east-1", "us-west-2", "eu-west-1")),
            new Provider(
                    "gcp",
                    "GCP",
                    List.of(new Plan("hobby-2", "Hobby-2", 1, 2), new Plan("standard-8", "Standard-8", 2, 8)),
                    List.of("us-central1", "europe-west3")),
            new Provider(
                    "azure",
                    "Azure",
                    List.of(new Plan("hobby-2", "Hobby-2", 1, 2), new Plan("standard-8", "Standard-8", 2, 8)),
                    List.of("eastus", "westeurope")));

    record Team(String id, String name, boolean isDefault, Instant createdAt) {}

    private final List<Team> teams = new ArrayList<>();

    CrunchyCatalog(SimClock clock) {
        Instant now = clock.now();
        teams.add(new Team(Eids.next(), "Personal", true, now.minus(Duration.ofDays(400))));
        teams.add(new Team(Eids.next(), "Data Platform", false, now.minus(Duration.ofDays(200))));
    }

    /** The default team's id, where seeded clusters live. */
    String defaultTeamId() {
        return teams.get(0).id();
    }

    @Override
    public void register(CrunchyBridgeSimulator.Routes routes) {
        routes.open("GET", "/providers", this::providers)
                .open("GET", "/postgres-versions", this::postgresVersions)
                .on("GET", "/teams", this::listTeams)
                .on("GET", "/teams/{team_id}", this::getTeam);
    }

    private SimResponse providers(SimRequest request) {
        ArrayNode providers = Jsons.array();
        for (Provider p : PROVIDERS) {
            ObjectNode provider = providers.addObject();
            provider.put("id", p.id()).put("display_name", p.displayName());
            provider.putObject("disk").put("rate", 0.1);
            ArrayNode plans = provider.putArray("plans");
            for (Plan plan : p.plans()) {
                ObjectNode node = plans.addObject()
                        .put("id", plan.id())
                        .put("display_name", plan.displayName())
                        .put("vcpu", plan.vcpu())
                        .put("cpu", plan.vcpu())
                        .put("memory", plan.memory())
                        .put("rate", plan.memory() * 2.5);
                ArrayNode regionIds = node.putArray("region_ids");
                p.regions().forEach(regionIds::add);
            }
            ArrayNode regions = provider.putArray("regions");
            for (String region : p.regions()) {
                regions.addObject()
                        .put("id", region)
                        .put("display_name", region)
                        .put("location", region)
                        .put("multiplier", 1.0);
            }
        }
        ObjectNode body = Jsons.object();
        body.set("providers", providers);
        return SimResponse.json(200, body);
    }

    private SimResponse postgresVersions(SimRequest request) {
        ObjectNode body = Jsons.object();
        ArrayNode versions = body.putArray("postgres_versions");
        for (int major = 15; major <= 17; major++) {
            versions.addObject()
                    .put("id", versionId(major))
                    .put("display_name", "Postgres " + major)
                    .put("is_default", major == 17)
                    .put("major_version", major);
        }
        return SimResponse.json(200, body);
    }

    private SimResponse listTeams(SimRequest request) {
        List<ObjectNode> items = new ArrayList<>();
        for (Team team : teams) {
            items.add(teamJson(team));
        }
        return Jsons.page(request, "teams", items, List.of("id", "name"));
    }

    private SimResponse getTeam(SimRequest request) {
        return SimResponse.json(200, teamJson(team(request.param("team_id"))));
    }

    Team team(String id) {
        return teams.stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new SimError(404, "team " + id + " not found"));
    }

    static Provider provider(String id) {
        return PROVIDERS.stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new SimError(400, "provider_id must be one of aws, gcp, azure but was " + id));
    }

    static Plan plan(Provider provider, String id) {
        return provider.plans().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(
                        () -> new SimError(400, "plan_id " + id + " is not available on provider " + provider.id()));
    }

    static String region(Provider provider, String id) {
        if (id == null) {
            return provider.regions().get(0);
        }
        if (!provider.regions().contains(id)) {
            throw new SimError(400, "region_id " + id + " is not available on provider " + provider.id());
        }
        return id;
    }

    private static ObjectNode teamJson(Team team) {
        ObjectNode node = Jsons.object()
                .put("id", team.id())
                .put("name", team.name())
                .put("is_default", team.isDefault())
                .put("is_personal", team.isDefault())
                .put("role", "admin")
                .put("default_role_flavor", "read")
                .put("support_tier", "standard")
                .put("enforce_mfa", false)
                .put("enforce_sso", false);
        Jsons.putTime(node, "created_at", team.createdAt());
        Jsons.putTime(node, "updated_at", team.createdAt());
        return node;
    }

    /** A stable EID-shaped id per Postgres major version. */
    static String versionId(int major) {
        return "pgversion" + "abcdefghijklmnop".charAt(major % 16) + "aaaaaaaaaaaaaaaa";
    }
}
