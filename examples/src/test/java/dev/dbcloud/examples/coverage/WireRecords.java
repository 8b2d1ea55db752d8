package dev.dbcloud.examples.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what each API module's tests sent on the wire during the build: the {@code
 * <module>/target/endpoint-coverage/sent-endpoints.txt} record the sdk-core test-jar's {@code
 * EndpointCoverageWriter} leaves at the end of the module's test run, one {@code METHOD path-template} a line.
 */
final class WireRecords {
    /** The record's place inside a module, as {@code EndpointCoverageWriter} writes it. */
    static final String RECORD = "target/endpoint-coverage/sent-endpoints.txt";

    private WireRecords() {}

    /**
     * The records of the given modules.
     *
     * @param projectRoot the directory holding the modules
     * @param modules the modules
     * @return for each module with a record, the keys (see {@link Operation#key(String, String)}) of the operations
     *     its tests sent; modules without a record are absent
     */
    static Map<String, Set<String>> read(Path projectRoot, Collection<String> modules) {
        Map<String, Set<String>> records = new LinkedHashMap<>();
        for (String module : modules) {
            Path file = projectRoot.resolve(module).resolve(RECORD);
            if (Files.isRegularFile(file)) {
                records.put(module, parse(file));
            }
        }
        return records;
    }

    private static Set<String> parse(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+", 2))
                    .filter(parts -> parts.length == 2)
                    .map(parts -> Operation.key(parts[0], parts[1]))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
