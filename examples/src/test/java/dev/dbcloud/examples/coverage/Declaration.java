package dev.dbcloud.examples.coverage;

/**
 * One {@code static final Endpoint} constant of an API module's internal {@code …Endpoints} class.
 *
 * @param module the module that holds it, e.g. {@code sdk-crunchy}
 * @param owner the declaring class's simple name
 * @param field the constant's name
 * @param method the declared method
 * @param path the declared path template
 * @param beta whether the constant, or its whole class, is {@code @Beta}
 * @param deprecated whether the constant is {@code @Deprecated}
 */
record Declaration(
        String module, String owner, String field, String method, String path, boolean beta, boolean deprecated) {
    /** @return the matching key, see {@link Operation#key(String, String)} */
    String key() {
        return Operation.key(method, path);
    }

    /** @return where it is declared, e.g. {@code sdk-crunchy ClusterEndpoints.GET} */
    String where() {
        return module + " " + owner + "." + field;
    }
}
