/**
 * Implementation detail of the ClickHouse Cloud client, shared with other dbcloud-java modules that speak the
 * same API. <strong>Not for users</strong>: everything here may change in any release.
 */
package dev.dbcloud.clickhouse.internal;
