package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.ClickStackEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import java.util.List;

/**
 * The ClickStack webhooks of a service, through which its alerts notify Slack, incident.io or any HTTP endpoint,
 * {@code …/services/{serviceId}/clickstack/webhooks}. Get it from {@link ClickStack#webhooks()}.
 *
 * <pre>{@code
 * ClickStackWebhooks webhooks = ch.services().clickStack().webhooks();
 * ClickStackWebhook w = webhooks.create(serviceId,
 *         ClickStackWebhookParams.of("Production Alerts", ClickStackWebhookService.SLACK, slackUrl));
 * webhooks.update(serviceId, w.id(),
 *         ClickStackWebhookParams.of("Production Alerts", ClickStackWebhookService.SLACK, newSlackUrl));
 * webhooks.delete(serviceId, w.id());    // refused (409) while an alert uses it
 * }</pre>
 *
 * <p>The API calls these operations beta (with a stable contract), hence {@link Beta}. Webhook URLs, headers and
 * query parameters can be credentials: they print as {@code ****} in every {@code toString()}, and neither the
 * request bodies nor the answers appear in TRACE lines or exception excerpts. The list holds at most the API's
 * default page (1000 webhooks). Each method sends exactly one request (retries of it aside); a blank id is refused
 * before sending, naming {@code webhookId}.
 */
@Beta
public final class ClickStackWebhooks extends Resource<ClickStackWebhooks, ClickStackWebhooks.WithRawResponse> {

    ClickStackWebhooks(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new ClickStackWebhooks(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Lists a service's webhooks ({@code GET …/clickstack/webhooks}).
     *
     * @param serviceId the service id
     * @return the webhooks
     */
    public List<ClickStackWebhook> list(String serviceId) {
        return withRawResponse().list(serviceId).value();
    }

    /**
     * Creates a webhook ({@code POST …/clickstack/webhooks}).
     *
     * @param serviceId the service id
     * @param params the webhook
     * @return the webhook created, with its id
     */
    public ClickStackWebhook create(String serviceId, ClickStackWebhookParams params) {
        return withRawResponse().create(serviceId, params).value();
    }

    /**
     * Replaces a webhook ({@code PUT …/clickstack/webhooks/{webhookId}}); see {@link ClickStackWebhookParams} for
     * what a field left out does.
     *
     * @param serviceId the service id
     * @param webhookId the webhook's id
     * @param params the webhook
     * @return the webhook after the change
     */
    public ClickStackWebhook update(String serviceId, String webhookId, ClickStackWebhookParams params) {
        return withRawResponse().update(serviceId, webhookId, params).value();
    }

    /**
     * Deletes a webhook ({@code DELETE …/clickstack/webhooks/{webhookId}}); the API answers 409 ({@code
     * ConflictException}) while an alert still uses it.
     *
     * @param serviceId the service id
     * @param webhookId the webhook's id
     */
    public void delete(String serviceId, String webhookId) {
        withRawResponse().delete(serviceId, webhookId);
    }

    /** The operations of {@link ClickStackWebhooks} returning {@link ApiResponse}; each is documented there. */
    @Beta
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link ClickStackWebhooks#list(String)}, with the response. */
        public ApiResponse<List<ClickStackWebhook>> list(String serviceId) {
            return org.send(ClickStackEndpoints.LIST_WEBHOOKS, serviceId);
        }

        /** {@link ClickStackWebhooks#create(String, ClickStackWebhookParams)}, with the response. */
        public ApiResponse<ClickStackWebhook> create(String serviceId, ClickStackWebhookParams params) {
            return org.sendWith(ClickStackEndpoints.CREATE_WEBHOOK, params, serviceId);
        }

        /** {@link ClickStackWebhooks#update(String, String, ClickStackWebhookParams)}, with the response. */
        public ApiResponse<ClickStackWebhook> update(
                String serviceId, String webhookId, ClickStackWebhookParams params) {
            return org.sendWith(ClickStackEndpoints.UPDATE_WEBHOOK, params, serviceId, webhookId);
        }

        /** {@link ClickStackWebhooks#delete(String, String)}, with the response. */
        public ApiResponse<Void> delete(String serviceId, String webhookId) {
            return org.send(ClickStackEndpoints.DELETE_WEBHOOK, serviceId, webhookId);
        }
    }
}
