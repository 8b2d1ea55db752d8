/**
 * The exceptions every dbcloud-java client throws. All are unchecked and extend {@link
 * dev.dbcloud.core.errors.ApiException}, so one {@code catch} handles anything the SDK raises:
 *
 * <pre>{@code
 * try {
 *     ch.services().get(serviceId);
 * } catch (NotFoundException e) {
 *     // the service does not exist (any more)
 * } catch (ApiResponseException e) {
 *     log.warn("{} failed: {} (request id {})", e.statusCode(), e.errorMessage(), e.requestId());
 * } catch (ApiConnectionException e) {
 *     // the API could not be reached, even after retries; ApiTimeoutException when time ran out
 * }
 * }</pre>
 *
 * <p>Messages name the HTTP method, the request path (never its query string) and the request id, and never
 * contain a credential.
 */
package dev.dbcloud.core.errors;
