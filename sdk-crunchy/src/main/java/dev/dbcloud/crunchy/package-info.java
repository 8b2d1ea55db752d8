/**
 * A typed client for the Crunchy Bridge platform API: clusters and their lifecycle (create, fork, restart,
 * suspend, resume, replicas, upgrades, high availability, backups, roles), and what creating one needs
 * (providers and plans, Postgres versions, teams, networks).
 *
 * <pre>{@code
 * try (CrunchyBridgeClient cb = CrunchyBridgeClient.fromEnv()) {       // CB_API_KEY
 *     Cluster c = cb.clusters().create(CreateClusterParams.builder()
 *             .name("crunchy-production").teamId(teamId)
 *             .planId("hobby-2").providerId("aws").regionId("us-west-2").storage(100)
 *             .build());
 *     Cluster ready = cb.clusters().waitUntilReady(c.id(), Duration.ofMinutes(30));
 *     ApiResponse<Cluster> raw = cb.clusters().withOptions(options).withRawResponse().get(c.id());
 * }
 * }</pre>
 *
 * <p>Start with {@link dev.dbcloud.crunchy.CrunchyBridgeClient}. Models are immutable values with builders;
 * states and kinds are open enumerations ({@link dev.dbcloud.core.OpenEnum}) that never fail on a value the API
 * adds later. Every parameter and return value is non-null unless documented otherwise; absence is expressed with
 * {@link java.util.Optional}, and a list the API omits or sends as null is an empty list. Failures are the
 * unchecked exceptions of {@code dev.dbcloud.core.errors}. The {@code internal} package is not API.
 *
 * <p>Builders refuse nonsense when {@code build()} is called, before anything is sent: a required attribute left
 * unset throws {@link java.lang.IllegalArgumentException} naming the missing attributes (e.g. {@code
 * CreateClusterParams} without {@code planId} and {@code teamId}); a broken rule throws {@link
 * java.lang.IllegalArgumentException} naming the field and the rule (e.g. {@code networkId and networkCidr4 must
 * not both be set}). Operations check their arguments the same way, IDs included, before sending.
 *
 * <p>This module shows the shape every dbcloud-java module follows (see the {@code dev.dbcloud.core} package
 * overview): each resource method sends exactly one request; {@code withRawResponse()} offers the same methods
 * returning {@link dev.dbcloud.core.ApiResponse}; {@code withOptions(RequestOptions)}, on the client and every
 * resource, binds {@link dev.dbcloud.core.RequestOptions} to the calls, in either order with {@code
 * withRawResponse()}. The waiters ({@code Clusters.waitUntilReady}, {@code ClusterUpgrades.waitUntilFinished})
 * are workflows that list in their Javadoc the requests they send; they poll with the client's clock and sleeper,
 * first after 5 seconds and then growing by half up to 30 seconds unless a steady {@code pollInterval} is set,
 * and apply the view's options to every poll; when a wait ends without success, {@code
 * e.lastObserved(ClusterStatus.class)} (or {@code ClusterUpgrade.class}) holds what was last seen.
 *
 * <p><b>Reading and refusing follow the vendor, not more.</b> A field of a response model is required only when
 * the SDK cannot do its job without it: the resource's id, the names that identify a role or a backup, and the operation state the upgrade waiter reads. Everything else is optional (or a
 * list or map that reads as empty whether the API leaves it out or sends null), whatever the spec's {@code required} list says, because published examples, older API
 * versions and sparse list items leave fields out; unknown fields are ignored and unknown enum values kept. A request
 * is refused before sending only for what the spec's {@code required} lists, the vendor's documentation or the
 * observed behaviour in the SDK's API reference notes require; each rule's Javadoc names its source.
 */
package dev.dbcloud.crunchy;
