package dev.dbcloud.crunchy;

/** Reads the base URL a builder resolves to, without sending anything. */
final class ClientSettingsAccess {
    private ClientSettingsAccess() {}

    static String baseUrl(CrunchyBridgeClient.Builder builder) {
        return builder.resolve().baseUrl().toString();
    }
}
