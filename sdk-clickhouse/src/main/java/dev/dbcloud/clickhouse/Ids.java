package dev.dbcloud.clickhouse;

import dev.dbcloud.core.internal.Checks;

/** Checks ids before anything is sent, so a bad id never costs an organization lookup. */
final class Ids {
    private Ids() {}

    static String check(String id, String name) {
        Checks.notBlank(id, name);
        if (id.equals(".") || id.equals("..")) {
            throw new IllegalArgumentException(name + " must not be '" + id + "'");
        }
        return id;
    }
}
