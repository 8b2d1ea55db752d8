package dev.dbcloud.core.internal;

import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Turns an {@link ApiRequest} into the OkHttp request every attempt of the call sends. */
final class HttpRequests {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String ACCEPT = "application/json, text/plain;q=0.9, */*;q=0.8";

    private final ClientSettings settings;
    private final ApiDialect dialect;
    private final String userAgent;

    HttpRequests(ClientSettings settings, ApiDialect dialect) {
        this.settings = settings;
        this.dialect = dialect;
        this.userAgent = UserAgent.forModule(dialect.module());
        if (settings.credentials().orElse(null) instanceof Credentials.QueryToken
                && dialect.queryTokenParameter().isEmpty()) {
            throw new IllegalArgumentException(
                    "credentials: the " + dialect.module() + " API does not accept query tokens");
        }
    }

    /** The request to send, with the JSON body already written (or null when there is none). */
    record Prepared(Request request, String jsonBody, boolean retrySafe) {}

    Prepared prepare(ApiRequest request) {
        HttpUrl.Builder url;
        String idempotencyKey;
        if (request.absoluteUrl() != null) {
            url = absolute(request.absoluteUrl());
            idempotencyKey = null; // the key belongs to the API, not to the host of a presigned URL
        } else {
            idempotencyKey = idempotencyKey(request);
            url = settings.baseUrl().newBuilder();
            request.segments().forEach(url::addPathSegment);
        }
        for (Map.Entry<String, String> parameter : request.query()) {
            url.addQueryParameter(parameter.getKey(), parameter.getValue());
        }
        Request.Builder builder =
                new Request.Builder().header("User-Agent", userAgent).header("Accept", ACCEPT);
        if (request.authenticated()) {
            authenticate(builder, url);
        }
        request.options().headers().forEach((name, values) -> values.forEach(v -> builder.addHeader(name, v)));
        if (idempotencyKey != null) {
            builder.header(dialect.idempotencyHeader().orElseThrow(), idempotencyKey);
        }
        String json = request.body() == null || request.body() instanceof RawBody ? null : Json.write(request.body());
        RequestBody body;
        if (request.body() instanceof RawBody raw) {
            body = RequestBody.create(raw.bytes(), raw.mediaType());
        } else if (json != null) {
            body = RequestBody.create(json, JSON);
        } else {
            // OkHttp insists on a body for these methods; an empty one is what "no body" means on the wire.
            body = request.method().requiresBody() ? RequestBody.create(new byte[0], null) : null;
        }
        if (request.endpoint() != null) {
            builder.tag(Endpoint.class, request.endpoint());
        }
        Request built =
                builder.url(url.build()).method(request.method().name(), body).build();
        return new Prepared(built, json, request.repeatable() || idempotencyKey != null);
    }

    private HttpUrl.Builder absolute(HttpUrl url) {
        if (!url.isHttps() && !settings.allowInsecureHttp() && !Checks.isLoopback(url.host())) {
            // The URL is not repeated: its query string may hold a presigned signature.
            throw new IllegalArgumentException("url uses plain http:// for the non-loopback host " + url.host()
                    + "; use https:// or a client with allowInsecureHttp(true)");
        }
        return url.newBuilder();
    }

    /** The same request sent to {@code target}, re-adding a query token the new URL lacks. */
    Request redirect(Request request, HttpUrl target, boolean authenticated) {
        HttpUrl.Builder url = target.newBuilder();
        if (authenticated && settings.credentials().orElse(null) instanceof Credentials.QueryToken token) {
            url.setQueryParameter(dialect.queryTokenParameter().orElseThrow(), token.token());
        }
        return request.newBuilder().url(url.build()).build();
    }

    private void authenticate(Request.Builder builder, HttpUrl.Builder url) {
        Optional<Credentials> credentials = settings.credentials();
        if (credentials.isEmpty()) {
            return;
        }
        Credentials c = credentials.get();
        if (c instanceof Credentials.Bearer bearer) {
            builder.header("Authorization", "Bearer " + bearer.token());
        } else if (c instanceof Credentials.Basic basic) {
            builder.header(
                    "Authorization", okhttp3.Credentials.basic(basic.id(), basic.secret(), StandardCharsets.UTF_8));
        } else if (c instanceof Credentials.QueryToken token) {
            url.addQueryParameter(dialect.queryTokenParameter().orElseThrow(), token.token());
        }
    }

    private String idempotencyKey(ApiRequest request) {
        Optional<String> header = dialect.idempotencyHeader();
        Optional<String> given = request.options().idempotencyKey();
        if (given.isPresent() && header.isEmpty()) {
            throw new IllegalArgumentException(
                    "idempotencyKey: the " + dialect.module() + " API does not support idempotency keys");
        }
        if (header.isEmpty()) {
            return null;
        }
        return given.orElseGet(() -> dialect.generatesIdempotencyKey(request.method())
                ? UUID.randomUUID().toString()
                : null);
    }
}
