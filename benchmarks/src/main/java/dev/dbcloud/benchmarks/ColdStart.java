package dev.dbcloud.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start, SDK against raw: launches {@link ColdStartProbe} in fresh JVMs, alternating SDK and raw so both meet
 * the machine in the same state, and times each process as a whole, from launch to exit. Then runs each once more
 * with {@code -Xlog:class+load} to count the classes loaded and to list the Kotlin reflection classes and the
 * packages of the classes only the SDK loads. Writes JSON to the file given as argument (printing it too).
 *
 * <pre>{@code java -cp benchmarks.jar dev.dbcloud.benchmarks.ColdStart results/coldstart.json [runs]}</pre>
 */
public final class ColdStart {
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) source:");
    private static final long PROCESS_TIMEOUT_SECONDS = 60;

    private ColdStart() {}

    /**
     * Runs the measurement.
     *
     * @param args the output file, then optionally the number of runs per side (default 10)
     * @throws Exception if a probe fails
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (CannedServer server = CannedApis.start()) {
            String url = server.baseUrl();
            probe("sdk", url, null); // warms the file cache for both
            probe("raw", url, null);
            List<Long> sdk = new ArrayList<>();
            List<Long> raw = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                // Alternate which side goes first, so neither always follows the other.
                if (i % 2 == 0) {
                    sdk.add(probe("sdk", url, null));
                    raw.add(probe("raw", url, null));
                } else {
                    raw.add(probe("raw", url, null));
                    sdk.add(probe("sdk", url, null));
                }
            }
            Set<String> sdkClasses = classes("sdk", url);
            Set<String> rawClasses = classes("raw", url);
            Set<String> extra = new TreeSet<>(sdkClasses);
            extra.removeAll(rawClasses);
            String json = "{\"runs\":" + runs
                    + ",\"sdkMillis\":" + sdk
                    + ",\"rawMillis\":" + raw
                    + ",\"sdkClasses\":" + sdkClasses.size()
                    + ",\"rawClasses\":" + rawClasses.size()
                    + ",\"sdkKotlinReflection\":" + quoted(kotlinReflection(sdkClasses))
                    + ",\"rawKotlinReflection\":" + quoted(kotlinReflection(rawClasses))
                    + ",\"sdkOnlyByPackage\":" + byPackage(extra)
                    + "}";
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, json, StandardCharsets.UTF_8);
            System.out.println(json);
        }
    }

    /** Launches one probe and returns its wall time in milliseconds; with a log file, logs class loading there. */
    private static long probe(String side, String url, Path classLog) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (classLog != null) {
            command.add("-Xlog:class+load=info:file=" + classLog);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ColdStartProbe.class.getName());
        command.add(side);
        command.add(url);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "the " + side + " probe did not finish in " + PROCESS_TIMEOUT_SECONDS + " s");
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the " + side + " probe failed with exit code " + process.exitValue());
        }
        return millis;
    }

    private static Set<String> classes(String side, String url) throws IOException, InterruptedException {
        Path log = Files.createTempFile("dbcloud-coldstart-" + side, ".log");
        try {
            probe(side, url, log);
            Set<String> names = new TreeSet<>();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher m = LOADED.matcher(line);
                if (m.find()) {
                    names.add(m.group(1));
                }
            }
            return names;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Kotlin's reflection classes: {@code kotlin.reflect.*} and the {@code kotlin.jvm.internal} bridges to it. */
    private static List<String> kotlinReflection(Set<String> classes) {
        return classes.stream()
                .filter(name -> name.startsWith("kotlin.reflect.")
                        || name.startsWith("kotlin.jvm.internal.Reflection")
                        || name.startsWith("kotlin.jvm.internal.ClassReference")
                        || name.startsWith("kotlin.jvm.internal.CallableReference")
                        || name.startsWith("kotlin.jvm.internal.PropertyReference")
                        || name.startsWith("kotlin.jvm.internal.FunctionReference"))
                .toList();
    }

    private static String byPackage(Set<String> classes) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String name : classes) {
            int dot = name.lastIndexOf('.');
            counts.merge(dot < 0 ? "" : name.substring(0, dot), 1, Integer::sum);
        }
        StringBuilder json = new StringBuilder("{");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> json.append(json.length() > 1 ? "," : "")
                        .append('"')
                        .append(e.getKey())
                        .append("\":")
                        .append(e.getValue()));
        return json.append('}').toString();
    }

    private static String quoted(List<String> names) {
        StringBuilder json = new StringBuilder("[");
        for (String name : names) {
            json.append(json.length() > 1 ? "," : "").append('"').append(name).append('"');
        }
        return json.append(']').toString();
    }
}
