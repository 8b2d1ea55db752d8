package dev.dbcloud.codegen;

import static dev.dbcloud.codegen.ModelDescriptionsTest.emit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResourceDescriptionsTest {
    @Test
    void anInvokerResourceSendsEachEndpointFromATypedMethodAndItsRawTwin() throws Exception {
        String text = emit(new ResourceEmitter(), """
                        name: Teams
                        doc: Teams.
                        implements: ["PagedList<Team, ListTeamsParams>"]
                        imports: [dev.example.internal.TeamEndpoints]
                        subresources:
                          - name: members
                            type: TeamMembers
                            doc: "@return the members"
                        operations:
                          - name: list
                            doc: Lists.
                            endpoint: TeamEndpoints.LIST
                            params: ["ListTeamsParams params"]
                            query: params
                            queryDefault: Lists the first page.
                            returns: Page<Team>
                            override: true
                          - name: update
                            doc: Updates.
                            endpoint: TeamEndpoints.UPDATE
                            params: ["String teamId", "UpdateTeamParams params"]
                            body: params
                            returns: Team
                          - name: delete
                            endpoint: TeamEndpoints.DELETE
                            params: ["String teamId"]
                            returns: void
                            deprecated: true
                        methods:
                          - name: waitUntilReady
                            doc: Waits.
                            params: ["String teamId", "Duration timeout"]
                            returns: Team
                            delegate: TeamWaiters.ready
                        """).get(0).text();
        assertThat(text)
                .contains("import java.util.Objects;\n")
                .contains("public final class Teams extends Resource<Teams, Teams.WithRawResponse>"
                        + " implements PagedList<Team, ListTeamsParams> {\n"
                        + "    private final TeamMembers members;\n\n"
                        + "    Teams(Invoker invoker) {\n"
                        + "        super(invoker, Teams::new, WithRawResponse::new);\n"
                        + "        this.members = new TeamMembers(invoker);\n"
                        + "    }\n")
                .contains("    public TeamMembers members() {\n        return members;\n    }\n")
                .contains("    public Page<Team> list() {\n        return withRawResponse().list().value();\n    }\n")
                .contains("    @Override\n    public Page<Team> list(ListTeamsParams params) {\n"
                        + "        return withRawResponse().list(params).value();\n")
                .contains("    @Deprecated\n    public void delete(String teamId) {\n"
                        + "        withRawResponse().delete(teamId);\n")
                .contains("    public Team waitUntilReady(String teamId, Duration timeout) {\n"
                        + "        return TeamWaiters.ready(invoker(), teamId, timeout);\n")
                .contains("        public ApiResponse<Page<Team>> list() {\n"
                        + "            return list(ListTeamsParams.builder().build());\n")
                .contains("            return send(Objects.requireNonNull(params, \"params == null\")"
                        + ".bind(TeamEndpoints.LIST.call()));\n")
                .contains("            return send(TeamEndpoints.UPDATE.call(teamId)"
                        + ".body(Objects.requireNonNull(params, \"params == null\")));\n")
                .contains(
                        "        /**\n         * {@link Teams#update(String, UpdateTeamParams)}, with the response.\n")
                .contains("        @Deprecated\n        public ApiResponse<Void> delete(String teamId) {\n"
                        + "            return send(TeamEndpoints.DELETE.call(teamId));\n");
    }

    @Test
    void anOrganizationResourceSendsUnderTheResolvedOrganization() throws Exception {
        String text = emit(new ResourceEmitter(), """
                        name: Quotas
                        beta: true
                        sender: organization
                        context: ["String serviceId"]
                        operations:
                          - name: get
                            endpoint: QuotaEndpoints.GET
                            params: ["QuotaCode quotaCode"]
                            path: [serviceId, quotaCode]
                            returns: Quota
                          - name: create
                            endpoint: QuotaEndpoints.CREATE
                            params: ["CreateParams params"]
                            body: params
                            returns: void
                            raw: Quota
                          - name: start
                            endpoint: QuotaEndpoints.STATE
                            params: ["String id"]
                            command: start
                            returns: Quota
                            beta: true
                        methods:
                          - name: copy
                            params: ["String id"]
                            returns: Quota
                            delegate: QuotaWorkflows.copy
                            receives: resource
                        """).get(0).text();
        assertThat(text)
                .contains("@Beta\npublic final class Quotas extends Resource<Quotas, Quotas.WithRawResponse> {\n"
                        + "    private final OrganizationResolver organization;\n"
                        + "    private final String serviceId;\n")
                .contains("    Quotas(Invoker invoker, OrganizationResolver organization, String serviceId) {\n"
                        + "        super(invoker, i -> new Quotas(i, organization, serviceId),"
                        + " i -> new WithRawResponse(i, organization, serviceId));\n")
                .contains("    public void create(CreateParams params) {\n        withRawResponse().create(params);\n")
                .contains("            return org.send(QuotaEndpoints.GET, serviceId,"
                        + " Objects.requireNonNull(quotaCode, \"quotaCode == null\").value());\n")
                .contains("        public ApiResponse<Quota> create(CreateParams params) {\n"
                        + "            return org.sendWith(QuotaEndpoints.CREATE, params);\n")
                .contains("            return org.sendCommand(QuotaEndpoints.STATE, \"start\", id);\n")
                .contains("        return QuotaWorkflows.copy(this, id);\n")
                .contains(
                        "    @Beta\n    public static final class WithRawResponse extends RawResource<WithRawResponse> {\n"
                                + "        private final OrganizationInvoker org;\n"
                                + "        private final String serviceId;\n")
                .contains("            this.org = new OrganizationInvoker(organization, invoker);\n"
                        + "            this.serviceId = serviceId;\n");
    }

    @Test
    void refusesAnUnknownSender() {
        assertThatThrownBy(() -> emit(new ResourceEmitter(), "name: X\nsender: carrier-pigeon\n"))
                .hasMessageContaining("'sender' is invoker or organization, not carrier-pigeon");
    }

    @Test
    void refusesABodyThatIsNotAParameter() {
        assertThatThrownBy(() -> emit(
                        new ResourceEmitter(),
                        "name: X\noperations:\n  - {name: a, endpoint: E.A, params: [\"String id\"], body: params,"
                                + " returns: void}\n"))
                .hasMessageContaining("'params' is not one of its params");
    }

    @Test
    void refusesAParameterWithoutType() {
        assertThatThrownBy(() -> emit(
                        new ResourceEmitter(),
                        "name: X\noperations:\n  - {name: a, endpoint: E.A, params: [id], returns: void}\n"))
                .hasMessageContaining("a parameter is \"Type name\", not id");
    }

    @Test
    void refusesACommandWithoutTheOrganizationSender() {
        assertThatThrownBy(() -> emit(
                        new ResourceEmitter(),
                        "name: X\noperations:\n  - {name: a, endpoint: E.A, command: start, returns: void}\n"))
                .hasMessageContaining("'command' needs the organization sender");
    }

    @Test
    void refusesAnOddWorkflowReceiver() {
        assertThatThrownBy(() -> emit(
                        new ResourceEmitter(),
                        "name: X\nmethods:\n  - {name: a, returns: void, delegate: W.a, receives: nobody}\n"))
                .hasMessageContaining("'receives' is invoker, resource or organization, not nobody");
    }

    @Test
    void refusesAContextValueWithoutType() {
        assertThatThrownBy(() -> emit(new ResourceEmitter(), "name: X\ncontext: [id]\n"))
                .hasMessageContaining("a context value is \"Type name\", not id");
    }
}
