package dev.dbcloud.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the SDK/raw table from the files run.sh leaves in its results folder: JMH's JSON results ({@code
 * percall.json}, {@code alloc.json}, {@code throughput-N.json}, {@code pager.json}), the pager's retained heap
 * ({@code pager-heap.sdk}, {@code pager-heap.raw}) and {@link ColdStart}'s {@code coldstart.json}. A missing file
 * leaves its rows out.
 *
 * <pre>{@code java -cp benchmarks.jar dev.dbcloud.benchmarks.RatioTable results}</pre>
 */
public final class RatioTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[][] CALLS = {
        {"clickHouseGet", "ClickHouse Cloud `services().get(id)`"},
        {"clickHouseList", "ClickHouse Cloud `services().list()` (100)"},
        {"tinybirdGet", "Tinybird `clusters().get(id)` (of 3)"},
        {"tinybirdList", "Tinybird `clusters().list()` (100)"},
        {"postgresGet", "Managed Postgres `instances().get(id)`"},
        {"postgresList", "Managed Postgres `instances().list()` (100)"},
        {"crunchyGet", "Crunchy Bridge `clusters().get(id)`"},
        {"crunchyList", "Crunchy Bridge `clusters().list(limit 100)`"},
    };
    private static final int[] THREADS = {1, 8, 64};

    private final List<String> rows = new ArrayList<>();

    private RatioTable() {}

    /**
     * Prints the table.
     *
     * @param args the results folder
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "results");
        RatioTable table = new RatioTable();
        table.perCall(dir);
        table.throughput(dir);
        table.pager(dir);
        table.coldStart(dir);
        System.out.println("| Measure | SDK | raw | SDK/raw | Target |");
        System.out.println("|---|---:|---:|---:|---|");
        table.rows.forEach(System.out::println);
    }

    private void perCall(Path dir) throws IOException {
        JsonNode time = read(dir.resolve("percall.json"));
        JsonNode alloc = read(dir.resolve("alloc.json"));
        for (String[] call : CALLS) {
            String name = call[0];
            if (time != null) {
                JsonNode group = benchmark(time, "PerCall." + name);
                if (group != null) {
                    JsonNode sdk = group.path("secondaryMetrics").path(name + "Sdk");
                    JsonNode raw = group.path("secondaryMetrics").path(name + "Raw");
                    row(
                            call[1] + ": time per call",
                            micros(median(iterations(sdk))),
                            micros(median(iterations(raw))),
                            pairedRatio(sdk, raw),
                            "≤ 1.10");
                }
            }
            if (alloc != null) {
                JsonNode sdk = benchmark(alloc, "Allocation." + name + "Sdk");
                JsonNode raw = benchmark(alloc, "Allocation." + name + "Raw");
                if (sdk != null && raw != null) {
                    double s = norm(sdk);
                    double r = norm(raw);
                    row(call[1] + ": bytes per call", bytes(s), bytes(r), s / r, "≤ 1.10");
                }
            }
        }
    }

    private void throughput(Path dir) throws IOException {
        for (int threads : THREADS) {
            JsonNode results = read(dir.resolve("throughput-" + threads + ".json"));
            JsonNode group = results == null ? null : benchmark(results, "Throughput.clickHouseGet");
            if (group != null) {
                JsonNode sdk = group.path("secondaryMetrics").path("sdk");
                JsonNode raw = group.path("secondaryMetrics").path("raw");
                row(
                        "Throughput, " + threads + (threads == 1 ? " thread" : " threads")
                                + " a side on one client (`services().get`)",
                        String.format(Locale.ROOT, "%,.0f/s", median(iterations(sdk))),
                        String.format(Locale.ROOT, "%,.0f/s", median(iterations(raw))),
                        pairedRatio(sdk, raw),
                        threads == 64 ? "≥ 0.95" : "");
            }
        }
    }

    private void pager(Path dir) throws IOException {
        JsonNode results = read(dir.resolve("pager.json"));
        if (results != null) {
            JsonNode sdk = benchmark(results, "Pager.sdk");
            JsonNode raw = benchmark(results, "Pager.raw");
            if (sdk != null && raw != null) {
                double s = norm(sdk) / Pager.ITEMS;
                double r = norm(raw) / Pager.ITEMS;
                row("Crunchy `autoPager()` over 100,000 clusters: bytes per item", bytes(s), bytes(r), s / r, "≤ 1.10");
            }
        }
        Path sdkHeap = dir.resolve("pager-heap.sdk");
        Path rawHeap = dir.resolve("pager-heap.raw");
        if (Files.exists(sdkHeap) && Files.exists(rawHeap)) {
            long[] sdk = longs(Files.readString(sdkHeap));
            long[] raw = longs(Files.readString(rawHeap));
            if (sdk.length == 3 && raw.length == 3) {
                row(
                        "Same walk: heap retained after GC at 10k / 50k / 100k items",
                        kib(sdk),
                        kib(raw),
                        (double) sdk[2] / raw[2],
                        "flat (±10%)");
            }
        }
    }

    private void coldStart(Path dir) throws IOException {
        JsonNode cold = read(dir.resolve("coldstart.json"));
        if (cold == null) {
            return;
        }
        double sdk = median(cold.path("sdkMillis"));
        double raw = median(cold.path("rawMillis"));
        int runs = cold.path("runs").asInt();
        row(
                "Cold start (new JVM to first call, whole process), median of " + runs,
                String.format(Locale.ROOT, "%.0f ms", sdk),
                String.format(Locale.ROOT, "%.0f ms", raw),
                sdk / raw,
                "≤ 1.05");
        int sdkClasses = cold.path("sdkClasses").asInt();
        int rawClasses = cold.path("rawClasses").asInt();
        row(
                "Cold start: classes loaded",
                String.format(Locale.ROOT, "%,d", sdkClasses),
                String.format(Locale.ROOT, "%,d", rawClasses),
                (double) sdkClasses / rawClasses,
                "");
        rows.add("| Cold start: Kotlin reflection classes loaded | "
                + cold.path("sdkKotlinReflection").size() + " | "
                + cold.path("rawKotlinReflection").size() + " | | 0 |");
        StringBuilder packages = new StringBuilder();
        Iterator<Map.Entry<String, JsonNode>> fields =
                cold.path("sdkOnlyByPackage").properties().iterator();
        for (int i = 0; i < 6 && fields.hasNext(); i++) {
            Map.Entry<String, JsonNode> e = fields.next();
            packages.append(i == 0 ? "" : ", ")
                    .append('`')
                    .append(e.getKey())
                    .append("` ")
                    .append(e.getValue());
        }
        if (packages.length() > 0) {
            rows.add("| Cold start: classes only the SDK loads, by package (top 6) | " + packages + " | | | |");
        }
    }

    private void row(String measure, String sdk, String raw, double ratio, String target) {
        rows.add("| " + measure + " | " + sdk + " | " + raw + " | " + String.format(Locale.ROOT, "%.2f", ratio) + " | "
                + target + " |");
    }

    private static JsonNode read(Path file) throws IOException {
        return Files.exists(file) ? JSON.readTree(file.toFile()) : null;
    }

    private static JsonNode benchmark(JsonNode results, String suffix) {
        for (JsonNode result : results) {
            if (result.path("benchmark").asText().endsWith("." + suffix)) {
                return result;
            }
        }
        return null;
    }

    private static double norm(JsonNode result) {
        return result.path("secondaryMetrics")
                .path("gc.alloc.rate.norm")
                .path("score")
                .asDouble();
    }

    /** A metric's value in each measured iteration, forks one after the other. */
    private static double[] iterations(JsonNode metric) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode value : fork) {
                values.add(value.asDouble());
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The median over iterations of SDK/raw within the same iteration: both sides ran in the same time window, so
     * a slow moment of the machine cancels out of each ratio.
     */
    private static double pairedRatio(JsonNode sdk, JsonNode raw) {
        double[] s = iterations(sdk);
        double[] r = iterations(raw);
        double[] ratios = new double[Math.min(s.length, r.length)];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = s[i] / r[i];
        }
        return median(ratios);
    }

    private static double median(JsonNode values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i).asDouble();
        }
        return median(array);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long[] longs(String array) {
        String inner = array.trim().replace("[", "").replace("]", "");
        return inner.isBlank()
                ? new long[0]
                : Arrays.stream(inner.split(","))
                        .mapToLong(s -> Long.parseLong(s.trim()))
                        .toArray();
    }

    private static String micros(double value) {
        return String.format(Locale.ROOT, "%.1f µs", value);
    }

    private static String bytes(double value) {
        if (value >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.2f MB", value / (1024 * 1024));
        }
        if (value >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", value / 1024);
        }
        return String.format(Locale.ROOT, "%.0f B", value);
    }

    private static String kib(long[] values) {
        StringBuilder text = new StringBuilder();
        for (long value : values) {
            text.append(text.length() == 0 ? "" : " / ").append(Math.round(value / 1024.0));
        }
        return text.append(" KiB").toString();
    }
}
