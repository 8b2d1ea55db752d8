package dev.dbcloud.core.testing;

import dev.dbcloud.core.internal.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Writes what {@link EndpointRecorder} heard to {@code target/endpoint-coverage/sent-endpoints.txt} of the module
 * under test when a JUnit Platform launcher session closes, so the API coverage gate in {@code examples} can read,
 * after the module's test run, which operations its tests sent on the wire. Registered through {@code
 * META-INF/services} in the sdk-core test-jar, so every module whose tests depend on the test-jar leaves a record
 * without any set-up.
 *
 * <p>One line per operation, {@code METHOD path-template} exactly as the declaration names it (for example {@code
 * GET /clusters/{cluster_id}}), sorted; {@code #} lines are comments. The file is replaced on each write with
 * everything the JVM sent so far, so the last session of a test run leaves the whole record. The module directory
 * is Maven's {@code basedir} (Surefire sets it), else the working directory.
 */
public final class EndpointCoverageWriter implements LauncherSessionListener {
    /** The record's directory, relative to the module directory. */
    public static final String DIRECTORY = "target/endpoint-coverage";

    /** The record's file name inside {@link #DIRECTORY}. */
    public static final String FILE = "sent-endpoints.txt";

    /** Created by {@link java.util.ServiceLoader}. */
    public EndpointCoverageWriter() {}

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        write(module.resolve(DIRECTORY).resolve(FILE), EndpointRecorder.sent());
    }

    /**
     * Writes a record, replacing the file in one move so a reader never sees half of it.
     *
     * @param file where to write
     * @param sent the declarations sent; those taking an absolute URL have no path and are left out
     * @throws UncheckedIOException if the file cannot be written
     */
    static void write(Path file, Collection<Endpoint<?>> sent) {
        List<String> lines = new ArrayList<>();
        lines.add("# Operations this module's tests sent on the wire (METHOD path-template), written by");
        lines.add("# " + EndpointCoverageWriter.class.getName() + " and read by the API coverage gate in examples.");
        sent.stream()
                .filter(endpoint -> !endpoint.absolute())
                .map(endpoint -> endpoint.method() + " " + endpoint.pathTemplate())
                .distinct()
                .sorted()
                .forEach(lines::add);
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.write(partial, lines, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the endpoint coverage record " + file, e);
        }
    }
}
