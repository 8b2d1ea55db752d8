package dev.dbcloud.examples.coverage;

import java.util.List;

/**
 * One {@code static final Endpoint} constant of an API module's internal {@code …Endpoints} class, with the public
 * methods that send it.
 *
 * @param module the module that holds it, e.g. {@code sdk-crunchy}
 * @param owner the declaring class's binary name
 * @param field the constant's name
 * @param method the declared method
 * @param path the declared path template
 * @param beta whether the constant, or its whole class, is {@code @Beta}
 * @param deprecated whether the constant is {@code @Deprecated}
 * @param senders the public methods that send it: the raw view's method and its typed twin
 */
record Declaration(
        String module,
        String owner,
        String field,
        String method,
        String path,
        boolean beta,
        boolean deprecated,
        List<Sender> senders) {

    /**
     * A public method that sends a declaration.
     *
     * @param name {@code Class.method}, nested classes joined with {@code .}
     * @param beta whether it, or a class enclosing it, is {@code @Beta}
     * @param deprecated whether it, or a class enclosing it, is {@code @Deprecated}
     */
    record Sender(String name, boolean beta, boolean deprecated) {}

    /** @return the matching key, see {@link Operation#key(String, String)} */
    String key() {
        return Operation.key(method, path);
    }

    /** @return where it is declared, e.g. {@code sdk-crunchy ClusterEndpoints.GET} */
    String where() {
        return module + " " + owner.substring(owner.lastIndexOf('.') + 1) + "." + field;
    }
}
