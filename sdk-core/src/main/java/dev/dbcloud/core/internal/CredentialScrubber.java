package dev.dbcloud.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.errors.ScrubbedFailure;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hides a client's own secret, and the secrets a call sent in its body, wherever the engine shows text it did not
 * write: response bodies in exceptions and TRACE lines, error messages, request ids, headers, body excerpts and
 * the messages of I/O failures. {@link SecretMasker} only recognises secret-looking field names; a server that
 * repeats the token inside a message ({@code "invalid token p.eyJ…"}) or quotes back a password it was sent is
 * caught here, as are their URL-encoded and JSON-escaped forms.
 */
final class CredentialScrubber {
    /** Shorter request values are not hunted for in responses: they would mask ordinary words. */
    static final int MIN_REQUEST_SECRET_LENGTH = 4;

    private final List<String> secrets;
    /** The length of the shortest secret: shorter text (a request id, usually) holds none and is not searched. */
    private final int shortest;

    CredentialScrubber(Optional<Credentials> credentials) {
        this(ownSecrets(credentials));
    }

    private CredentialScrubber(Collection<String> found) {
        List<String> forms = new ArrayList<>();
        for (String secret : found) {
            insert(forms, secret);
            insert(forms, URLEncoder.encode(secret, StandardCharsets.UTF_8)); // echoed inside a URL
            String jsonEscaped = secret.replace("\\", "\\\\").replace("\"", "\\\""); // in JSON text
            insert(forms, jsonEscaped);
            insert(forms, jsonEscaped.replace("/", "\\/"));
        }
        this.secrets = List.copyOf(new LinkedHashSet<>(forms));
        this.shortest = secrets.isEmpty()
                ? Integer.MAX_VALUE
                : secrets.get(secrets.size() - 1).length();
    }

    /** Adds a form after every form at least as long: the longer are replaced first, should one hold another. */
    private static void insert(List<String> forms, String form) {
        int at = 0;
        while (at < forms.size() && forms.get(at).length() >= form.length()) {
            at++;
        }
        forms.add(at, form);
    }

    private static List<String> ownSecrets(Optional<Credentials> credentials) {
        List<String> found = new ArrayList<>();
        Credentials c = credentials.orElse(null);
        if (c instanceof Credentials.Bearer bearer) {
            found.add(bearer.token());
        } else if (c instanceof Credentials.QueryToken token) {
            found.add(token.token());
        } else if (c instanceof Credentials.Basic basic) {
            found.add(basic.secret());
            found.add(Base64.getEncoder()
                    .encodeToString((basic.id() + ":" + basic.secret()).getBytes(StandardCharsets.UTF_8)));
        }
        return found;
    }

    /**
     * A scrubber for one call: this one's secrets plus the string values the call's JSON body holds under
     * secret-looking names (a ClickPipe's Kafka password, a role's password), so an error that quotes them back
     * hides them too.
     *
     * @param jsonBody the request body as sent, or null
     * @return the call's scrubber; this one when the body holds no secret
     */
    CredentialScrubber forRequestBody(String jsonBody) {
        if (jsonBody == null) {
            return this;
        }
        List<String> found = new ArrayList<>();
        try {
            collect(Json.readTree(jsonBody), false, found);
        } catch (JsonProcessingException e) {
            return this; // the SDK wrote the body, so this does not happen
        }
        if (found.isEmpty()) {
            return this;
        }
        found.addAll(secrets);
        return new CredentialScrubber(found);
    }

    private static void collect(JsonNode node, boolean secret, List<String> found) {
        if (node.isTextual()) {
            if (secret && node.asText().length() >= MIN_REQUEST_SECRET_LENGTH) {
                found.add(node.asText());
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                collect(member.getValue(), secret || SecretMasker.isSecretName(member.getKey()), found);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, secret, found));
        }
    }

    /**
     * Replaces every occurrence of the secrets.
     *
     * @param text any text, or null
     * @return the text with {@link SecretMasker#MASK} in place of each secret; null for null
     */
    String scrub(String text) {
        if (text == null || text.length() < shortest) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, SecretMasker.MASK);
        }
        return result;
    }

    Optional<String> scrub(Optional<String> text) {
        return text.map(this::scrub);
    }

    /** @return the headers as a map from lower-case name to values, every value scrubbed when first read */
    Map<String, List<String>> scrub(okhttp3.Headers headers) {
        return new ResponseHeaders(headers, this);
    }

    /**
     * A failure fit to be the cause of an SDK exception: the failure itself when no message in its chain holds a
     * secret, otherwise a {@link ScrubbedFailure} chain with the same type names and stack traces.
     *
     * @param failure a failure, or null
     * @return the failure or its scrubbed stand-in; null for null
     */
    Throwable scrub(Throwable failure) {
        return failure == null || isClean(failure, 0) ? failure : stand(failure, 0);
    }

    private boolean isClean(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return true;
        }
        String message = failure.getMessage();
        return (message == null || message.equals(scrub(message))) && isClean(failure.getCause(), depth + 1);
    }

    private Throwable stand(Throwable failure, int depth) {
        Throwable cause = failure.getCause() == null || depth > 20 ? null : stand(failure.getCause(), depth + 1);
        String original = failure instanceof ScrubbedFailure scrubbed
                ? scrubbed.originalType()
                : failure.getClass().getName();
        return new ScrubbedFailure(original, scrub(failure.getMessage()), failure.getStackTrace(), cause);
    }
}
