package dev.dbcloud.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Bytes allocated per call, SDK against raw, read with JMH's {@code -prof gc} ({@code gc.alloc.rate.norm}): one
 * benchmark per call and side, single-threaded, since the profiler counts a fork's allocation as a whole.
 * Allocation does not depend on the machine's load, so these need no interleaving; {@link PerCall} measures time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Allocation {
    @Benchmark
    public Object clickHouseGetSdk(Fixture f) {
        return f.sdk.clickHouseGet();
    }

    @Benchmark
    public Object clickHouseGetRaw(Fixture f) {
        return f.raw.clickHouseGet();
    }

    @Benchmark
    public Object clickHouseListSdk(Fixture f) {
        return f.sdk.clickHouseList();
    }

    @Benchmark
    public Object clickHouseListRaw(Fixture f) {
        return f.raw.clickHouseList();
    }

    @Benchmark
    public Object tinybirdGetSdk(Fixture f) {
        return f.sdk.tinybirdGet();
    }

    @Benchmark
    public Object tinybirdGetRaw(Fixture f) {
        return f.raw.tinybirdGet();
    }

    @Benchmark
    public Object tinybirdListSdk(Fixture f) {
        return f.sdk.tinybirdList();
    }

    @Benchmark
    public Object tinybirdListRaw(Fixture f) {
        return f.raw.tinybirdList();
    }

    @Benchmark
    public Object postgresGetSdk(Fixture f) {
        return f.sdk.postgresGet();
    }

    @Benchmark
    public Object postgresGetRaw(Fixture f) {
        return f.raw.postgresGet();
    }

    @Benchmark
    public Object postgresListSdk(Fixture f) {
        return f.sdk.postgresList();
    }

    @Benchmark
    public Object postgresListRaw(Fixture f) {
        return f.raw.postgresList();
    }

    @Benchmark
    public Object crunchyGetSdk(Fixture f) {
        return f.sdk.crunchyGet();
    }

    @Benchmark
    public Object crunchyGetRaw(Fixture f) {
        return f.raw.crunchyGet();
    }

    @Benchmark
    public Object crunchyListSdk(Fixture f) {
        return f.sdk.crunchyList();
    }

    @Benchmark
    public Object crunchyListRaw(Fixture f) {
        return f.raw.crunchyList();
    }
}
