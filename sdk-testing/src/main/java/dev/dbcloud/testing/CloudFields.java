package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * Request fields that ClickHouse Cloud services and Managed Postgres instances check the same way, with the
 * spec's constraints: a resource {@code name} and the keys and values of {@code ResourceTagsV1}.
 */
final class CloudFields {
    private static final Pattern TAG = Pattern.compile("^[a-zA-Z0-9._-]+$");

    private CloudFields() {}

    /** A resource name: required, at most 50 characters (the spec's minLength 1 and maxLength 50). */
    static String name(JsonNode value) {
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new SimError(400, "name: Required");
        }
        if (value.asText().length() > 50) {
            throw new SimError(400, "name: Must be at most 50 characters");
        }
        return value.asText();
    }

    /** A tag's key: 1 to 128 letters, digits, '.', '_' or '-' (the spec's ResourceTagsV1.key). */
    static String tagKey(JsonNode tag) {
        String key = Jsons.optionalText(tag, "key");
        if (key == null || key.length() > 128 || !TAG.matcher(key).matches()) {
            throw new SimError(400, "tags.key: must be 1 to 128 letters, digits, '.', '_' or '-'");
        }
        return key;
    }

    /**
     * A tag's value: up to 256 letters, digits, '.', '_' or '-' (the spec's ResourceTagsV1.value); null when absent
     * and not {@code required}.
     */
    static String tagValue(JsonNode tag, boolean required) {
        String value = Jsons.optionalText(tag, "value");
        if ((value == null && required)
                || (value != null
                        && (value.length() > 256 || !TAG.matcher(value).matches()))) {
            throw new SimError(400, "tags.value: must be up to 256 letters, digits, '.', '_' or '-'");
        }
        return value;
    }
}
