package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.ApiKeyEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import java.util.List;

/**
 * The API keys of the organization the client works in: {@code /v1/organizations/{organizationId}/keys}. Get it
 * from {@link Organizations#apiKeys()}.
 *
 * <pre>{@code
 * ApiKeys keys = ch.organizations().apiKeys();
 * CreatedApiKey created = keys.create(CreateApiKeyParams.builder().name("ci").build());
 * String secret = created.keySecret().orElseThrow();            // shown this once
 * keys.update(created.key().orElseThrow().id(), UpdateApiKeyParams.builder().state(ApiKeyState.DISABLED).build());
 * }</pre>
 *
 * <p>Managing keys needs a key with the admin role. Per-call options come from {@link #withOptions(RequestOptions)};
 * {@link #withRawResponse()} offers the same operations returning the whole {@link ApiResponse}.
 */
public final class ApiKeys extends Resource<ApiKeys, ApiKeys.WithRawResponse> {
    ApiKeys(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new ApiKeys(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Lists the organization's API keys ({@code GET …/keys}).
     *
     * @return the keys
     */
    public List<ApiKey> list() {
        return withRawResponse().list().value();
    }

    /**
     * Gets an API key ({@code GET …/keys/{keyId}}).
     *
     * @param keyId the key's {@link ApiKey#id()}
     * @return the key
     */
    public ApiKey get(String keyId) {
        return withRawResponse().get(keyId).value();
    }

    /**
     * Creates an API key ({@code POST …/keys}). Unless the parameters carry {@link ApiKeyHashData}, the result holds
     * the generated key id and secret, which the API never shows again.
     *
     * @param params what to create
     * @return the key, with its credentials when the API generated them
     */
    public CreatedApiKey create(CreateApiKeyParams params) {
        return withRawResponse().create(params).value();
    }

    /**
     * Updates an API key ({@code PATCH …/keys/{keyId}}): only what the parameters set changes.
     *
     * @param keyId the key's {@link ApiKey#id()}
     * @param params the changes
     * @return the key as updated
     */
    public ApiKey update(String keyId, UpdateApiKeyParams params) {
        return withRawResponse().update(keyId, params).value();
    }

    /**
     * Deletes an API key ({@code DELETE …/keys/{keyId}}). The key that authenticates the request cannot be
     * deleted.
     *
     * @param keyId the key's {@link ApiKey#id()}
     */
    public void delete(String keyId) {
        withRawResponse().delete(keyId);
    }

    /** The operations of {@link ApiKeys} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link ApiKeys#list()}, with the response. */
        public ApiResponse<List<ApiKey>> list() {
            return org.send(ApiKeyEndpoints.LIST);
        }

        /** {@link ApiKeys#get(String)}, with the response. */
        public ApiResponse<ApiKey> get(String keyId) {
            return org.send(ApiKeyEndpoints.GET, keyId);
        }

        /** {@link ApiKeys#create(CreateApiKeyParams)}, with the response. */
        public ApiResponse<CreatedApiKey> create(CreateApiKeyParams params) {
            return org.sendWith(ApiKeyEndpoints.CREATE, params);
        }

        /** {@link ApiKeys#update(String, UpdateApiKeyParams)}, with the response. */
        public ApiResponse<ApiKey> update(String keyId, UpdateApiKeyParams params) {
            return org.sendWith(ApiKeyEndpoints.UPDATE, params, keyId);
        }

        /** {@link ApiKeys#delete(String)}, with the response. */
        public ApiResponse<Void> delete(String keyId) {
            return org.send(ApiKeyEndpoints.DELETE, keyId);
        }
    }
}
