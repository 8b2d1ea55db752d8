/**
 * Implementation detail shared by the dbcloud-java API modules: the request engine, the API dialect hook, JSON
 * configuration, retry and logging. Not part of the public API; it may change in any release.
 */
package dev.dbcloud.core.internal;
