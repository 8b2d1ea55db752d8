package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link ClickStackWebhooks#create} and {@link ClickStackWebhooks#update} (wire schema {@code
 * ClickStackWebhookInput}).
 *
 * <pre>{@code
 * ClickStackWebhookParams slack = ClickStackWebhookParams.of("Production Alerts", ClickStackWebhookService.SLACK,
 *         "https://hooks.slack.com/services/T0EXAMPLE/B0EXAMPLE/your-webhook-token");
 * ClickStackWebhookParams generic = ClickStackWebhookParams.builder()
 *         .name("Monitoring").service(ClickStackWebhookService.GENERIC).url("https://example.com/hooks")
 *         .body("{\"alert\": \"{{title}}\"}")
 *         .headers(Map.of("Authorization", "Bearer " + token))
 *         .build();
 * }</pre>
 *
 * <p>{@code name}, {@code service} and {@code url} are required, as the specification says, and a {@code body}
 * with the {@code slack} service is refused, as the API refuses it: {@code build()} throws {@link
 * IllegalArgumentException} naming the field. On an update, {@code description} and {@code body} left out are
 * cleared, while {@code headers} and {@code queryParams} left out keep their stored values (unless the URL or
 * service changes); set them to an empty map to clear them. The URL, body template, headers and query parameters
 * print as {@code ****} in {@code toString()}, and request bodies are kept out of TRACE lines.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickStackWebhookParams.class)
@JsonDeserialize(as = ClickStackWebhookParams.class)
abstract class ClickStackWebhookParamsDef {
    /**
     * The name, unique per service within the team (wire {@code name}); required.
     *
     * @return the value
     */
    abstract String name();

    /**
     * What the webhook delivers to (wire {@code service}); required.
     *
     * @return the value
     */
    abstract ClickStackWebhookService service();

    /**
     * The destination URL (wire {@code url}); required, printed as {@code ****}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract String url();

    /**
     * The description shown in the UI (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();

    /**
     * The request body template, for generic and incident.io webhooks (wire {@code body}); printed as {@code ****}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> body();

    /**
     * The HTTP headers sent with each delivery (wire {@code headers}); never returned by the API, printed as {@code
     * ****}. Left out, an update keeps the stored ones; an empty map clears them.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<Map<String, String>> headers();

    /**
     * The query parameters added to the URL on each delivery (wire {@code queryParams}); never returned by the API,
     * printed as {@code ****}. Left out, an update keeps the stored ones; an empty map clears them.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<Map<String, String>> queryParams();

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
