package dev.dbcloud.core.internal;

/** Builds the {@code User-Agent} header: {@code dbcloud-java/<version> (<module>) Java/<java version>}. */
public final class UserAgent {
    /** The SDK version, written into the SDK when it was built. */
    public static final String SDK_VERSION = Version.SDK;

    private UserAgent() {}

    /**
     * The header value for a module.
     *
     * @param module the API module's short name
     * @return the header value
     */
    public static String forModule(String module) {
        return "dbcloud-java/" + SDK_VERSION + " (" + module + ") Java/" + System.getProperty("java.version");
    }
}
