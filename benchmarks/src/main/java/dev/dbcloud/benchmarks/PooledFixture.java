package dev.dbcloud.benchmarks;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Both sides, each given an OkHttp client whose pool keeps up to 128 idle connections, so 64 threads sharing one
 * client keep their connections instead of reconnecting (OkHttp keeps 5 by default): what a user running that many
 * threads configures, and the same on both sides. The SDK side shares it through {@code httpClient(…)}.
 */
@State(Scope.Benchmark)
public class PooledFixture extends Sides {
    /** Starts the server and the clients. */
    @Setup(Level.Trial)
    public void start() {
        start(pooled(), pooled());
    }

    /** Closes the clients and the server. */
    @TearDown(Level.Trial)
    public void stop() {
        close();
    }

    private static OkHttpClient pooled() {
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(128, 5, TimeUnit.MINUTES))
                .build();
    }
}
