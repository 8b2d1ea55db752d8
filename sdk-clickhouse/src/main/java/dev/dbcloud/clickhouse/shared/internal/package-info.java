/**
 * The ClickHouse Cloud API plumbing that <strong>every dbcloud-java module speaking that API</strong> depends on:
 * {@code sdk-clickhouse} itself and {@code sdk-postgres} (Managed Postgres lives on the same host, under the same
 * organizations, with the same authentication and envelope). This is the one package other modules may import
 * from {@code sdk-clickhouse} besides its public API; the module's own plumbing lives in {@code
 * dev.dbcloud.clickhouse.internal} and no other module imports it.
 *
 * <ul>
 *   <li>{@link dev.dbcloud.clickhouse.shared.internal.ClickHouseCloudDialect}: the envelope, error bodies and
 *       request ids of the API;
 *   <li>{@link dev.dbcloud.clickhouse.shared.internal.OrganizationResolver}: the organization id every path starts
 *       with, configured or discovered once;
 *   <li>{@link dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker}: sends endpoint calls under {@code
 *       /v1/organizations/{organizationId}/…}, filling in the organization;
 * </ul>
 *
 * <p><strong>Not for users</strong>: everything here may change in any release.
 */
package dev.dbcloud.clickhouse.shared.internal;
