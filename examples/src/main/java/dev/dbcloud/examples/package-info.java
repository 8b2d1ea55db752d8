/**
 * Runnable programs that show each API module end to end, printing what they do, the ids they get, states as
 * they change and how long things take.
 *
 * <ul>
 *   <li>{@link dev.dbcloud.examples.Walkthrough}: every program below, in sequence, against one local cloud.
 *   <li>{@link dev.dbcloud.examples.ClickHouseCloudExample}: a ClickHouse Cloud service from creation to safe
 *       deletion: backups, backup configuration, scaling, password reset.
 *   <li>{@link dev.dbcloud.examples.ClickPipesExample}: Kafka and S3 ClickPipes on a service: created, watched,
 *       scaled, stopped and deleted; an idle service woken on demand.
 *   <li>{@link dev.dbcloud.examples.TinybirdExample}: Tinybird dedicated clusters, replicas and weights.
 *   <li>{@link dev.dbcloud.examples.ManagedPostgresExample}: a ClickHouse Managed Postgres instance from creation
 *       to deletion: a resize that keeps the tags, a read replica, a configuration change and a restart.
 *   <li>{@link dev.dbcloud.examples.CrunchyBridgeExample}: Crunchy Bridge clusters, forks, backups, suspend and
 *       resume.
 *   <li>{@link dev.dbcloud.examples.ResilienceExample}: retries through rate limiting, server errors and dropped
 *       connections.
 * </ul>
 *
 * <p>With no credentials in the environment a program starts a {@link
 * dev.dbcloud.testing.LocalCloud} and runs against it. With a vendor's credentials set (the variables
 * the client's {@code fromEnv()} reads) it runs against the real API and changes nothing unless given {@code
 * --yes-really}. From a clone: {@code mvn -q -pl examples -am package -DskipTests -Pwalkthrough}.
 */
package dev.dbcloud.examples;
