package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.ResetPasswordResult;
import dev.dbcloud.clickhouse.SafeDeleteParams;
import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.clickhouse.shared.internal.OrganizationRequests;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.internal.Json;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The organization's Managed Postgres instances ({@code /v1/organizations/{organizationId}/postgres}): create,
 * read, update and delete them, restart, promote or switch them over, reset their password, create read replicas
 * and point-in-time restores, change their configuration, read their certificates, metrics and slow queries, and
 * wait for them.
 *
 * <pre>{@code
 * PostgresInstance created = pg.instances().create(CreateInstanceParams.builder()
 *     .name("orders").region(CloudRegion.US_WEST_2).size(InstanceSize.R8GD_LARGE).build());
 * String password = created.password().orElseThrow();          // returned by create only
 * pg.instances().waitUntilRunning(created.id(), Duration.ofMinutes(30));
 *
 * UpdateInstanceParams bigger = UpdateInstanceParams.builder().size(InstanceSize.R8GD_XLARGE).build();
 * pg.instances().update(created.id(), bigger);                 // keeps the tags (GET, then PATCH with them)
 * pg.instances().waitUntilApplied(created.id(), bigger, Duration.ofMinutes(30));
 *
 * PostgresInstance replica = pg.instances().createReadReplica(created.id(),
 *     CreateReadReplicaParams.builder().name("orders-replica").build(), Duration.ofMinutes(30));
 * InstanceConfig config = pg.instances().updateConfig(created.id(),
 *     ConfigParams.builder().pgConfig(PgConfig.builder().maxConnections(300).build()).build());
 * if (config.message().isPresent()) pg.instances().restart(created.id());
 *
 * pg.instances().deleteSafely(replica.id());                   // replicas first: a primary with replicas is refused
 * pg.instances().deleteSafely(created.id());                   // returns once GET answers 404
 * }</pre>
 *
 * <p>Where the API differs from its documentation, these methods protect you: {@link #update(String,
 * UpdateInstanceParams)} keeps the tags a plain PATCH would clear; the configuration calls always send both
 * sections, and a replace refuses to wipe a section left unset; {@link #createReadReplica(String, CreateReadReplicaParams, Duration)} retries while a young primary
 * has no backup yet; credentials are {@link Optional} since only a create returns them.
 *
 * <p>Waiters poll every {@link #DEFAULT_POLL_INTERVAL} with the client's clock and sleeper, and fail fast with
 * {@link WaitFailedException} carrying the last observed {@link PostgresInstance} when it reads a state the
 * awaited one cannot follow: {@code deleting} (unless that is awaited), and {@code stopped} (unless {@code
 * stopped} or {@code deleting} is awaited), since the API has no command to start a stopped instance. Other
 * states, unknown ones included, are waited through. When time runs out they throw {@link WaitTimeoutException}
 * carrying the last observed instance. {@link #waitUntilDeleted(String, Duration)} waits for a 404 instead, through
 * every state.
 *
 * <p>{@link #deleteSafely(String)} deletes the way a cleanup job needs: an instance already gone is fine, transient
 * {@code 409}s are retried, and it returns once the instance is gone; a primary that still has read replicas is
 * refused with the API's {@link ConflictException}, as replicas are never deleted for you.
 *
 * <p>{@link #withRawResponse()} offers every single-request operation returning the whole {@link ApiResponse}.
 */
public final class Instances {
    /** The default pause between polls of the waiters: 5 seconds, as the Terraform provider polls. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    /** The pause between read replica attempts while the primary has no backup yet: 20 seconds. */
    public static final Duration READ_REPLICA_RETRY_INTERVAL = Duration.ofSeconds(20);

    /** How many consecutive polls must show an update applied before {@link #waitUntilApplied} returns. */
    public static final int STABLE_POLLS = 3;

    private static final TypeReference<List<PostgresInstance>> LIST = new TypeReference<>() {};
    private static final TypeReference<List<SlowQueryPattern>> PATTERNS = new TypeReference<>() {};

    private final HttpEngine engine;
    private final WithRawResponse raw;

    Instances(HttpEngine engine, OrganizationResolver organization) {
        this.engine = engine;
        this.raw = new WithRawResponse(engine, new OrganizationRequests(organization, "postgres", "postgresId"));
    }

    /**
     * The same single-request operations returning the whole {@link ApiResponse}: status, headers and the request
     * id of the envelope, with the decoded value.
     *
     * <pre>{@code
     * ApiResponse<PostgresInstance> r = pg.instances().withRawResponse().get(id, RequestOptions.none());
     * log.info("state {} in request {}", r.value().state(), r.requestId().orElse("?"));
     * }</pre>
     *
     * @return the raw view, the same instance on every call
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * Lists the organization's instances ({@code GET …/postgres}; not paged). List items carry no
     * hostname, storage size or credentials.
     *
     * @return the instances
     */
    public List<PostgresInstance> list() {
        return list(RequestOptions.none());
    }

    /**
     * Lists the organization's instances ({@code GET …/postgres}; not paged). List items carry no
     * hostname, storage size or credentials.
     *
     * @param options per-call options
     * @return the instances
     */
    public List<PostgresInstance> list(RequestOptions options) {
        return raw.list(options).value();
    }

    /**
     * Creates an instance ({@code POST …/postgres}; the API answers 200). It starts in state {@code creating}; see
     * {@link #waitUntilRunning(String, Duration)}. The answer is the only one to carry the superuser's {@link
     * PostgresInstance#password() password} and {@link PostgresInstance#connectionString() connection string}:
     * keep them now.
     *
     * @param params the instance to create
     * @return the new instance, with its credentials
     */
    public PostgresInstance create(CreateInstanceParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Creates an instance ({@code POST …/postgres}; the API answers 200). It starts in state {@code creating}; see
     * {@link #waitUntilRunning(String, Duration)}. The answer is the only one to carry the superuser's {@link
     * PostgresInstance#password() password} and {@link PostgresInstance#connectionString() connection string}:
     * keep them now.
     *
     * @param params the instance to create
     * @param options per-call options
     * @return the new instance, with its credentials
     */
    public PostgresInstance create(CreateInstanceParams params, RequestOptions options) {
        return raw.create(params, options).value();
    }

    /**
     * Gets an instance ({@code GET …/postgres/{postgresId}}), without credentials.
     *
     * @param postgresId the instance id
     * @return the instance
     * @throws NotFoundException if there is no such instance
     */
    public PostgresInstance get(String postgresId) {
        return get(postgresId, RequestOptions.none());
    }

    /**
     * Gets an instance ({@code GET …/postgres/{postgresId}}), without credentials.
     *
     * @param postgresId the instance id
     * @param options per-call options
     * @return the instance
     * @throws NotFoundException if there is no such instance
     */
    public PostgresInstance get(String postgresId, RequestOptions options) {
        return raw.get(postgresId, options).value();
    }

    /**
     * Updates an instance's name, size, HA setup or tags ({@code PATCH …/postgres/{postgresId}}). The change is
     * applied asynchronously: the answer, and the state, may still show the old values; see {@link
     * #waitUntilApplied(String, UpdateInstanceParams, Duration)}.
     *
     * <p><strong>Tags are kept:</strong> the API clears every tag on a PATCH without {@code tags}, so when {@code
     * params} does not set {@link UpdateInstanceParams#tags() tags}, this sends two requests: a {@code GET} of the
     * instance, then the PATCH carrying the tags it read, exactly as read (they are not checked against the rules
     * for tags a caller sets, so reserved {@code chc_} tags or tags without a value go back unchanged). When {@code
     * params} sets tags, only the PATCH is sent. Read replicas cannot be updated (the API answers 400).
     *
     * <p>This is not atomic: a tag change someone else makes between the {@code GET} and the PATCH is lost, as the
     * PATCH sends back the tags read before it (last writer wins). Set {@link UpdateInstanceParams#tags() tags}
     * yourself when that matters.
     *
     * @param postgresId the instance id
     * @param params the changes
     * @return the instance as the API answered the PATCH
     */
    public PostgresInstance update(String postgresId, UpdateInstanceParams params) {
        return update(postgresId, params, RequestOptions.none());
    }

    /**
     * Updates an instance's name, size, HA setup or tags ({@code PATCH …/postgres/{postgresId}}). The change is
     * applied asynchronously: the answer, and the state, may still show the old values; see {@link
     * #waitUntilApplied(String, UpdateInstanceParams, Duration)}.
     *
     * <p><strong>Tags are kept:</strong> the API clears every tag on a PATCH without {@code tags}, so when {@code
     * params} does not set {@link UpdateInstanceParams#tags() tags}, this sends two requests: a {@code GET} of the
     * instance, then the PATCH carrying the tags it read, exactly as read (they are not checked against the rules
     * for tags a caller sets, so reserved {@code chc_} tags or tags without a value go back unchanged). When {@code
     * params} sets tags, only the PATCH is sent. Read replicas cannot be updated (the API answers 400).
     *
     * <p>This is not atomic: a tag change someone else makes between the {@code GET} and the PATCH is lost, as the
     * PATCH sends back the tags read before it (last writer wins). Set {@link UpdateInstanceParams#tags() tags}
     * yourself when that matters.
     *
     * @param postgresId the instance id
     * @param params the changes
     * @param options per-call options
     * @return the instance as the API answered the PATCH
     */
    public PostgresInstance update(String postgresId, UpdateInstanceParams params, RequestOptions options) {
        return raw.update(postgresId, params, options).value();
    }

    /**
     * Deletes an instance and all its data ({@code DELETE …/postgres/{postgresId}}; the answer carries no result).
     * A primary that still has read replicas cannot be deleted (409): delete or promote them first. Other {@code
     * 409}s are transient and a 404 means the instance is already gone: {@link #deleteSafely(String)} handles
     * both and waits until the instance is gone; {@link #waitUntilDeleted(String, Duration)} waits after this call.
     *
     * @param postgresId the instance id
     * @throws ConflictException if the instance cannot be deleted now
     * @throws NotFoundException if there is no such instance (any more)
     */
    public void delete(String postgresId) {
        delete(postgresId, RequestOptions.none());
    }

    /**
     * Deletes an instance and all its data ({@code DELETE …/postgres/{postgresId}}; the answer carries no result).
     * A primary that still has read replicas cannot be deleted (409): delete or promote them first. Other {@code
     * 409}s are transient and a 404 means the instance is already gone: {@link #deleteSafely(String,
     * SafeDeleteParams, RequestOptions)} handles both and waits until the instance is gone; {@link
     * #waitUntilDeleted(String, Duration, RequestOptions)} waits after this call.
     *
     * @param postgresId the instance id
     * @param options per-call options
     * @throws ConflictException if the instance cannot be deleted now
     * @throws NotFoundException if there is no such instance (any more)
     */
    public void delete(String postgresId, RequestOptions options) {
        raw.delete(postgresId, options);
    }

    /**
     * Restarts an instance ({@code PATCH …/state} with {@code {"command":"restart"}}), e.g. after a
     * configuration change whose {@link InstanceConfig#message() message} asks for it.
     *
     * @param postgresId the instance id
     * @return the instance, typically {@code restarting}
     */
    public PostgresInstance restart(String postgresId) {
        return restart(postgresId, RequestOptions.none());
    }

    /**
     * Restarts an instance ({@code PATCH …/state} with {@code {"command":"restart"}}), e.g. after a
     * configuration change whose {@link InstanceConfig#message() message} asks for it.
     *
     * @param postgresId the instance id
     * @param options per-call options
     * @return the instance, typically {@code restarting}
     */
    public PostgresInstance restart(String postgresId, RequestOptions options) {
        return raw.restart(postgresId, options).value();
    }

    /**
     * Promotes a read replica to a primary ({@code PATCH …/state} with {@code {"command":"promote"}}).
     *
     * @param postgresId the read replica's id
     * @return the instance
     */
    public PostgresInstance promote(String postgresId) {
        return promote(postgresId, RequestOptions.none());
    }

    /**
     * Promotes a read replica to a primary ({@code PATCH …/state} with {@code {"command":"promote"}}).
     *
     * @param postgresId the read replica's id
     * @param options per-call options
     * @return the instance
     */
    public PostgresInstance promote(String postgresId, RequestOptions options) {
        return raw.promote(postgresId, options).value();
    }

    /**
     * Switches a primary over to its standby ({@code PATCH …/state} with {@code {"command":"switchover"}});
     * needs an HA setup other than {@code none}.
     *
     * @param postgresId the primary's id
     * @return the instance
     */
    public PostgresInstance switchover(String postgresId) {
        return switchover(postgresId, RequestOptions.none());
    }

    /**
     * Switches a primary over to its standby ({@code PATCH …/state} with {@code {"command":"switchover"}});
     * needs an HA setup other than {@code none}.
     *
     * @param postgresId the primary's id
     * @param options per-call options
     * @return the instance
     */
    public PostgresInstance switchover(String postgresId, RequestOptions options) {
        return raw.switchover(postgresId, options).value();
    }

    /**
     * Resets the superuser's password ({@code PATCH …/postgres/{postgresId}/password}): to a server-generated one,
     * returned in the result, with {@link ResetPasswordParams#generated()}; or to one of your choice with {@link
     * ResetPasswordParams#of(String)}, checked against the API's rules before anything is sent.
     *
     * @param postgresId the instance id
     * @param params how to set the password
     * @return the generated password, if the server generated one
     */
    public ResetPasswordResult resetPassword(String postgresId, ResetPasswordParams params) {
        return resetPassword(postgresId, params, RequestOptions.none());
    }

    /**
     * Resets the superuser's password ({@code PATCH …/postgres/{postgresId}/password}): to a server-generated one,
     * returned in the result, with {@link ResetPasswordParams#generated()}; or to one of your choice with {@link
     * ResetPasswordParams#of(String)}, checked against the API's rules before anything is sent.
     *
     * @param postgresId the instance id
     * @param params how to set the password
     * @param options per-call options
     * @return the generated password, if the server generated one
     */
    public ResetPasswordResult resetPassword(String postgresId, ResetPasswordParams params, RequestOptions options) {
        return raw.resetPassword(postgresId, params, options).value();
    }

    /**
     * Creates a read replica of a primary ({@code POST …/postgres/{postgresId}/readReplica}); poll the returned
     * replica like a create. A primary younger than its first base backup (about 10 minutes) refuses with {@code
     * 400 BAD_REQUEST: Parent server is not ready for read replicas. There are no backups, yet.}; {@link
     * #createReadReplica(String, CreateReadReplicaParams, Duration)} retries every 20 seconds while the primary has
     * no backup yet, for as long as its {@code Duration} says.
     *
     * @param primaryId the primary's id
     * @param params the replica
     * @return the new replica
     */
    public PostgresInstance createReadReplica(String primaryId, CreateReadReplicaParams params) {
        return createReadReplica(primaryId, params, RequestOptions.none());
    }

    /**
     * Creates a read replica of a primary ({@code POST …/postgres/{postgresId}/readReplica}); poll the returned
     * replica like a create. A primary younger than its first base backup (about 10 minutes) refuses with {@code
     * 400 BAD_REQUEST: Parent server is not ready for read replicas. There are no backups, yet.}; {@link
     * #createReadReplica(String, CreateReadReplicaParams, Duration)} retries every 20 seconds while the primary has
     * no backup yet, for as long as its {@code Duration} says.
     *
     * @param primaryId the primary's id
     * @param params the replica
     * @param options per-call options
     * @return the new replica
     */
    public PostgresInstance createReadReplica(
            String primaryId, CreateReadReplicaParams params, RequestOptions options) {
        return raw.createReadReplica(primaryId, params, options).value();
    }

    /**
     * Restores an instance's continuous backup at a point in time into a <em>new</em> instance ({@code POST
     * …/postgres/{postgresId}/restoredService}); poll the returned instance like a create.
     *
     * @param postgresId the source instance's id
     * @param params the new instance and the point in time
     * @return the new instance
     */
    public PostgresInstance restore(String postgresId, RestoreInstanceParams params) {
        return restore(postgresId, params, RequestOptions.none());
    }

    /**
     * Restores an instance's continuous backup at a point in time into a <em>new</em> instance ({@code POST
     * …/postgres/{postgresId}/restoredService}); poll the returned instance like a create.
     *
     * @param postgresId the source instance's id
     * @param params the new instance and the point in time
     * @param options per-call options
     * @return the new instance
     */
    public PostgresInstance restore(String postgresId, RestoreInstanceParams params, RequestOptions options) {
        return raw.restore(postgresId, params, options).value();
    }

    /**
     * Gets an instance's Postgres and PgBouncer configuration ({@code GET …/postgres/{postgresId}/config}).
     * Values come back as strings even when numeric; {@link PgConfig} offers them typed.
     *
     * @param postgresId the instance id
     * @return the configuration
     */
    public InstanceConfig config(String postgresId) {
        return config(postgresId, RequestOptions.none());
    }

    /**
     * Gets an instance's Postgres and PgBouncer configuration ({@code GET …/postgres/{postgresId}/config}).
     * Values come back as strings even when numeric; {@link PgConfig} offers them typed.
     *
     * @param postgresId the instance id
     * @param options per-call options
     * @return the configuration
     */
    public InstanceConfig config(String postgresId, RequestOptions options) {
        return raw.config(postgresId, options).value();
    }

    /**
     * Replaces an instance's configuration ({@code POST …/postgres/{postgresId}/config}): keys absent from a section
     * are removed, an empty section clears it. Both sections must be set in {@code params}, possibly empty: a
     * section left unset is refused with {@link IllegalArgumentException} before anything is sent, rather than
     * wiping it (see {@link ConfigParams}; to change some keys only, use {@link #updateConfig(String,
     * ConfigParams)}). The state does not change; the result's {@link InstanceConfig#message() message} names
     * keys that need a {@link #restart(String) restart}. Works on read replicas too.
     *
     * @param postgresId the instance id
     * @param params the complete new configuration
     * @return the configuration now in place, with the API's message
     * @throws IllegalArgumentException if {@code params} leaves {@code pgConfig} or {@code pgBouncerConfig} unset
     */
    public InstanceConfig replaceConfig(String postgresId, ConfigParams params) {
        return replaceConfig(postgresId, params, RequestOptions.none());
    }

    /**
     * Replaces an instance's configuration ({@code POST …/postgres/{postgresId}/config}): keys absent from a section
     * are removed, an empty section clears it. Both sections must be set in {@code params}, possibly empty: a
     * section left unset is refused with {@link IllegalArgumentException} before anything is sent, rather than
     * wiping it (see {@link ConfigParams}; to change some keys only, use {@link #updateConfig(String,
     * ConfigParams)}). The state does not change; the result's {@link InstanceConfig#message() message} names
     * keys that need a {@link #restart(String) restart}. Works on read replicas too.
     *
     * @param postgresId the instance id
     * @param params the complete new configuration
     * @param options per-call options
     * @return the configuration now in place, with the API's message
     * @throws IllegalArgumentException if {@code params} leaves {@code pgConfig} or {@code pgBouncerConfig} unset
     */
    public InstanceConfig replaceConfig(String postgresId, ConfigParams params, RequestOptions options) {
        return raw.replaceConfig(postgresId, params, options).value();
    }

    /**
     * Changes some of an instance's configuration ({@code PATCH …/postgres/{postgresId}/config}): the keys sent are
     * merged into the current configuration. Both sections are always sent, an unset one as {@code {}} (see {@link
     * ConfigParams}). The state does not change; the result's {@link InstanceConfig#message() message} names keys
     * that need a {@link #restart(String) restart}. Works on read replicas too.
     *
     * @param postgresId the instance id
     * @param params the keys to change
     * @return the configuration now in place, with the API's message
     */
    public InstanceConfig updateConfig(String postgresId, ConfigParams params) {
        return updateConfig(postgresId, params, RequestOptions.none());
    }

    /**
     * Changes some of an instance's configuration ({@code PATCH …/postgres/{postgresId}/config}): the keys sent are
     * merged into the current configuration. Both sections are always sent, an unset one as {@code {}} (see {@link
     * ConfigParams}). The state does not change; the result's {@link InstanceConfig#message() message} names keys
     * that need a {@link #restart(String) restart}. Works on read replicas too.
     *
     * @param postgresId the instance id
     * @param params the keys to change
     * @param options per-call options
     * @return the configuration now in place, with the API's message
     */
    public InstanceConfig updateConfig(String postgresId, ConfigParams params, RequestOptions options) {
        return raw.updateConfig(postgresId, params, options).value();
    }

    /**
     * Downloads the CA certificates to verify the instance's TLS certificate with ({@code GET
     * …/postgres/{postgresId}/caCertificates}; answered as {@code application/x-pem-file}, not enveloped).
     *
     * @param postgresId the instance id
     * @return the certificates as PEM text
     */
    public String caCertificates(String postgresId) {
        return caCertificates(postgresId, RequestOptions.none());
    }

    /**
     * Downloads the CA certificates to verify the instance's TLS certificate with ({@code GET
     * …/postgres/{postgresId}/caCertificates}; answered as {@code application/x-pem-file}, not enveloped).
     *
     * @param postgresId the instance id
     * @param options per-call options
     * @return the certificates as PEM text
     */
    public String caCertificates(String postgresId, RequestOptions options) {
        return raw.caCertificates(postgresId, options).value();
    }

    /**
     * Reads an instance's bucketed time-series metrics ({@code GET
     * …/postgres/{postgresId}/metrics?from_date&to_date&bucket_size_seconds}): CPU, memory, disk, connections,
     * cache hit ratio and more.
     *
     * @param postgresId the instance id
     * @param params the window and bucket size
     * @return the metrics
     */
    public InstanceMetrics metrics(String postgresId, MetricsParams params) {
        return metrics(postgresId, params, RequestOptions.none());
    }

    /**
     * Reads an instance's bucketed time-series metrics ({@code GET
     * …/postgres/{postgresId}/metrics?from_date&to_date&bucket_size_seconds}): CPU, memory, disk, connections,
     * cache hit ratio and more.
     *
     * @param postgresId the instance id
     * @param params the window and bucket size
     * @param options per-call options
     * @return the metrics
     */
    public InstanceMetrics metrics(String postgresId, MetricsParams params, RequestOptions options) {
        return raw.metrics(postgresId, params, options).value();
    }

    /**
     * Lists the slowest query patterns of a window ({@code GET …/postgres/{postgresId}/slowQueryPatterns}), one
     * page: the list is offset-paged with {@link ListSlowQueryPatternsParams#limit()} and {@link
     * ListSlowQueryPatternsParams#offset()}.
     *
     * @param postgresId the instance id
     * @param params the window, filters, order and page
     * @return the patterns
     */
    public List<SlowQueryPattern> slowQueryPatterns(String postgresId, ListSlowQueryPatternsParams params) {
        return slowQueryPatterns(postgresId, params, RequestOptions.none());
    }

    /**
     * Lists the slowest query patterns of a window ({@code GET …/postgres/{postgresId}/slowQueryPatterns}), one
     * page: the list is offset-paged with {@link ListSlowQueryPatternsParams#limit()} and {@link
     * ListSlowQueryPatternsParams#offset()}.
     *
     * @param postgresId the instance id
     * @param params the window, filters, order and page
     * @param options per-call options
     * @return the patterns
     */
    public List<SlowQueryPattern> slowQueryPatterns(
            String postgresId, ListSlowQueryPatternsParams params, RequestOptions options) {
        return raw.slowQueryPatterns(postgresId, params, options).value();
    }

    /**
     * Gets one slow query pattern with its recent executions ({@code GET
     * …/postgres/{postgresId}/slowQueryPatterns/{queryId}}).
     *
     * @param postgresId the instance id
     * @param queryId the pattern's id exactly as listed (often negative)
     * @param params the pattern's database, user and operation
     * @return the pattern and its recent executions
     */
    public SlowQueryPatternDetail slowQueryPattern(String postgresId, String queryId, SlowQueryPatternParams params) {
        return slowQueryPattern(postgresId, queryId, params, RequestOptions.none());
    }

    /**
     * Gets one slow query pattern with its recent executions ({@code GET
     * …/postgres/{postgresId}/slowQueryPatterns/{queryId}}).
     *
     * @param postgresId the instance id
     * @param queryId the pattern's id exactly as listed (often negative)
     * @param params the pattern's database, user and operation
     * @param options per-call options
     * @return the pattern and its recent executions
     */
    public SlowQueryPatternDetail slowQueryPattern(
            String postgresId, String queryId, SlowQueryPatternParams params, RequestOptions options) {
        return raw.slowQueryPattern(postgresId, queryId, params, options).value();
    }

    /**
     * Reads an instance's metrics in the Prometheus text format ({@code GET …/postgres/{postgresId}/prometheus};
     * an evolving beta endpoint).
     *
     * @param postgresId the instance id
     * @return the metrics text
     */
    public String prometheusMetrics(String postgresId) {
        return prometheusMetrics(postgresId, RequestOptions.none());
    }

    /**
     * Reads an instance's metrics in the Prometheus text format ({@code GET …/postgres/{postgresId}/prometheus};
     * an evolving beta endpoint).
     *
     * @param postgresId the instance id
     * @param options per-call options
     * @return the metrics text
     */
    public String prometheusMetrics(String postgresId, RequestOptions options) {
        return raw.prometheusMetrics(postgresId, options).value();
    }

    /**
     * Reads the metrics of every instance of the organization (at most 100) in the Prometheus text format
     * ({@code GET …/postgres/prometheus}; an evolving beta endpoint).
     *
     * @return the metrics text
     */
    public String organizationPrometheusMetrics() {
        return organizationPrometheusMetrics(RequestOptions.none());
    }

    /**
     * Reads the metrics of every instance of the organization (at most 100) in the Prometheus text format
     * ({@code GET …/postgres/prometheus}; an evolving beta endpoint).
     *
     * @param options per-call options
     * @return the metrics text
     */
    public String organizationPrometheusMetrics(RequestOptions options) {
        return raw.organizationPrometheusMetrics(options).value();
    }

    /**
     * Creates a read replica, retrying while the primary has no backup yet: as long as the API answers {@code 400
     * BAD_REQUEST} with a message saying there are no backups yet ({@code Parent server is not ready for read
     * replicas. There are no backups, yet.}), the request is sent again every {@link #READ_REPLICA_RETRY_INTERVAL}
     * (20 seconds, as the Terraform provider retries), until {@code waitForFirstBackup} has passed. The first base
     * backup exists about 10 minutes after a create; the Terraform provider keeps retrying for up to 30 minutes.
     * Any other error, including any other 400, is thrown at once as it came.
     *
     * <p>{@code waitForFirstBackup} bounds only this retrying while the primary has no backup yet; it is not how
     * long the replica takes to be provisioned (that can take 30 minutes and more): poll the returned replica with
     * {@link #waitUntilRunning(String, Duration)}.
     *
     * @param primaryId the primary's id
     * @param params the replica
     * @param waitForFirstBackup how long in all to keep retrying while the primary has no backup yet
     * @return the new replica, as the API accepted it; poll it with {@link #waitUntilRunning(String, Duration)}
     * @throws WaitTimeoutException if the primary still had no backup when time ran out; its {@link
     *     Throwable#getCause() cause} is the API's last refusal
     */
    public PostgresInstance createReadReplica(
            String primaryId, CreateReadReplicaParams params, Duration waitForFirstBackup) {
        return createReadReplica(primaryId, params, waitForFirstBackup, RequestOptions.none());
    }

    /**
     * Creates a read replica, retrying while the primary has no backup yet, as {@link #createReadReplica(String,
     * CreateReadReplicaParams, Duration)} does: every {@link #READ_REPLICA_RETRY_INTERVAL} (20 seconds) until
     * {@code waitForFirstBackup} has passed, sending every attempt with {@code options}.
     *
     * @param primaryId the primary's id
     * @param params the replica
     * @param waitForFirstBackup how long in all to keep retrying while the primary has no backup yet
     * @param options per-call options of every attempt
     * @return the new replica, as the API accepted it; poll it with {@link #waitUntilRunning(String, Duration)}
     * @throws WaitTimeoutException if the primary still had no backup when time ran out; its {@link
     *     Throwable#getCause() cause} is the API's last refusal
     */
    public PostgresInstance createReadReplica(
            String primaryId, CreateReadReplicaParams params, Duration waitForFirstBackup, RequestOptions options) {
        Checks.pathSegment(primaryId, "primaryId");
        requireNonNull(params, "params == null");
        Checks.positive(waitForFirstBackup, "waitForFirstBackup");
        requireNonNull(options, "options == null");
        try {
            return engine.<PostgresInstance>poller(
                            "primary " + primaryId + " to accept a read replica (it has no backup yet)")
                    .poll(() ->
                            raw.createReadReplica(primaryId, params, options).value())
                    .fixedInterval(READ_REPLICA_RETRY_INTERVAL)
                    .until(replica -> true)
                    .tolerate(Instances::noBackupYet)
                    .timeout(waitForFirstBackup)
                    .build()
                    .await();
        } catch (WaitFailedException e) {
            if (e.getCause() instanceof ApiException refused) {
                throw refused;
            }
            throw e;
        }
    }

    /**
     * Whether an error is the refusal of a read replica on a primary without backup.
     *
     * @param e the error
     * @return true for a 400 with error code {@code BAD_REQUEST} whose message says there are no backups yet, as
     *     in {@code Parent server is not ready for read replicas. There are no backups, yet.}
     */
    static boolean noBackupYet(ApiException e) {
        if (!(e instanceof BadRequestException bad)
                || bad.statusCode() != 400
                || !bad.errorCode().filter("BAD_REQUEST"::equals).isPresent()) {
            return false;
        }
        return bad.errorMessage()
                .map(m -> m.toLowerCase(Locale.ROOT).contains("no backups"))
                .orElse(false);
    }

    /**
     * Polls the instance every {@link #DEFAULT_POLL_INTERVAL} until it reaches {@code state}.
     *
     * @param postgresId the instance id
     * @param state the wanted state
     * @param timeout how long to wait in all
     * @return the instance in the wanted state
     * @throws WaitFailedException if the instance reads a state {@code state} cannot follow ({@code deleting}
     *     unless that is wanted; {@code stopped} unless {@code stopped} or {@code deleting} is wanted), with the
     *     instance as {@code lastObserved}; or if a poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(PostgresInstance.class)} shows the last
     *     state
     */
    public PostgresInstance waitUntil(String postgresId, InstanceState state, Duration timeout) {
        return waitUntil(postgresId, state, timeout, DEFAULT_POLL_INTERVAL, RequestOptions.none());
    }

    /**
     * Polls the instance every {@code interval} until it reaches {@code state}, sending every poll with {@code
     * options}.
     *
     * @param postgresId the instance id
     * @param state the wanted state
     * @param timeout how long to wait in all
     * @param interval the pause between polls
     * @param options per-call options of every poll
     * @return the instance in the wanted state
     * @throws WaitFailedException if the instance reads a state {@code state} cannot follow ({@code deleting}
     *     unless that is wanted; {@code stopped} unless {@code stopped} or {@code deleting} is wanted), with the
     *     instance as {@code lastObserved}; or if a poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(PostgresInstance.class)} shows the last
     *     state
     */
    public PostgresInstance waitUntil(
            String postgresId, InstanceState state, Duration timeout, Duration interval, RequestOptions options) {
        Checks.pathSegment(postgresId, "postgresId");
        requireNonNull(state, "state == null");
        Checks.positive(timeout, "timeout");
        Checks.positive(interval, "interval");
        requireNonNull(options, "options == null");
        return engine.<PostgresInstance>poller("Postgres instance " + postgresId + " to be " + state)
                .poll(() -> get(postgresId, options))
                .fixedInterval(interval)
                .until(i -> i.state().filter(state::equals).isPresent())
                .failWhen(i -> deadEnd(i, state))
                .describeWith(Instances::describe)
                .timeout(timeout)
                .build()
                .await();
    }

    /**
     * Polls the instance every {@link #DEFAULT_POLL_INTERVAL} until it is {@code running}, as after a create, a
     * read replica, a restore or a restart.
     *
     * @param postgresId the instance id
     * @param timeout how long to wait in all; the Terraform provider allows 30 minutes for a create
     * @return the running instance
     * @throws WaitFailedException if the instance is {@code stopped} or {@code deleting}, states from which it
     *     does not become {@code running} (the API has no start command), with the instance as {@code
     *     lastObserved}; or if a poll fails
     * @throws WaitTimeoutException if time runs out
     */
    public PostgresInstance waitUntilRunning(String postgresId, Duration timeout) {
        return waitUntilRunning(postgresId, timeout, RequestOptions.none());
    }

    /**
     * Polls the instance every {@link #DEFAULT_POLL_INTERVAL} until it is {@code running}, sending every poll with
     * {@code options}.
     *
     * @param postgresId the instance id
     * @param timeout how long to wait in all
     * @param options per-call options of every poll
     * @return the running instance
     * @throws WaitFailedException if the instance is {@code stopped} or {@code deleting}, states from which it
     *     does not become {@code running} (the API has no start command), with the instance as {@code
     *     lastObserved}; or if a poll fails
     * @throws WaitTimeoutException if time runs out
     */
    public PostgresInstance waitUntilRunning(String postgresId, Duration timeout, RequestOptions options) {
        return waitUntil(postgresId, InstanceState.RUNNING, timeout, DEFAULT_POLL_INTERVAL, options);
    }

    /**
     * Waits until an {@link #update(String, UpdateInstanceParams) update} is applied: polls the instance every
     * {@link #DEFAULT_POLL_INTERVAL} until it is {@code running} and shows every value {@code update} sets (name,
     * size, HA setup, and the tags as a set, when set) on {@link #STABLE_POLLS} consecutive polls. Right after a
     * PATCH the API may still show {@code running} with the old values, and a rename is eventually consistent;
     * the Terraform provider waits the same way.
     *
     * @param postgresId the instance id
     * @param update the update that was sent
     * @param timeout how long to wait in all
     * @return the instance showing the update
     * @throws WaitFailedException if the instance is {@code stopped} or {@code deleting}, states from which it
     *     does not become {@code running} (the API has no start command), with the instance as {@code
     *     lastObserved}; or if a poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(PostgresInstance.class)} shows the last
     *     values
     */
    public PostgresInstance waitUntilApplied(String postgresId, UpdateInstanceParams update, Duration timeout) {
        return waitUntilApplied(postgresId, update, timeout, RequestOptions.none());
    }

    /**
     * Waits until an update is applied, as {@link #waitUntilApplied(String, UpdateInstanceParams, Duration)} does,
     * sending every poll with {@code options}.
     *
     * @param postgresId the instance id
     * @param update the update that was sent
     * @param timeout how long to wait in all
     * @param options per-call options of every poll
     * @return the instance showing the update
     * @throws WaitFailedException if the instance is {@code stopped} or {@code deleting}, states from which it
     *     does not become {@code running} (the API has no start command), with the instance as {@code
     *     lastObserved}; or if a poll fails
     * @throws WaitTimeoutException if time runs out
     */
    public PostgresInstance waitUntilApplied(
            String postgresId, UpdateInstanceParams update, Duration timeout, RequestOptions options) {
        return waitUntilApplied(postgresId, update, timeout, DEFAULT_POLL_INTERVAL, options);
    }

    /**
     * Waits until an update is applied, as {@link #waitUntilApplied(String, UpdateInstanceParams, Duration)} does,
     * polling every {@code interval} and sending every poll with {@code options}.
     *
     * @param postgresId the instance id
     * @param update the update that was sent
     * @param timeout how long to wait in all
     * @param interval the pause between polls
     * @param options per-call options of every poll
     * @return the instance showing the update
     * @throws WaitFailedException if the instance is {@code stopped} or {@code deleting}, states from which it
     *     does not become {@code running} (the API has no start command), with the instance as {@code
     *     lastObserved}; or if a poll fails
     * @throws WaitTimeoutException if time runs out
     */
    public PostgresInstance waitUntilApplied(
            String postgresId,
            UpdateInstanceParams update,
            Duration timeout,
            Duration interval,
            RequestOptions options) {
        Checks.pathSegment(postgresId, "postgresId");
        requireNonNull(update, "update == null");
        Checks.positive(timeout, "timeout");
        Checks.positive(interval, "interval");
        requireNonNull(options, "options == null");
        int[] streak = {0};
        return engine.<PostgresInstance>poller("update of Postgres instance " + postgresId + " to be applied")
                .poll(() -> {
                    PostgresInstance seen = get(postgresId, options);
                    streak[0] = applied(seen, update) ? streak[0] + 1 : 0;
                    return seen;
                })
                .fixedInterval(interval)
                .until(i -> streak[0] >= STABLE_POLLS)
                .failWhen(i -> deadEnd(i, InstanceState.RUNNING))
                .describeWith(Instances::describe)
                .timeout(timeout)
                .build()
                .await();
    }

    /**
     * Polls the instance every {@link #DEFAULT_POLL_INTERVAL} until {@code GET} answers 404, as after a {@link
     * #delete(String) delete}. The instance reads {@code deleting} meanwhile, and may still read its previous state
     * right after the DELETE; every state, unknown ones included, is waited through, as no state is known to
     * mean that a delete was abandoned. Waiting for an instance nobody deleted therefore ends only with the timeout.
     *
     * @param postgresId the instance id
     * @param timeout how long to wait in all
     * @throws WaitTimeoutException if the instance is still there when time runs out; {@code
     *     lastObserved(PostgresInstance.class)} shows it as last read
     * @throws WaitFailedException if a poll fails with anything but 404
     */
    public void waitUntilDeleted(String postgresId, Duration timeout) {
        waitUntilDeleted(postgresId, timeout, RequestOptions.none());
    }

    /**
     * Polls the instance every {@link #DEFAULT_POLL_INTERVAL} until {@code GET} answers 404, as {@link
     * #waitUntilDeleted(String, Duration)} does, sending every poll with {@code options}.
     *
     * @param postgresId the instance id
     * @param timeout how long to wait in all
     * @param options per-call options of every poll
     * @throws WaitTimeoutException if the instance is still there when time runs out; {@code
     *     lastObserved(PostgresInstance.class)} shows it as last read
     * @throws WaitFailedException if a poll fails with anything but 404
     */
    public void waitUntilDeleted(String postgresId, Duration timeout, RequestOptions options) {
        waitUntilDeleted(postgresId, timeout, DEFAULT_POLL_INTERVAL, options);
    }

    /**
     * Polls the instance every {@code interval} until {@code GET} answers 404, as {@link #waitUntilDeleted(String,
     * Duration)} does, sending every poll with {@code options}.
     *
     * @param postgresId the instance id
     * @param timeout how long to wait in all
     * @param interval the pause between polls
     * @param options per-call options of every poll
     * @throws WaitTimeoutException if the instance is still there when time runs out; {@code
     *     lastObserved(PostgresInstance.class)} shows it as last read
     * @throws WaitFailedException if a poll fails with anything but 404
     */
    public void waitUntilDeleted(String postgresId, Duration timeout, Duration interval, RequestOptions options) {
        Checks.pathSegment(postgresId, "postgresId");
        Checks.positive(timeout, "timeout");
        Checks.positive(interval, "interval");
        requireNonNull(options, "options == null");
        // A poll yields null once the instance is gone, so that a timeout carries the last instance read.
        engine.<PostgresInstance>poller("Postgres instance " + postgresId + " to be deleted")
                .poll(() -> find(postgresId, options).orElse(null))
                .fixedInterval(interval)
                .until(Objects::isNull)
                .describeWith(Instances::describe)
                .timeout(timeout)
                .build()
                .await();
    }

    /**
     * Deletes an instance and all its data the safe way, with the default {@link SafeDeleteParams}: retrying a
     * transient {@code 409} for up to 15 minutes, then waiting up to 20 minutes until it is gone.
     *
     * @param postgresId the instance id
     * @throws ConflictException if the instance is a primary that still has read replicas
     * @see #deleteSafely(String, SafeDeleteParams, RequestOptions)
     */
    public void deleteSafely(String postgresId) {
        deleteSafely(postgresId, SafeDeleteParams.builder().build());
    }

    /**
     * Deletes an instance and all its data the safe way.
     *
     * @param postgresId the instance id
     * @param params how long to retry and to wait
     * @throws ConflictException if the instance is a primary that still has read replicas
     * @see #deleteSafely(String, SafeDeleteParams, RequestOptions)
     */
    public void deleteSafely(String postgresId, SafeDeleteParams params) {
        deleteSafely(postgresId, params, RequestOptions.none());
    }

    /**
     * Deletes an instance and all its data the safe way, sending every request with {@code options}:
     *
     * <ol>
     *   <li>{@code GET …/postgres/{postgresId}}: a 404 means the instance is already gone and ends the call; an
     *       instance already {@code deleting} is not deleted again.
     *   <li>{@code DELETE …/postgres/{postgresId}}; a 404 counts as deleted (a repetition of the DELETE after a lost
     *       answer gets one too). A {@code 409 Conflict} whose message mentions read replicas is thrown at once:
     *       a primary that still has read replicas cannot be deleted, and replicas are never deleted or promoted
     *       for you. The API answers other {@code 409}s for a while, for example to an instance in the middle of
     *       another operation; the DELETE is then sent again every {@link SafeDeleteParams#conflictInterval()}
     *       (10 seconds) until {@link SafeDeleteParams#conflictTimeout()} (15 minutes), as the Terraform provider
     *       does. Each such {@code 409} is followed by one {@code GET}: an instance gone or {@code deleting} counts
     *       as deleted (an earlier attempt went through), and a failure of that read is kept as suppressed by the
     *       conflict.
     *   <li>Unless {@link SafeDeleteParams#waitUntilGone()} is false, {@link #waitUntilDeleted(String, Duration,
     *       Duration, RequestOptions) waits} until {@code GET} answers 404, for up to {@link
     *       SafeDeleteParams#goneTimeout()}, polling every {@link SafeDeleteParams#pollInterval()}.
     * </ol>
     *
     * <p>The API has not published the exact wording of its refusal to delete a primary with read replicas: this
     * recognizes it by the word {@code replica} in the error message. A refusal worded otherwise is retried as a
     * transient conflict until {@code conflictTimeout}, and then ends in a {@link WaitTimeoutException} whose cause
     * is that refusal. Errors other than 404 and {@code 409} are thrown as they came.
     *
     * <pre>{@code
     * try {
     *     pg.instances().deleteSafely(primaryId);
     * } catch (ConflictException e) {
     *     // read replicas are still attached: delete or promote them first, then try again
     * }
     * }</pre>
     *
     * @param postgresId the instance id
     * @param params how long to retry and to wait
     * @param options per-call options of every request
     * @throws ConflictException if the instance is a primary that still has read replicas
     * @throws WaitTimeoutException if the DELETE was still answered with a transient {@code 409} when {@code
     *     conflictTimeout} ran out (its {@link Throwable#getCause() cause} is the last {@code 409}), or if the
     *     instance was still there when {@code goneTimeout} ran out ({@code lastObserved(PostgresInstance.class)}
     *     shows it)
     * @throws WaitFailedException if a poll fails while waiting for the instance to disappear
     */
    public void deleteSafely(String postgresId, SafeDeleteParams params, RequestOptions options) {
        Checks.pathSegment(postgresId, "postgresId");
        requireNonNull(params, "params == null");
        requireNonNull(options, "options == null");
        Optional<PostgresInstance> instance = find(postgresId, options);
        if (instance.isEmpty()) {
            return;
        }
        if (!beingDeleted(instance.get())) {
            try {
                engine.<Boolean>poller("Postgres instance " + postgresId + " to accept its deletion")
                        .poll(() -> deleteOnce(postgresId, options))
                        .fixedInterval(params.conflictInterval())
                        .until(Boolean::booleanValue)
                        .tolerate(e -> e instanceof ConflictException conflict && !hasReadReplicas(conflict))
                        .timeout(params.conflictTimeout())
                        .build()
                        .await();
            } catch (WaitFailedException e) {
                if (e.getCause() instanceof ApiException refused) {
                    throw refused;
                }
                throw e;
            }
        }
        if (params.waitUntilGone()) {
            waitUntilDeleted(postgresId, params.goneTimeout(), params.pollInterval(), options);
        }
    }

    /**
     * Sends the DELETE once. A 404 counts as deleted; a {@code 409} about read replicas is thrown as it came; any
     * other {@code 409} is followed by one GET, and counts as deleted if the instance is gone or {@code deleting},
     * otherwise it is thrown for the caller to retry.
     */
    private boolean deleteOnce(String postgresId, RequestOptions options) {
        try {
            raw.delete(postgresId, options);
        } catch (NotFoundException gone) {
            return true;
        } catch (ConflictException conflict) {
            if (hasReadReplicas(conflict)) {
                throw conflict;
            }
            Optional<PostgresInstance> now;
            try {
                now = find(postgresId, options);
            } catch (ApiException readFailure) {
                conflict.addSuppressed(readFailure);
                throw conflict;
            }
            if (now.isPresent() && !beingDeleted(now.get())) {
                throw conflict;
            }
        }
        return true;
    }

    /**
     * Whether a {@code 409} refuses to delete a primary because it still has read replicas.
     *
     * @param conflict the refusal
     * @return true if its error message (or, lacking one, its body) mentions a replica, in any case
     */
    static boolean hasReadReplicas(ConflictException conflict) {
        return conflict.errorMessage()
                .orElseGet(conflict::responseBody)
                .toLowerCase(Locale.ROOT)
                .contains("replica");
    }

    private static boolean beingDeleted(PostgresInstance instance) {
        return instance.state().filter(InstanceState.DELETING::equals).isPresent();
    }

    private Optional<PostgresInstance> find(String postgresId, RequestOptions options) {
        try {
            return Optional.of(get(postgresId, options));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether an instance reads a state {@code wanted} cannot follow: {@code deleting} leads nowhere else, and a
     * {@code stopped} instance can only be deleted, as the API has no command to start it.
     */
    private static boolean deadEnd(PostgresInstance seen, InstanceState wanted) {
        InstanceState state = seen.state().orElse(null);
        if (state == null || state.equals(wanted)) {
            return false;
        }
        return state.equals(InstanceState.DELETING)
                || (state.equals(InstanceState.STOPPED) && !wanted.equals(InstanceState.DELETING));
    }

    private static boolean applied(PostgresInstance seen, UpdateInstanceParams update) {
        return seen.state().filter(InstanceState.RUNNING::equals).isPresent()
                && update.name()
                        .map(n -> seen.name().filter(n::equals).isPresent())
                        .orElse(true)
                && update.size()
                        .map(s -> seen.size().filter(s::equals).isPresent())
                        .orElse(true)
                && update.haType()
                        .map(h -> seen.haType().filter(h::equals).isPresent())
                        .orElse(true)
                && update.tags()
                        .map(t -> new HashSet<Tag>(t).equals(new HashSet<Tag>(seen.tags())))
                        .orElse(true);
    }

    private static String describe(PostgresInstance i) {
        return "state " + i.state().map(InstanceState::value).orElse("?") + ", name "
                + i.name().orElse("?") + ", size "
                + i.size().map(InstanceSize::value).orElse("?")
                + ", haType " + i.haType().map(HaType::value).orElse("?") + ", "
                + i.tags().size() + " tags";
    }

    /**
     * The single-request operations of {@link Instances} returning {@link ApiResponse}: the HTTP status, the
     * response headers and the request id of the envelope, with the decoded value. Get it from {@link
     * Instances#withRawResponse()}. The waiters, {@link Instances#deleteSafely(String)} and the retrying {@link
     * Instances#createReadReplica(String, CreateReadReplicaParams, Duration)} send several requests and are offered
     * on {@link Instances} only; {@link
     * #update(String, UpdateInstanceParams, RequestOptions)} also reads the tags first unless it sets them, and
     * answers with the PATCH's response.
     */
    public static final class WithRawResponse {
        private final HttpEngine engine;
        private final OrganizationRequests requests;

        WithRawResponse(HttpEngine engine, OrganizationRequests requests) {
            this.engine = engine;
            this.requests = requests;
        }

        /**
         * Lists the organization's instances ({@code GET …/postgres}; not paged). List items carry no
         * hostname, storage size or credentials.
         *
         * @param options per-call options
         * @return the response with the instances
         */
        public ApiResponse<List<PostgresInstance>> list(RequestOptions options) {
            return engine.send(requests.collection(HttpMethod.GET, "", options).build(), Json.type(LIST));
        }

        /**
         * Creates an instance ({@code POST …/postgres}; the API answers 200). It starts in state {@code creating}; see
         * {@link #waitUntilRunning(String, Duration)}. The answer is the only one to carry the superuser's {@link
         * PostgresInstance#password() password} and {@link PostgresInstance#connectionString() connection string}:
         * keep them now.
         *
         * @param params the instance to create
         * @param options per-call options
         * @return the response with the new instance, with its credentials
         */
        public ApiResponse<PostgresInstance> create(CreateInstanceParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.collection(HttpMethod.POST, "", options)
                            .body(params)
                            .build(),
                    Json.type(PostgresInstance.class));
        }

        /**
         * Gets an instance ({@code GET …/postgres/{postgresId}}), without credentials.
         *
         * @param postgresId the instance id
         * @param options per-call options
         * @return the response with the instance
         * @throws NotFoundException if there is no such instance
         */
        public ApiResponse<PostgresInstance> get(String postgresId, RequestOptions options) {
            return engine.send(
                    requests.member(HttpMethod.GET, "", postgresId, options).build(),
                    Json.type(PostgresInstance.class));
        }

        /**
         * Updates an instance's name, size, HA setup or tags ({@code PATCH …/postgres/{postgresId}}). The change is
         * applied asynchronously: the answer, and the state, may still show the old values; see {@link
         * #waitUntilApplied(String, UpdateInstanceParams, Duration)}.
         *
         * <p><strong>Tags are kept:</strong> the API clears every tag on a PATCH without {@code tags}, so when {@code
         * params} does not set {@link UpdateInstanceParams#tags() tags}, this sends two requests: a {@code GET} of the
         * instance, then the PATCH carrying the tags it read, exactly as read (they are not checked against the rules
         * for tags a caller sets, so reserved {@code chc_} tags or tags without a value go back unchanged). When {@code
         * params} sets tags, only the PATCH is sent. Read replicas cannot be updated (the API answers 400).
         *
         * <p>This is not atomic: a tag change someone else makes between the {@code GET} and the PATCH is lost, as the
         * PATCH sends back the tags read before it (last writer wins). Set {@link UpdateInstanceParams#tags() tags}
         * yourself when that matters.
         *
         * @param postgresId the instance id
         * @param params the changes
         * @param options per-call options
         * @return the response with the instance as the API answered the PATCH
         */
        public ApiResponse<PostgresInstance> update(
                String postgresId, UpdateInstanceParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            Checks.pathSegment(postgresId, "postgresId");
            requireNonNull(options, "options == null");
            List<Tag> tags = params.tags().isPresent()
                    ? params.tags().get()
                    : get(postgresId, options).value().tags();
            InstancePatch body = InstancePatch.of(params, tags);
            return engine.send(
                    requests.member(HttpMethod.PATCH, "", postgresId, options)
                            .body(body)
                            .build(),
                    Json.type(PostgresInstance.class));
        }

        /**
         * Deletes an instance and all its data ({@code DELETE …/postgres/{postgresId}}; the answer carries no result).
         * A primary that still has read replicas cannot be deleted (409): delete or promote them first.
         *
         * @param postgresId the instance id
         * @param options per-call options
         * @return the response, without value
         * @throws ConflictException if the instance cannot be deleted now
         */
        public ApiResponse<Void> delete(String postgresId, RequestOptions options) {
            return engine.send(
                    requests.member(HttpMethod.DELETE, "", postgresId, options).build(), Json.type(Void.class));
        }

        /**
         * Restarts an instance ({@code PATCH …/state} with {@code {"command":"restart"}}), e.g. after a
         * configuration change whose {@link InstanceConfig#message() message} asks for it.
         *
         * @param postgresId the instance id
         * @param options per-call options
         * @return the response with the instance, typically {@code restarting}
         */
        public ApiResponse<PostgresInstance> restart(String postgresId, RequestOptions options) {
            return command(postgresId, "restart", options);
        }

        /**
         * Promotes a read replica to a primary ({@code PATCH …/state} with {@code {"command":"promote"}}).
         *
         * @param postgresId the read replica's id
         * @param options per-call options
         * @return the response with the instance
         */
        public ApiResponse<PostgresInstance> promote(String postgresId, RequestOptions options) {
            return command(postgresId, "promote", options);
        }

        /**
         * Switches a primary over to its standby ({@code PATCH …/state} with {@code {"command":"switchover"}});
         * needs an HA setup other than {@code none}.
         *
         * @param postgresId the primary's id
         * @param options per-call options
         * @return the response with the instance
         */
        public ApiResponse<PostgresInstance> switchover(String postgresId, RequestOptions options) {
            return command(postgresId, "switchover", options);
        }

        /**
         * Resets the superuser's password ({@code PATCH …/postgres/{postgresId}/password}): to a server-generated one,
         * returned in the result, with {@link ResetPasswordParams#generated()}; or to one of your choice with {@link
         * ResetPasswordParams#of(String)}, checked against the API's rules before anything is sent.
         *
         * @param postgresId the instance id
         * @param params how to set the password
         * @param options per-call options
         * @return the response with the generated password, if the server generated one
         */
        public ApiResponse<ResetPasswordResult> resetPassword(
                String postgresId, ResetPasswordParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.member(HttpMethod.PATCH, "/password", postgresId, options)
                            .body(params)
                            .build(),
                    Json.type(ResetPasswordResult.class));
        }

        /**
         * Creates a read replica of a primary ({@code POST …/postgres/{postgresId}/readReplica}); poll the returned
         * replica like a create. A primary younger than its first base backup (about 10 minutes) refuses with {@code
         * 400 BAD_REQUEST: Parent server is not ready for read replicas. There are no backups, yet.}; {@link
         * #createReadReplica(String, CreateReadReplicaParams, Duration)} retries every 20 seconds while the primary has
         * no backup yet, for as long as its {@code Duration} says.
         *
         * @param primaryId the primary's id
         * @param params the replica
         * @param options per-call options
         * @return the response with the new replica
         */
        public ApiResponse<PostgresInstance> createReadReplica(
                String primaryId, CreateReadReplicaParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.member(HttpMethod.POST, "/readReplica", primaryId, options)
                            .body(params)
                            .build(),
                    Json.type(PostgresInstance.class));
        }

        /**
         * Restores an instance's continuous backup at a point in time into a <em>new</em> instance ({@code POST
         * …/postgres/{postgresId}/restoredService}); poll the returned instance like a create.
         *
         * @param postgresId the source instance's id
         * @param params the new instance and the point in time
         * @param options per-call options
         * @return the response with the new instance
         */
        public ApiResponse<PostgresInstance> restore(
                String postgresId, RestoreInstanceParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.member(HttpMethod.POST, "/restoredService", postgresId, options)
                            .body(params)
                            .build(),
                    Json.type(PostgresInstance.class));
        }

        /**
         * Gets an instance's Postgres and PgBouncer configuration ({@code GET …/postgres/{postgresId}/config}).
         * Values come back as strings even when numeric; {@link PgConfig} offers them typed.
         *
         * @param postgresId the instance id
         * @param options per-call options
         * @return the response with the configuration
         */
        public ApiResponse<InstanceConfig> config(String postgresId, RequestOptions options) {
            return engine.send(
                    requests.member(HttpMethod.GET, "/config", postgresId, options)
                            .build(),
                    Json.type(InstanceConfig.class));
        }

        /**
         * Replaces an instance's configuration ({@code POST …/postgres/{postgresId}/config}): keys absent from a section
         * are removed, an empty section clears it. Both sections must be set in {@code params}, possibly empty: a
         * section left unset is refused with {@link IllegalArgumentException} before anything is sent, rather than
         * wiping it (see {@link ConfigParams}; to change some keys only, use {@link #updateConfig(String,
         * ConfigParams)}). The state does not change; the result's {@link InstanceConfig#message() message} names
         * keys that need a {@link #restart(String) restart}. Works on read replicas too.
         *
         * @param postgresId the instance id
         * @param params the complete new configuration
         * @param options per-call options
         * @return the response with the configuration now in place, with the API's message
         * @throws IllegalArgumentException if {@code params} leaves {@code pgConfig} or {@code pgBouncerConfig} unset
         */
        public ApiResponse<InstanceConfig> replaceConfig(
                String postgresId, ConfigParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return sendConfig(HttpMethod.POST, postgresId, ConfigBody.replacing(params), options);
        }

        /**
         * Changes some of an instance's configuration ({@code PATCH …/postgres/{postgresId}/config}): the keys sent are
         * merged into the current configuration. Both sections are always sent, an unset one as {@code {}} (see {@link
         * ConfigParams}). The state does not change; the result's {@link InstanceConfig#message() message} names keys
         * that need a {@link #restart(String) restart}. Works on read replicas too.
         *
         * @param postgresId the instance id
         * @param params the keys to change
         * @param options per-call options
         * @return the response with the configuration now in place, with the API's message
         */
        public ApiResponse<InstanceConfig> updateConfig(
                String postgresId, ConfigParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return sendConfig(HttpMethod.PATCH, postgresId, ConfigBody.merging(params), options);
        }

        /**
         * Downloads the CA certificates to verify the instance's TLS certificate with ({@code GET
         * …/postgres/{postgresId}/caCertificates}; answered as {@code application/x-pem-file}, not enveloped).
         *
         * @param postgresId the instance id
         * @param options per-call options
         * @return the response with the certificates as PEM text
         */
        public ApiResponse<String> caCertificates(String postgresId, RequestOptions options) {
            return engine.sendText(requests.member(HttpMethod.GET, "/caCertificates", postgresId, options)
                    .build());
        }

        /**
         * Reads an instance's bucketed time-series metrics ({@code GET
         * …/postgres/{postgresId}/metrics?from_date&to_date&bucket_size_seconds}): CPU, memory, disk, connections,
         * cache hit ratio and more.
         *
         * @param postgresId the instance id
         * @param params the window and bucket size
         * @param options per-call options
         * @return the response with the metrics
         */
        public ApiResponse<InstanceMetrics> metrics(String postgresId, MetricsParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.member(HttpMethod.GET, "/metrics", postgresId, options)
                            .query("from_date", Rfc3339.format(params.fromDate()))
                            .query("to_date", Rfc3339.format(params.toDate()))
                            .query(
                                    "bucket_size_seconds",
                                    params.bucketSizeSeconds().orElse(null))
                            .build(),
                    Json.type(InstanceMetrics.class));
        }

        /**
         * Lists the slowest query patterns of a window ({@code GET …/postgres/{postgresId}/slowQueryPatterns}), one
         * page: the list is offset-paged with {@link ListSlowQueryPatternsParams#limit()} and {@link
         * ListSlowQueryPatternsParams#offset()}.
         *
         * @param postgresId the instance id
         * @param params the window, filters, order and page
         * @param options per-call options
         * @return the response with the patterns
         */
        public ApiResponse<List<SlowQueryPattern>> slowQueryPatterns(
                String postgresId, ListSlowQueryPatternsParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.member(HttpMethod.GET, "/slowQueryPatterns", postgresId, options)
                            .query("from_date", Rfc3339.format(params.fromDate()))
                            .query("to_date", Rfc3339.format(params.toDate()))
                            .query("db_name", params.dbName().orElse(null))
                            .query("db_user", params.dbUser().orElse(null))
                            .query("db_operation", params.dbOperation().orElse(null))
                            .query("app", params.app().orElse(null))
                            .query("sort_by", params.sortBy().orElse(null))
                            .query("sort_order", params.sortOrder().orElse(null))
                            .query("limit", params.limit().orElse(null))
                            .query("offset", params.offset().orElse(null))
                            .build(),
                    Json.type(PATTERNS));
        }

        /**
         * Gets one slow query pattern with its recent executions ({@code GET
         * …/postgres/{postgresId}/slowQueryPatterns/{queryId}}).
         *
         * @param postgresId the instance id
         * @param queryId the pattern's id exactly as listed (often negative)
         * @param params the pattern's database, user and operation
         * @param options per-call options
         * @return the response with the pattern and its recent executions
         */
        public ApiResponse<SlowQueryPatternDetail> slowQueryPattern(
                String postgresId, String queryId, SlowQueryPatternParams params, RequestOptions options) {
            Checks.pathSegment(queryId, "queryId");
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.member(HttpMethod.GET, "/slowQueryPatterns/{queryId}", postgresId, options, queryId)
                            .query("db_name", params.dbName())
                            .query("db_user", params.dbUser())
                            .query("db_operation", params.dbOperation())
                            .query("app", params.app().orElse(null))
                            .query(
                                    "timestamp",
                                    params.timestamp().map(Rfc3339::format).orElse(null))
                            .build(),
                    Json.type(SlowQueryPatternDetail.class));
        }

        /**
         * Reads an instance's metrics in the Prometheus text format ({@code GET …/postgres/{postgresId}/prometheus};
         * an evolving beta endpoint).
         *
         * @param postgresId the instance id
         * @param options per-call options
         * @return the response with the metrics text
         */
        public ApiResponse<String> prometheusMetrics(String postgresId, RequestOptions options) {
            return engine.sendText(requests.member(HttpMethod.GET, "/prometheus", postgresId, options)
                    .build());
        }

        /**
         * Reads the metrics of every instance of the organization (at most 100) in the Prometheus text format
         * ({@code GET …/postgres/prometheus}; an evolving beta endpoint).
         *
         * @param options per-call options
         * @return the response with the metrics text
         */
        public ApiResponse<String> organizationPrometheusMetrics(RequestOptions options) {
            return engine.sendText(
                    requests.collection(HttpMethod.GET, "/prometheus", options).build());
        }

        private ApiResponse<PostgresInstance> command(String postgresId, String command, RequestOptions options) {
            return engine.send(
                    requests.member(HttpMethod.PATCH, "/state", postgresId, options)
                            .body(Map.of("command", command))
                            .build(),
                    Json.type(PostgresInstance.class));
        }

        private ApiResponse<InstanceConfig> sendConfig(
                HttpMethod method, String postgresId, ConfigBody body, RequestOptions options) {
            return engine.send(
                    requests.member(method, "/config", postgresId, options)
                            .body(body)
                            .build(),
                    Json.type(InstanceConfig.class));
        }
    }
}
