package dev.dbcloud.core.internal;

/**
 * The SDK's version, written into this class when the SDK is built (templating-maven-plugin filters it from {@code
 * src/main/java-templates}), so reading it at startup loads no resource.
 */
final class Version {
    /** The version of the SDK's artifacts, e.g. {@code 1.2.0}. */
    static final String SDK = "${project.version}";

    private Version() {}
}
