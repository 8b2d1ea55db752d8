package dev.dbcloud.core.internal;

import dev.dbcloud.core.Credentials;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Hides a client's own secret wherever the engine shows text it did not write: response bodies in exceptions and
 * TRACE lines, error messages, body excerpts. {@link SecretMasker} only recognises secret-looking field names; a
 * server that repeats the token inside a message ({@code "invalid token p.eyJ…"}) is caught here, as are its
 * URL-encoded and JSON-escaped forms.
 */
final class CredentialScrubber {
    private final List<String> secrets;

    CredentialScrubber(Optional<Credentials> credentials) {
        List<String> found = new ArrayList<>();
        credentials.ifPresent(c -> {
            if (c instanceof Credentials.Bearer bearer) {
                found.add(bearer.token());
            } else if (c instanceof Credentials.QueryToken token) {
                found.add(token.token());
            } else if (c instanceof Credentials.Basic basic) {
                found.add(basic.secret());
                found.add(Base64.getEncoder()
                        .encodeToString((basic.id() + ":" + basic.secret()).getBytes(StandardCharsets.UTF_8)));
            }
        });
        List<String> forms = new ArrayList<>();
        for (String secret : found) {
            forms.add(secret);
            forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8)); // echoed inside a URL
            String jsonEscaped = secret.replace("\\", "\\\\").replace("\"", "\\\""); // in JSON text
            forms.add(jsonEscaped);
            forms.add(jsonEscaped.replace("/", "\\/"));
        }
        forms.sort(Comparator.comparingInt(String::length).reversed()); // the longer first, should one hold the other
        this.secrets = forms.stream().distinct().toList();
    }

    /**
     * Replaces every occurrence of the client's secret.
     *
     * @param text any text, or null
     * @return the text with {@link SecretMasker#MASK} in place of the secret; null for null
     */
    String scrub(String text) {
        if (text == null) {
            return null;
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
}
