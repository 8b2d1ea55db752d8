package dev.dbcloud.examples.coverage;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the vendored API reference, {@code shared/reference}, which is not part of the repository: CI checks it
 * out beside the project ({@code ../shared}), and a git worktree may sit further down, so each directory above the
 * project is tried in turn. The system property {@code dbcloud.reference} names it explicitly.
 */
final class ReferenceDirectory {
    /** The system property that names the reference directory explicitly. */
    static final String PROPERTY = "dbcloud.reference";

    private ReferenceDirectory() {}

    /**
     * Locates the reference directory.
     *
     * @param projectRoot the project's root directory
     * @return the directory holding {@code specs/} and the per-API notes
     * @throws IllegalStateException saying where it looked when there is none
     */
    static Path locate(Path projectRoot) {
        String explicit = System.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            Path dir = Path.of(explicit).toAbsolutePath();
            if (!Files.isDirectory(dir.resolve("specs"))) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + explicit + " has no specs/ directory");
            }
            return dir;
        }
        for (Path dir = projectRoot.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/reference");
            if (Files.isDirectory(candidate.resolve("specs"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("The API coverage gate needs the vendored specifications in"
                + " ../shared/reference/specs beside the project (looked in every directory above " + projectRoot
                + "); check them out there or name the directory with -D" + PROPERTY + "=<path>.");
    }
}
