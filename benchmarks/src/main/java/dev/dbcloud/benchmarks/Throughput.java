package dev.dbcloud.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Calls per second of {@code services().get(id)} with N threads sharing one SDK client while N threads share one
 * raw client, all in the same fork at the same time. N is set per run with JMH's {@code -tg N,N} (run.sh runs 1, 8
 * and 64); the default is one thread a side.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Throughput {
    @Benchmark
    @Group("clickHouseGet")
    @GroupThreads(1)
    public Object sdk(PooledFixture f) {
        return f.sdk.clickHouseGet();
    }

    @Benchmark
    @Group("clickHouseGet")
    @GroupThreads(1)
    public Object raw(PooledFixture f) {
        return f.raw.clickHouseGet();
    }
}
