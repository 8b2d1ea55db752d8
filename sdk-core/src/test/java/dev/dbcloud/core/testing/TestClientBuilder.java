package dev.dbcloud.core.testing;

import dev.dbcloud.core.ClientBuilder;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.Credentials;
import java.util.Set;

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

    /** Resolves the settings of a client whose API takes bearer tokens only. */
    public ClientSettings resolveWithBearer() {
        return settingsWithCredentials(
                "Example", "Credentials.bearer(token)", "EXAMPLE_TOKEN", Set.of(Credentials.Bearer.class));
    }

    public boolean credentialsSet() {
        return hasCredentials();
    }

    public boolean explicitBaseUrl() {
        return baseUrlSet();
    }
}
