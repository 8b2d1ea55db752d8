package dev.dbcloud.core.testing;

import dev.dbcloud.core.ClientBuilder;
import dev.dbcloud.core.ClientSettings;

/** The smallest concrete {@link ClientBuilder}, to resolve settings in core tests. */
public final class TestClientBuilder extends ClientBuilder<TestClientBuilder> {
    public TestClientBuilder() {
        super("https://api.example.test");
    }

    @Override
    protected TestClientBuilder self() {
        return this;
    }

    /** Resolves the settings, as an API module's {@code build()} does. */
    public ClientSettings resolve() {
        return settings();
    }

    public boolean credentialsSet() {
        return hasCredentials();
    }

    public boolean explicitBaseUrl() {
        return baseUrlSet();
    }
}
