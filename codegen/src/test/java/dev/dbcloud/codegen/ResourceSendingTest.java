package dev.dbcloud.codegen;

import static dev.dbcloud.codegen.ModelDescriptionsTest.emit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The keys that let a resource send what its raw methods once built by hand: query values, delegates, waiters. */
class ResourceSendingTest {
    @Test
    void queryParamsSendParametersAsQueryValuesOnEitherSender() throws Exception {
        String invoker = emit(new ResourceEmitter(), """
                        name: Metrics
                        operations:
                          - name: scrape
                            endpoint: MetricEndpoints.SCRAPE
                            params: ["String serviceId", "boolean filteredMetrics"]
                            queryParams: {filtered_metrics: filteredMetrics}
                            returns: String
                        """).get(0).text();
        assertThat(invoker)
                .contains("        public ApiResponse<String> scrape(String serviceId, boolean filteredMetrics) {\n"
                        + "            return send(MetricEndpoints.SCRAPE.call(serviceId)"
                        + ".query(\"filtered_metrics\", filteredMetrics));\n");
        String organization = emit(new ResourceEmitter(), """
                        name: Metrics
                        sender: organization
                        operations:
                          - name: scrape
                            endpoint: MetricEndpoints.SCRAPE
                            params: ["boolean filteredMetrics"]
                            queryParams: {filtered_metrics: filteredMetrics}
                            returns: String
                        """).get(0).text();
        assertThat(organization)
                .contains("            return org.send(org.call(MetricEndpoints.SCRAPE)"
                        + ".query(\"filtered_metrics\", filteredMetrics));\n");
    }

    @Test
    void anOrganizationQueryIsBoundToTheCallUnderTheOrganization() throws Exception {
        String text = emit(new ResourceEmitter(), """
                        name: Activities
                        sender: organization
                        operations:
                          - name: list
                            endpoint: ActivityEndpoints.LIST
                            params: ["String serviceId", "ListActivitiesParams params"]
                            query: params
                            queryDefault: Lists over the API's period.
                            returns: List<Activity>
                        """).get(0).text();
        assertThat(text)
                .contains("            return list(serviceId, ListActivitiesParams.builder().build());\n")
                .contains("            return org.send(Objects.requireNonNull(params, \"params == null\")"
                        + ".bind(org.call(ActivityEndpoints.LIST, serviceId)));\n");
    }

    @Test
    void anOperationMaySendWithoutTheOrganizationOrThroughADelegate() throws Exception {
        String text = emit(new ResourceEmitter(), """
                        name: Udfs
                        sender: organization
                        operations:
                          - name: get
                            endpoint: OrganizationEndpoints.GET
                            params: ["String organizationId"]
                            returns: Organization
                            sender: invoker
                          - name: create
                            endpoint: UdfEndpoints.CREATE
                            params: ["String functionName", "UdfVersionParams params"]
                            send: UdfRequests.create
                            returns: Udf
                          - name: deleteVersion
                            endpoint: UdfEndpoints.DELETE_VERSION
                            params: ["String functionName", "int version"]
                            returns: void
                        """).get(0).text();
        assertThat(text)
                .contains("            return send(OrganizationEndpoints.GET.call(organizationId));\n")
                .contains("    public Udf create(String functionName, UdfVersionParams params) {\n"
                        + "        return withRawResponse().create(functionName, params).value();\n")
                .contains("            return UdfRequests.create(org, functionName, params);\n")
                .contains(
                        "            return org.send(UdfEndpoints.DELETE_VERSION, functionName, String.valueOf(version));\n");

        String withContext = emit(new ResourceEmitter(), """
                        name: Clusters
                        context: ["String organizationId"]
                        operations:
                          - name: get
                            endpoint: ClusterEndpoints.GET
                            params: ["String clusterId"]
                            send: ClusterLookup.send
                            returns: Cluster
                        """).get(0).text();
        assertThat(withContext)
                .contains("            return ClusterLookup.send(invoker(), organizationId, clusterId);\n");
        assertThatThrownBy(() -> emit(new ResourceEmitter(), """
                        name: Udfs
                        operations:
                          - name: get
                            endpoint: E.GET
                            returns: Udf
                            sender: organization
                        """))
                .hasMessageContaining("an operation's 'sender' is invoker, not organization");
    }

    @Test
    void anUntypedOperationWritesTheRawMethodAloneBesideItsWorkflow() throws Exception {
        String text = emit(new ResourceEmitter(), """
                        name: Services
                        sender: organization
                        operations:
                          - name: delete
                            endpoint: ServiceEndpoints.DELETE
                            params: ["String serviceId"]
                            returns: void
                            rawOnly: true
                        methods:
                          - name: delete
                            doc: Deletes, stopping first.
                            params: ["String serviceId"]
                            returns: void
                            delegate: ServiceDeletion.delete
                            receives: organization
                          - name: waitUntilDeleted
                            doc: Waits.
                            params: ["String serviceId", "Duration timeout"]
                            returns: void
                            waiter: ServiceWaiters.DELETED
                          - name: waitUntilRunning
                            params: ["String serviceId", "Duration timeout"]
                            returns: Service
                            waiter: ServiceWaiters.RUNNING
                        """).get(0).text();
        assertThat(text)
                .doesNotContain("withRawResponse().delete(")
                .contains(
                        "    public void delete(String serviceId) {\n"
                                + "        ServiceDeletion.delete(new OrganizationInvoker(organization, invoker()), serviceId);\n")
                .contains("    public void waitUntilDeleted(String serviceId, Duration timeout) {\n"
                        + "        new OrganizationInvoker(organization, invoker())"
                        + ".await(ServiceWaiters.DELETED, timeout, serviceId);\n")
                .contains("        return new OrganizationInvoker(organization, invoker())"
                        + ".await(ServiceWaiters.RUNNING, timeout, serviceId);\n")
                .contains("        public ApiResponse<Void> delete(String serviceId) {\n"
                        + "            return org.send(ServiceEndpoints.DELETE, serviceId);\n");
        assertThatThrownBy(() -> emit(new ResourceEmitter(), """
                        name: Teams
                        methods:
                          - name: waitUntilReady
                            params: ["String teamId", "Duration timeout"]
                            returns: Team
                            waiter: TeamWaiters.READY
                        """))
                .hasMessageContaining("waitUntilReady: needs the organization sender");
        assertThatThrownBy(() -> emit(new ResourceEmitter(), """
                        name: Services
                        sender: organization
                        methods:
                          - name: waitUntilReady
                            params: ["String serviceId"]
                            returns: Service
                            waiter: ServiceWaiters.RUNNING
                        """))
                .hasMessageContaining("a waiter needs a \"Duration timeout\" parameter");
    }

    @Test
    void aLazySubresourceIsMadeOnFirstUseWithTheViewsContext() throws Exception {
        String text = emit(new ResourceEmitter(), """
                        name: Organizations
                        sender: organization
                        subresources:
                          - name: udfs
                            type: Udfs
                            doc: The UDFs.
                            lazy: true
                            beta: true
                          - name: roles
                            type: Roles
                        """).get(0).text();
        assertThat(text)
                .contains("import dev.dbcloud.core.internal.Lazy;\n")
                .contains("    private final Lazy<Udfs> udfs = new Lazy<>();\n" + "    private final Roles roles;\n")
                .contains("        this.roles = new Roles(invoker, organization);\n")
                .doesNotContain("this.udfs")
                .contains("     * @return the resource\n     */\n    @Beta\n    public Udfs udfs() {\n"
                        + "        return udfs.get(this, o -> new Udfs(o.invoker(), o.organization));\n");
    }

    @Test
    void accessorsExposeContextValues() throws Exception {
        String text = emit(new ResourceEmitter(), """
                        name: TinybirdOrganization
                        context: ["String id"]
                        accessors:
                          - name: id
                            type: String
                            doc: |-
                              The organization's ID.

                              @return the ID
                        """).get(0).text();
        assertThat(text)
                .contains("    /**\n     * The organization's ID.\n     *\n     * @return the ID\n     */\n"
                        + "    public String id() {\n        return id;\n    }\n");
    }

    @Test
    void typedOperationsMayBeSentThroughAStaticMethodOfAPublicConstructor() throws Exception {
        String text = emit(new ResourceEmitter(), """
                        name: ClickPipes
                        sender: organization
                        context: ["String serviceId", "Optional<Duration> autoWakeTimeout"]
                        through: AutoWake.send
                        constructorDoc: |-
                          Creates the handle.

                          @param invoker the invoker
                        operations:
                          - name: get
                            endpoint: ClickPipeEndpoints.GET
                            params: ["String id"]
                            path: [serviceId, id]
                            returns: ClickPipe
                          - name: delete
                            endpoint: ClickPipeEndpoints.DELETE
                            params: ["String id"]
                            path: [serviceId, id]
                            returns: void
                          - name: updateSettings
                            endpoint: ClickPipeEndpoints.UPDATE_SETTINGS
                            params: ["String id", "ClickPipeSettings settings"]
                            path: [serviceId, id]
                            body: settings
                            returns: ClickPipeSettings
                        methods:
                          - name: waitUntilRunning
                            params: ["String id", "Duration timeout"]
                            path: [serviceId, id]
                            returns: ClickPipe
                            waiter: ClickPipeWaiters.RUNNING
                        """).get(0).text();
        assertThat(text)
                .contains("     * @param invoker the invoker\n     */\n"
                        + "    public ClickPipes(Invoker invoker, OrganizationResolver organization, String serviceId,"
                        + " Optional<Duration> autoWakeTimeout) {\n")
                .contains("    public ClickPipe get(String id) {\n"
                        + "        return AutoWake.send(invoker(), organization, serviceId, autoWakeTimeout,"
                        + " withRawResponse(), raw -> raw.get(id));\n")
                .contains("    public void delete(String id) {\n"
                        + "        AutoWake.send(invoker(), organization, serviceId, autoWakeTimeout,"
                        + " withRawResponse(), raw -> raw.delete(id));\n")
                .contains("            return org.send(ClickPipeEndpoints.GET, serviceId, id);\n")
                .contains("            return org.sendWith(ClickPipeEndpoints.UPDATE_SETTINGS,"
                        + " Objects.requireNonNull(settings, \"settings == null\"), serviceId, id);\n")
                .contains("        return new OrganizationInvoker(organization, invoker())"
                        + ".await(ClickPipeWaiters.RUNNING, timeout, serviceId, id);\n");
        assertThatThrownBy(() -> emit(new ResourceEmitter(), """
                        name: Pipes
                        through: AutoWake.send
                        operations:
                          - name: list
                            endpoint: E.LIST
                            params: ["P params"]
                            query: params
                            queryDefault: Lists.
                            returns: Page<Pipe>
                        """))
                .hasMessageContaining("'queryDefault' is not sent 'through'");
    }
}
