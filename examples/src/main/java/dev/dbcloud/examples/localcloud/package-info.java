/**
 * The local cloud: an in-process simulation of the hosted-database APIs on loopback, which the example programs
 * run against when no credentials are set, and which integration tests can start in one call.
 *
 * <pre>{@code
 * try (LocalCloud cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(1_000))) {
 *     TinybirdClient tb = TinybirdClient.builder()
 *             .baseUrl(cloud.tinybirdUrl())
 *             .credentials(Credentials.bearer(cloud.tinybirdToken()))
 *             .sleeper(cloud.clock().sleeper())
 *             .build();
 *     tb.organization(cloud.tinybirdOrganizationId()).clusters().list();
 * }
 * }</pre>
 *
 * <p>{@link dev.dbcloud.examples.localcloud.LocalCloud} starts it, {@link dev.dbcloud.examples.localcloud.SimClock}
 * runs its accelerated time and {@link dev.dbcloud.examples.localcloud.Faults} injects failures. Every parameter
 * and return value is non-null.
 */
package dev.dbcloud.examples.localcloud;
