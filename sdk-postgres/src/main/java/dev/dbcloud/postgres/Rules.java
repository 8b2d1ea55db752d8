package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The input rules the Managed Postgres API documents, checked before anything is sent. */
final class Rules {
    static final int MAX_NAME_LENGTH = 50;
    static final int MAX_TAGS = 50;
    static final int MAX_PGBOUNCER_KEYS = 64;
    private static final Pattern TAG_TEXT = Pattern.compile("[a-zA-Z0-9._-]+");

    private Rules() {}

    /** A service name: 1 to 50 characters, not blank. */
    static void name(String name, String field) {
        Checks.notBlank(name, field);
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    field + " must be at most " + MAX_NAME_LENGTH + " characters but has " + name.length());
        }
    }

    /**
     * Tags: at most 50; keys of 1 to 128 and values of 1 to 256 characters among {@code a-z A-Z 0-9 . _ -}; a value
     * is required (the API answers 400 to a tag without one); keys starting {@code chc_} are reserved.
     */
    static void tags(List<Tag> tags) {
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("tags must hold at most " + MAX_TAGS + " tags but has " + tags.size());
        }
        for (Tag tag : tags) {
            String key = tag.key();
            if (key.isEmpty() || key.length() > 128 || !TAG_TEXT.matcher(key).matches()) {
                throw new IllegalArgumentException(
                        "tag key '" + key + "' must be 1 to 128 characters among letters, digits, '.', '_' and '-'");
            }
            if (key.startsWith("chc_")) {
                throw new IllegalArgumentException("tag key '" + key + "' starts with chc_, which is reserved");
            }
            String value = tag.value()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "tag '" + key + "' must have a value; the API refuses tags without one"));
            if (value.isEmpty()
                    || value.length() > 256
                    || !TAG_TEXT.matcher(value).matches()) {
                throw new IllegalArgumentException("value of tag '" + key
                        + "' must be 1 to 256 characters among letters, digits, '.', '_' and '-'");
            }
        }
    }

    /** The optional sections of create, read replica and restore: omitted, or not empty (the API refuses {}). */
    static void initialConfig(Optional<PgConfig> pgConfig, Map<String, String> pgBouncerConfig) {
        if (pgConfig.isPresent() && pgConfig.get().isEmpty()) {
            throw new IllegalArgumentException(
                    "pgConfig must hold at least one key when set; the API refuses an empty pgConfig here");
        }
        pgBouncerConfig(pgBouncerConfig);
    }

    /** PgBouncer settings: at most 64 keys. */
    static void pgBouncerConfig(Map<String, String> pgBouncerConfig) {
        if (pgBouncerConfig.size() > MAX_PGBOUNCER_KEYS) {
            throw new IllegalArgumentException("pgBouncerConfig must hold at most " + MAX_PGBOUNCER_KEYS
                    + " keys but has " + pgBouncerConfig.size());
        }
        pgBouncerConfig.forEach((key, value) -> {
            Checks.notBlank(key, "pgBouncerConfig key");
            requireNonNull(value, () -> "pgBouncerConfig value of " + key + " == null");
        });
    }

    /** A caller-supplied superuser password: 12 to 1024 characters with a lowercase letter, an uppercase letter and a digit. */
    static void password(String password) {
        if (password.length() < 12 || password.length() > 1024) {
            throw new IllegalArgumentException(
                    "password must be 12 to 1024 characters long but has " + password.length());
        }
        if (password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            throw new IllegalArgumentException("password must contain at least one lowercase letter (a-z)");
        }
        if (password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException("password must contain at least one uppercase letter (A-Z)");
        }
        if (password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("password must contain at least one digit (0-9)");
        }
    }
}
