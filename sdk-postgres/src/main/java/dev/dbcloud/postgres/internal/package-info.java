/** Implementation detail of the Managed Postgres client; not API, may change in any release. */
package dev.dbcloud.postgres.internal;
