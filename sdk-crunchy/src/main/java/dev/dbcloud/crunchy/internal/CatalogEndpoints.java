package dev.dbcloud.crunchy.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.ResponseKind;
import dev.dbcloud.crunchy.Network;
import dev.dbcloud.crunchy.PostgresVersion;
import dev.dbcloud.crunchy.Provider;
import dev.dbcloud.crunchy.SupportedConfigurationParameter;
import dev.dbcloud.crunchy.Team;
import java.util.List;

/**
 * The endpoints outside {@code /clusters}: teams, networks, providers, Postgres versions and the catalogue of
 * configuration parameters, each declared once.
 * Team and network IDs are checked to be Crunchy Bridge IDs before sending.
 */
public final class CatalogEndpoints {
    private CatalogEndpoints() {}

    /** {@code GET /teams}. */
    public static final Endpoint<Page<Team>> LIST_TEAMS = Endpoint.get("/teams")
            .query(ListResponses.PAGING)
            .returns(ListResponses.page(new TypeReference<ListResponses.CursorPage<Team>>() {}));

    /** {@code GET /teams/{team_id}}. */
    public static final Endpoint<Team> GET_TEAM =
            Endpoint.get("/teams/{team_id}").check("team_id", Eids::check).returns(Team.class);

    /** {@code GET /networks}. */
    public static final Endpoint<Page<Network>> LIST_NETWORKS = Endpoint.get("/networks")
            .query(ListResponses.PAGING)
            .query("team_id")
            .returns(ListResponses.page(new TypeReference<ListResponses.CursorPage<Network>>() {}));

    /** {@code GET /networks/{network_id}}. */
    public static final Endpoint<Network> GET_NETWORK = Endpoint.get("/networks/{network_id}")
            .check("network_id", Eids::check)
            .returns(Network.class);

    /** {@code GET /providers}: a {@code team_id} is checked to be a Crunchy Bridge ID. */
    public static final Endpoint<List<Provider>> LIST_PROVIDERS = Endpoint.get("/providers")
            .query("team_id")
            .checkQuery("team_id", Eids::check)
            .returns(ResponseKind.listUnder("providers", Provider.class));

    /** {@code GET /postgres-versions}: a {@code team_id} is checked to be a Crunchy Bridge ID. */
    public static final Endpoint<List<PostgresVersion>> LIST_POSTGRES_VERSIONS = Endpoint.get("/postgres-versions")
            .query("team_id")
            .checkQuery("team_id", Eids::check)
            .returns(ResponseKind.listUnder("postgres_versions", PostgresVersion.class));

    /** {@code GET /postgres-versions/{postgres_version_id}}: by EID or major version number. */
    public static final Endpoint<PostgresVersion> GET_POSTGRES_VERSION =
            Endpoint.get("/postgres-versions/{postgres_version_id}").returns(PostgresVersion.class);

    /** {@code GET /configuration-parameters}: the catalogue of parameters clusters may set (credentials needed). */
    public static final Endpoint<List<SupportedConfigurationParameter>> LIST_SUPPORTED_CONFIGURATION_PARAMETERS =
            Endpoint.get("/configuration-parameters")
                    .returns(ResponseKind.listUnder("parameters", SupportedConfigurationParameter.class));
}
