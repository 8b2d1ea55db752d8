package dev.dbcloud.examples.coverage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the exclusion list: an operation the SDK does not send yet, or on purpose, and why.
 *
 * @param line the line as written, to quote when it must be deleted
 * @param lineNumber its line number, from 1
 * @param method the method
 * @param path the path template as the specification writes it
 * @param reason why it is not covered: {@code not yet implemented}, or a documented reason
 */
record Exclusion(String line, int lineNumber, String method, String path, String reason) {
    /** The list's place in the source tree, for messages. */
    static final String FILE = "examples/src/test/resources/api-coverage-exclusions.txt";

    private static final String RESOURCE = "/api-coverage-exclusions.txt";

    /** @return the matching key, see {@link Operation#key(String, String)} */
    String key() {
        return Operation.key(method, path);
    }

    /**
     * Reads the exclusion list from the test class path.
     *
     * @return its exclusions, in file order
     * @throws IllegalStateException naming the line when one is not {@code METHOD path reason}
     */
    static List<Exclusion> load() {
        try (InputStream in = Exclusion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /**
     * Parses exclusion lines: {@code METHOD path reason}, separated by blanks; blank lines and {@code #} comments
     * are skipped.
     *
     * @param lines the file's lines
     * @return the exclusions
     * @throws IllegalStateException naming the line when one lacks its method, path or reason
     */
    static List<Exclusion> parse(List<String> lines) {
        List<Exclusion> exclusions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+", 3);
            if (parts.length < 3 || !parts[1].startsWith("/") || !parts[0].matches("[A-Za-z]+")) {
                throw new IllegalStateException(FILE + ":" + (i + 1)
                        + ": an exclusion is 'METHOD /path reason' (e.g. 'GET /clusters not yet implemented'),"
                        + " not: " + text);
            }
            exclusions.add(new Exclusion(line, i + 1, parts[0].toUpperCase(Locale.ROOT), parts[1], parts[2]));
        }
        return exclusions;
    }
}
