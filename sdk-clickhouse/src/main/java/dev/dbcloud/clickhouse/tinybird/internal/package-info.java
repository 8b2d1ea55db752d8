/**
 * Implementation detail of the Tinybird client: its endpoint declarations, API dialect and JSON helpers. Not part
 * of the public API; it may change in any release.
 */
package dev.dbcloud.clickhouse.tinybird.internal;
