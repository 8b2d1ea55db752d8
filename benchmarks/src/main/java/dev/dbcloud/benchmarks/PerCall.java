package dev.dbcloud.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Time per call, SDK against raw: each group runs one SDK thread and one raw thread at the same time in the same
 * fork against the same server, so whatever else the machine does slows both alike and their ratio holds. JMH
 * reports each method of a group separately ({@code clickHouseGet:clickHouseGetSdk}, …).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCall {
    @Benchmark
    @Group("clickHouseGet")
    @GroupThreads(1)
    public Object clickHouseGetSdk(Fixture f) {
        return f.sdk.clickHouseGet();
    }

    @Benchmark
    @Group("clickHouseGet")
    @GroupThreads(1)
    public Object clickHouseGetRaw(Fixture f) {
        return f.raw.clickHouseGet();
    }

    @Benchmark
    @Group("clickHouseList")
    @GroupThreads(1)
    public Object clickHouseListSdk(Fixture f) {
        return f.sdk.clickHouseList();
    }

    @Benchmark
    @Group("clickHouseList")
    @GroupThreads(1)
    public Object clickHouseListRaw(Fixture f) {
        return f.raw.clickHouseList();
    }

    @Benchmark
    @Group("tinybirdGet")
    @GroupThreads(1)
    public Object tinybirdGetSdk(Fixture f) {
        return f.sdk.tinybirdGet();
    }

    @Benchmark
    @Group("tinybirdGet")
    @GroupThreads(1)
    public Object tinybirdGetRaw(Fixture f) {
        return f.raw.tinybirdGet();
    }

    @Benchmark
    @Group("tinybirdList")
    @GroupThreads(1)
    public Object tinybirdListSdk(Fixture f) {
        return f.sdk.tinybirdList();
    }

    @Benchmark
    @Group("tinybirdList")
    @GroupThreads(1)
    public Object tinybirdListRaw(Fixture f) {
        return f.raw.tinybirdList();
    }

    @Benchmark
    @Group("postgresGet")
    @GroupThreads(1)
    public Object postgresGetSdk(Fixture f) {
        return f.sdk.postgresGet();
    }

    @Benchmark
    @Group("postgresGet")
    @GroupThreads(1)
    public Object postgresGetRaw(Fixture f) {
        return f.raw.postgresGet();
    }

    @Benchmark
    @Group("postgresList")
    @GroupThreads(1)
    public Object postgresListSdk(Fixture f) {
        return f.sdk.postgresList();
    }

    @Benchmark
    @Group("postgresList")
    @GroupThreads(1)
    public Object postgresListRaw(Fixture f) {
        return f.raw.postgresList();
    }

    @Benchmark
    @Group("crunchyGet")
    @GroupThreads(1)
    public Object crunchyGetSdk(Fixture f) {
        return f.sdk.crunchyGet();
    }

    @Benchmark
    @Group("crunchyGet")
    @GroupThreads(1)
    public Object crunchyGetRaw(Fixture f) {
        return f.raw.crunchyGet();
    }

    @Benchmark
    @Group("crunchyList")
    @GroupThreads(1)
    public Object crunchyListSdk(Fixture f) {
        return f.sdk.crunchyList();
    }

    @Benchmark
    @Group("crunchyList")
    @GroupThreads(1)
    public Object crunchyListRaw(Fixture f) {
        return f.raw.crunchyList();
    }
}
