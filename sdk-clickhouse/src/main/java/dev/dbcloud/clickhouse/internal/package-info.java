/**
 * Implementation detail of the ClickHouse Cloud resources of {@code sdk-clickhouse}: endpoint declarations,
 * waiters and the workflows that other packages of this module reuse (such as {@link
 * dev.dbcloud.clickhouse.internal.ServiceWaiters#ensureAwake}). Used by this module only; plumbing shared with
 * other modules lives in {@code dev.dbcloud.clickhouse.shared.internal}. <strong>Not for users</strong>: everything
 * here may change in any release.
 */
package dev.dbcloud.clickhouse.internal;
