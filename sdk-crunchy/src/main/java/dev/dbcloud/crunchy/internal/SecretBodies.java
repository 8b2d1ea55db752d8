package dev.dbcloud.crunchy.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.Json;

/**
 * JSON request bodies that carry a secret under a name the SDK's log masking does not recognise (a Tailscale
 * {@code auth_key}, a logger {@code template} with an ingestion token). They are declared as byte bodies and sent as
 * {@code application/json}: the engine never shows a byte body at TRACE, while it shows a JSON body with only
 * secret-looking member names masked.
 */
public final class SecretBodies {
    /** The media type the bodies are sent with. */
    static final String JSON = "application/json";

    private SecretBodies() {}

    /**
     * Sets a JSON body that is never logged.
     *
     * @param call a call to an endpoint declared with {@code bytesBody()}
     * @param body the object to write as JSON with the SDK's mapper
     * @param <T> the call's result
     * @return the call
     */
    public static <T> Endpoint.Call<T> json(Endpoint.Call<T> call, Object body) {
        return call.bytes(Json.write(requireNonNull(body, "params == null")).getBytes(UTF_8), JSON);
    }
}
