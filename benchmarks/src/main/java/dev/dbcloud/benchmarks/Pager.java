package dev.dbcloud.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * A walk over 100,000 Crunchy Bridge clusters (1,000 pages of 100), with the SDK's {@code autoPager()} and with a
 * raw loop that holds only the current page. One operation is one whole walk: with {@code -prof gc}, its bytes
 * divided by 100,000 are the bytes per item. Along the walk, after 10,000, 50,000 and 100,000 items, the heap is
 * collected and what stays reachable beyond what was reachable before the walk is recorded: growth there is memory
 * the pager keeps. The median of the measured walks is written as JSON to the file named by the system property
 * {@code dbcloud.bench.heap} (printed when it is not set).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Pager {
    /** Items walked. */
    static final int ITEMS = CannedApis.PAGES * CannedApis.LIST_SIZE;
    /** Items after which the retained heap is sampled. */
    static final int[] CHECKPOINTS = {10_000, 50_000, 100_000};

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    /** The retained heap samples of one side, in bytes, one row per measured walk. */
    @State(Scope.Benchmark)
    public static class Samples {
        final List<long[]> sdk = new ArrayList<>();
        final List<long[]> raw = new ArrayList<>();
        boolean measuring;

        /**
         * Notes whether this iteration is measured or warms up.
         *
         * @param iteration the iteration's parameters
         */
        @Setup(Level.Iteration)
        public void iteration(IterationParams iteration) {
            measuring = iteration.getType() == IterationType.MEASUREMENT;
        }

        /** Writes the medians. */
        @TearDown(Level.Trial)
        public void write() {
            String json = "{\"checkpoints\":" + Arrays.toString(CHECKPOINTS) + ",\"sdk\":" + medians(sdk) + ",\"raw\":"
                    + medians(raw) + "}";
            String file = System.getProperty("dbcloud.bench.heap");
            if (file == null) {
                System.out.println("retained heap (bytes): " + json);
                return;
            }
            // One benchmark writes sdk, the other raw: each fork merges its side into the file.
            try {
                Path path = Path.of(file);
                String side = sdk.isEmpty() ? "raw" : "sdk";
                String values = side.equals("sdk") ? medians(sdk) : medians(raw);
                Files.writeString(path.resolveSibling(path.getFileName() + "." + side), values, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String medians(List<long[]> rows) {
            if (rows.isEmpty()) {
                return "[]";
            }
            long[] medians = new long[CHECKPOINTS.length];
            for (int i = 0; i < CHECKPOINTS.length; i++) {
                int column = i;
                long[] values =
                        rows.stream().mapToLong(row -> row[column]).sorted().toArray();
                medians[i] = values[values.length / 2];
            }
            return Arrays.toString(medians);
        }
    }

    @Benchmark
    public int sdk(Fixture f, Samples samples, Blackhole bh) {
        long before = usedAfterGc();
        return walk(f.sdk.crunchyWalk(), before, samples.measuring ? samples.sdk : null, bh);
    }

    @Benchmark
    public int raw(Fixture f, Samples samples, Blackhole bh) {
        long before = usedAfterGc();
        return walk(f.raw.crunchyWalk(), before, samples.measuring ? samples.raw : null, bh);
    }

    private static int walk(Iterator<?> clusters, long before, List<long[]> samples, Blackhole bh) {
        long[] retained = new long[CHECKPOINTS.length];
        int count = 0;
        int next = 0;
        while (clusters.hasNext()) {
            bh.consume(clusters.next());
            count++;
            if (next < CHECKPOINTS.length && count == CHECKPOINTS[next]) {
                retained[next++] = usedAfterGc() - before;
            }
        }
        if (count != ITEMS) {
            throw new IllegalStateException("walked " + count + " clusters instead of " + ITEMS);
        }
        if (samples != null) {
            samples.add(retained);
        }
        return count;
    }

    /** The heap in use after a full collection. */
    static long usedAfterGc() {
        System.gc();
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
