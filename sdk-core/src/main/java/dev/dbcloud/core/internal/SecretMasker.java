package dev.dbcloud.core.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text the SDK shows: JSON string fields and query parameters whose names look secret. It works
 * on truncated or invalid JSON too, because it does not parse.
 */
public final class SecretMasker {
    /** What replaces a secret. */
    public static final String MASK = "****";

    private static final Pattern SECRET_WORD = Pattern.compile(
            "password|passwd|secret|token|credential|authorization|privatekey|connectionstring|apikey|accesskey"
                    + "|serviceaccount|hash$|^uri$|uri$|^dsn$");

    private static final Pattern JSON_FIELD =
            Pattern.compile("(\"([A-Za-z0-9_\\-]+)\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*(?:\"|$)|[^,}\\]\\s\"]+)");

    private static final Pattern QUERY_PARAM =
            Pattern.compile("([?&](?i:token|key|secret|password|signature|access_token)=)[^&#\\s]*");

    private SecretMasker() {}

    /**
     * Masks the values of secret-looking JSON fields, quoted or not.
     *
     * @param json JSON text, possibly truncated
     * @return the text with those values replaced by {@link #MASK}
     */
    public static String maskJson(String json) {
        Matcher m = JSON_FIELD.matcher(json);
        if (!m.find()) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length());
        do {
            String value = m.group(3);
            boolean masked = isSecretName(m.group(2)) && !value.equals("null");
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (masked ? "\"" + MASK + "\"" : value)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether a field name looks like it holds a secret: passwords, tokens, keys, connection strings, password
     * hashes, URIs (which may embed a password).
     *
     * @param name a JSON field name in any casing convention
     * @return true if its value should never be shown
     */
    public static boolean isSecretName(String name) {
        String normalized = name.replace("_", "").replace("-", "").toLowerCase(java.util.Locale.ROOT);
        return SECRET_WORD.matcher(normalized).find();
    }

    /**
     * Masks secret-looking query parameter values in a URL or path, such as {@code token=…}.
     *
     * @param url a URL, a path with query, or free text containing one
     * @return the text with those values replaced by {@link #MASK}
     */
    public static String maskQuery(String url) {
        return QUERY_PARAM.matcher(url).replaceAll("$1" + MASK);
    }

    /**
     * Shortens text to at most {@code max} characters, marking the cut.
     *
     * @param text the text
     * @param max the longest result wanted
     * @return the text, or its start followed by {@code …}
     */
    public static String excerpt(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
