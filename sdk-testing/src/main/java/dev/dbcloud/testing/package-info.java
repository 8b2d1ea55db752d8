/**
 * Testing code that uses the SDK without a real account: the local cloud, an in-process simulation of the
 * hosted-database APIs on loopback, and a JUnit 5 extension that runs it and hands tests ready clients.
 *
 * <pre>{@code
 * @ExtendWith(LocalCloudExtension.class)
 * class TinybirdTest {
 *     @Test
 *     void listsClusters(TinybirdClient tb, LocalCloud cloud) {
 *         assertThat(tb.organization(cloud.tinybirdOrganizationId()).clusters().list()).isNotEmpty();
 *     }
 * }
 * }</pre>
 *
 * <p>{@link dev.dbcloud.testing.LocalCloudExtension} runs it for JUnit 5 tests, {@link
 * dev.dbcloud.testing.LocalCloud} starts it by hand, {@link dev.dbcloud.testing.SimClock} runs its accelerated time
 * and {@link dev.dbcloud.testing.Faults} injects failures. Every parameter and return value is non-null.
 */
package dev.dbcloud.testing;
