package dev.dbcloud.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds the {@code User-Agent} header: {@code dbcloud-java/<version> (<module>) Java/<java version>}. */
public final class UserAgent {
    /** The SDK version, read once from the jar. */
    public static final String SDK_VERSION = readVersion();

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

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/dev/dbcloud/core/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
