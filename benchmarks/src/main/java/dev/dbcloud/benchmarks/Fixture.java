package dev.dbcloud.benchmarks;

import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Both sides with the connection pools a user gets by default, shared by every thread of a benchmark. */
@State(Scope.Benchmark)
public class Fixture extends Sides {
    /** Starts the server and the clients. */
    @Setup(Level.Trial)
    public void start() {
        start(null, new OkHttpClient());
    }

    /** Closes the clients and the server. */
    @TearDown(Level.Trial)
    public void stop() {
        close();
    }
}
