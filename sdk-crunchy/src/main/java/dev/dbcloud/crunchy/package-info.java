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
 *     cb.clusters().waitUntilReady(c.id(), Duration.ofMinutes(30));
 * }
 * }</pre>
 *
 * <p>Models are immutable with builders; states and kinds are open enumerations that never fail on a value the
 * API adds later. Every parameter and return value is non-null unless documented otherwise; absence is expressed
 * with {@link java.util.Optional}. Failures are the unchecked exceptions of {@code dev.dbcloud.core.errors}. The
 * {@code internal} package is not API.
 */
package dev.dbcloud.crunchy;
