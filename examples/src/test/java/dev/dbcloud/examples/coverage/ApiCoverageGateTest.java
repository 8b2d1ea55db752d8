package dev.dbcloud.examples.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The API coverage gate: every operation of the vendored specifications is either covered (an endpoint declaration
 * sends it and its module's tests sent that declaration on the wire in this build) or named, with a reason, in
 * {@code api-coverage-exclusions.txt}; and every operation the specifications mark deprecated or beta is marked so
 * in the SDK. It prints coverage per API and per tag, ending with the {@code API coverage: …} line, and writes the
 * same report to {@code examples/target/api-coverage.txt}. The README must state the same figures. See
 * docs/coverage.md.
 */
class ApiCoverageGateTest {

    @Test
    void everyOperationIsCoveredOrExcluded() throws IOException {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .toAbsolutePath();
        Path projectRoot = module.getParent();
        List<Operation> operations = Specifications.all(ReferenceDirectory.locate(projectRoot));
        List<Declaration> declarations = Declarations.onClassPath();
        Set<String> modules = declarations.stream().map(Declaration::module).collect(Collectors.toSet());
        Map<String, Set<String>> sent = WireRecords.read(projectRoot, modules);

        Coverage coverage = Coverage.check(operations, declarations, sent, Exclusion.load());
        List<String> problems = new ArrayList<>(coverage.problems());
        if (problems.isEmpty()) {
            String summary = coverage.report().get(coverage.report().size() - 1);
            problems.addAll(ReadmeCoverage.check(Files.readString(projectRoot.resolve("README.md")), summary));
        }

        Files.createDirectories(module.resolve("target"));
        Files.write(module.resolve("target/api-coverage.txt"), coverage.report());
        coverage.report().forEach(System.out::println);
        assertThat(declarations)
                .as("endpoint declarations found on the class path")
                .isNotEmpty();
        assertThat(problems)
                .withFailMessage(() -> "The API coverage gate failed (docs/coverage.md explains it):\n\n"
                        + String.join("\n\n", problems))
                .isEmpty();
    }
}
