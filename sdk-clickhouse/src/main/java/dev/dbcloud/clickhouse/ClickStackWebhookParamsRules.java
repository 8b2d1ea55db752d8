package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;

/**
 * The rules of {@link ClickStackWebhookParams}: what {@code ClickStackWebhookParamsAttributes} does not say about it. The
 * generated {@code ClickStackWebhookParamsDef} carries its annotations.
 */
abstract class ClickStackWebhookParamsRules extends ClickStackWebhookParamsAttributes {

    /**
     * A webhook with its name, service and URL only.
     *
     * @param name the name
     * @param service what it delivers to
     * @param url the destination URL
     * @return the parameters
     */
    public static ClickStackWebhookParams of(String name, ClickStackWebhookService service, String url) {
        return ClickStackWebhookParams.builder()
                .name(requireNonNull(name, "name == null"))
                .service(requireNonNull(service, "service == null"))
                .url(requireNonNull(url, "url == null"))
                .build();
    }

    /** The specification's rule; see the type's documentation. */
    @Value.Check
    void check() {
        if (body().isPresent() && service().equals(ClickStackWebhookService.SLACK)) {
            throw new IllegalArgumentException("body is not allowed for service slack (only generic and incidentio)");
        }
    }
}
