package dev.dbcloud.examples.coverage;

/**
 * One operation of an API's specification: method and path as the specification writes them, its first tag, and
 * whether the specification calls it deprecated or beta.
 *
 * @param api the API's name, e.g. {@code Crunchy Bridge}
 * @param method the HTTP method, upper case
 * @param path the path template, e.g. {@code /clusters/{cluster_id}}
 * @param tag the specification's first tag for it, for the per-tag report
 * @param deprecated whether the specification marks it {@code deprecated: true}
 * @param beta whether the specification marks it beta
 */
record Operation(String api, String method, String path, String tag, boolean deprecated, boolean beta) {
    /** @return method and path with placeholder names dropped, so declarations match whatever they call them */
    String key() {
        return key(method, path);
    }

    /** @return the operation as an exclusion line names it: {@code METHOD path} */
    String name() {
        return method + " " + path;
    }

    /**
     * The matching key of a method and path template: {@code GET /clusters/{}} for {@code GET
     * /clusters/{cluster_id}}; a trailing slash is dropped.
     *
     * @param method the method
     * @param path the template
     * @return the key
     */
    static String key(String method, String path) {
        String normalised = path.replaceAll("\\{[^}]*}", "{}");
        if (normalised.length() > 1 && normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        return method.toUpperCase(java.util.Locale.ROOT) + " " + normalised;
    }
}
