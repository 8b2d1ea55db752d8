package dev.dbcloud.clickhouse.shared.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import java.util.List;
import java.util.Optional;

/**
 * Supplies the organization id every ClickHouse Cloud path starts with. <strong>Not for users</strong>: public so
 * that sibling clients of the same API (Managed Postgres) find their organization exactly as {@code
 * ClickHouseCloudClient} does.
 *
 * <p>An id configured on the builder is used as is. Otherwise the first call that needs it asks {@code GET
 * /v1/organizations} once: when the API key sees exactly one organization its id is cached for the client's
 * lifetime; otherwise an {@link IllegalStateException} tells how many organizations the key sees and how to
 * choose one, and every later call fails the same way without asking again (a failed request, by contrast, is
 * asked again on the next call). Thread-safe: concurrent first calls make one request.
 */
public final class OrganizationResolver {
    private static final TypeReference<List<JsonNode>> ORGANIZATIONS = new TypeReference<>() {};

    private final HttpEngine engine;
    private final Object lock = new Object();
    private volatile String organizationId;
    private volatile String unresolvable;

    /**
     * Creates a resolver.
     *
     * @param engine the engine to ask {@code GET /v1/organizations} with
     * @param configured the organization id set on the builder, if any
     */
    public OrganizationResolver(HttpEngine engine, Optional<String> configured) {
        this.engine = requireNonNull(engine, "engine == null");
        this.organizationId = requireNonNull(configured, "configured == null").orElse(null);
    }

    /**
     * The organization id known without a request: configured, or already discovered.
     *
     * @return the id, or empty when it still has to be discovered
     */
    public Optional<String> known() {
        return Optional.ofNullable(organizationId);
    }

    /**
     * The organization id, discovering it on first use when it was not configured.
     *
     * @param options the options of the call that needs the id, also used for the discovery request
     * @return the organization id
     * @throws IllegalStateException if the API key does not see exactly one organization
     */
    public String organizationId(RequestOptions options) {
        String id = organizationId;
        if (id != null) {
            return id;
        }
        synchronized (lock) {
            if (organizationId == null) {
                if (unresolvable == null) {
                    try {
                        organizationId = discover(options);
                    } catch (IllegalStateException e) {
                        unresolvable = e.getMessage();
                    }
                }
                if (unresolvable != null) {
                    throw new IllegalStateException(unresolvable);
                }
            }
            return organizationId;
        }
    }

    private String discover(RequestOptions options) {
        List<JsonNode> organizations = engine.call(
                ApiRequest.builder(HttpMethod.GET, "/v1/organizations")
                        .options(options)
                        .build(),
                ORGANIZATIONS);
        if (organizations == null || organizations.size() != 1) {
            int count = organizations == null ? 0 : organizations.size();
            throw new IllegalStateException("the API key sees " + count + " organization" + (count == 1 ? "" : "s")
                    + ", so the organization id cannot be chosen automatically;"
                    + " set organizationId(...) on the builder or CLICKHOUSE_ORG_ID");
        }
        JsonNode id = organizations.get(0).get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new IllegalStateException("the organization listed for the API key has no id;"
                    + " set organizationId(...) on the builder or CLICKHOUSE_ORG_ID");
        }
        return id.asText();
    }
}
