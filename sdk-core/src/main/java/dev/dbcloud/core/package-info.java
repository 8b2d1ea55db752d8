/**
 * The runtime shared by every dbcloud-java API module.
 *
 * <p>Users meet this package through the types every client has in common: {@link dev.dbcloud.core.Credentials}
 * to authenticate, {@link dev.dbcloud.core.RequestOptions} to adjust one call, {@link dev.dbcloud.core.Page} for
 * cursor-paged lists, {@link dev.dbcloud.core.Poller} for waiting on a resource, and the exceptions in {@link
 * dev.dbcloud.core.errors}. Everything in {@code dev.dbcloud.core.internal} is implementation detail shared by the
 * API modules and may change in any release: do not use it.
 *
 * <p>Every parameter and return value in this package is non-null unless documented otherwise; absence is
 * expressed with {@link java.util.Optional}.
 */
package dev.dbcloud.core;
