package dev.dbcloud.core.internal;

import java.util.Locale;
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
            "password|passwd|secret|token|credential|authorization|privatekey|connectionstring|connectionurl"
                    + "|databaseurl|jdbcurl|apikey|accesskey|s3key|azurekey|sharedkey|saskey|signingkey|encryptionkey"
                    + "|serviceaccount|signature|hash$|uri$|^dsn$");

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]");

    /** The start of a JSON member up to its value: {@code "name" :}. */
    private static final Pattern MEMBER = Pattern.compile("\"([^\"\\\\]{1,200})\"\\s*:\\s*");

    /**
     * A URL inside any text, JSON included ({@code https:\/\/} too): scheme, optional user info, the rest up to an
     * optional query. Quotes, spaces, angle brackets and backslashes end it.
     */
    private static final Pattern URL = Pattern.compile(
            "([a-zA-Z][a-zA-Z0-9+.-]*:(?:\\\\?/){2})([^\\s/?#@\"'<>\\\\]*@)?([^\\s?#\"'<>]*)(\\?[^\\s#\"'<>\\\\]*)?");

    private static final Pattern QUERY_PARAM = Pattern.compile("([?&])([^=&#\\s]+)=([^&#\\s]*)");

    private SecretMasker() {}

    /**
     * Masks the values of secret-looking JSON members, whatever their type: strings, numbers, arrays and objects
     * are replaced whole by {@code "****"}; {@code null} stays {@code null}. It scans instead of parsing, so
     * truncated JSON is masked too, and it runs in time and stack proportional to the text's length.
     *
     * @param json JSON text, possibly truncated
     * @return the text with those values replaced by {@link #MASK}
     */
    public static String maskJson(String json) {
        Matcher member = MEMBER.matcher(json);
        StringBuilder out = null;
        int copied = 0;
        int searchFrom = 0;
        while (member.find(searchFrom)) {
            int valueStart = member.end();
            if (!isSecretName(member.group(1))) {
                searchFrom = valueStart;
                continue;
            }
            int valueEnd = endOfValue(json, valueStart);
            if (out == null) {
                out = new StringBuilder(json.length());
            }
            out.append(json, copied, valueStart);
            boolean isNull = json.startsWith("null", valueStart) && valueEnd == valueStart + 4;
            out.append(isNull ? "null" : "\"" + MASK + "\"");
            copied = valueEnd;
            searchFrom = Math.max(valueEnd, valueStart + 1);
            if (searchFrom > json.length()) {
                break;
            }
        }
        return out == null ? json : out.append(json, copied, json.length()).toString();
    }

    /** Where the JSON value starting at {@code start} ends: after its closing quote or bracket, or at the end. */
    private static int endOfValue(String json, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (depth == 0) {
                    return i; // the end of the enclosing container: a scalar value ended before it
                }
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
                return i;
            }
        }
        return json.length();
    }

    /**
     * Whether a field name looks like it holds a secret: passwords, tokens, keys, connection strings, password
     * hashes, URIs (which may embed a password).
     *
     * @param name a JSON field name in any casing convention
     * @return true if its value should never be shown
     */
    public static boolean isSecretName(String name) {
        String normalized = NOT_ALPHANUMERIC.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
        return SECRET_WORD.matcher(normalized).find();
    }

    /**
     * Masks the values of secret-looking query parameters in a URL or path, such as {@code token=…} or {@code
     * key=…}.
     *
     * @param url a URL, a path with query, or free text containing one
     * @return the text with those values replaced by {@link #MASK}
     */
    public static String maskQuery(String url) {
        Matcher m = QUERY_PARAM.matcher(url);
        StringBuilder out = new StringBuilder(url.length());
        while (m.find()) {
            String name = m.group(2);
            boolean secret = isSecretName(name) || name.equalsIgnoreCase("key") || name.equalsIgnoreCase("sig");
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + name + "=" + (secret ? MASK : m.group(3))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Masks what a URL may carry as a secret, in every URL found in the text: the password of its user info
     * ({@code user:****@host}, or {@code ****@host} when there is no password part) and its whole query string
     * ({@code ?****}), where presigned object-storage URLs keep their signature ({@code X-Amz-Signature}, an Azure
     * SAS token). Scheme, host and path stay readable.
     *
     * <pre>{@code
     * SecretMasker.maskUrls("https://bucket.s3.amazonaws.com/data.csv?X-Amz-Signature=abc");
     * // "https://bucket.s3.amazonaws.com/data.csv?****"
     * }</pre>
     *
     * @param text a URL, or text containing URLs (JSON, an error message)
     * @return the text with those parts replaced by {@link #MASK}
     */
    public static String maskUrls(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        Matcher m = URL.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (m.group(2) == null && m.group(4) == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            StringBuilder url = new StringBuilder(m.group(1));
            if (m.group(2) != null) {
                int colon = m.group(2).indexOf(':');
                url.append(colon < 0 ? MASK : m.group(2).substring(0, colon + 1) + MASK)
                        .append('@');
            }
            url.append(m.group(3));
            if (m.group(4) != null) {
                url.append(m.group(4).length() > 1 ? "?" + MASK : "?");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(url.toString()));
        }
        if (out == null) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Masks a body the SDK shows (in a log line, an exception, an excerpt): secret-looking JSON members, as
     * {@link #maskJson(String)} does, and the secret parts of every URL, as {@link #maskUrls(String)} does.
     *
     * @param body JSON or any other text, possibly truncated
     * @return the masked text
     */
    public static String maskBody(String body) {
        return maskUrls(maskJson(body));
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
