package dev.dbcloud.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the suite's scenarios as they finish and prints the closing line {@code Reliability: N scenarios, F
 * failures, K known holes skipped}, also written to {@code target/reliability-summary.txt} with the holes listed.
 * Registered through {@code META-INF/services}, so it sees every test of the module's run.
 */
public final class SummaryListener implements TestExecutionListener {
    private final AtomicInteger scenarios = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final List<String> holes = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        // Disabled or filtered tests are not scenarios of this run.
    }

    @Override
    public synchronized void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (!identifier.isTest()) {
            return;
        }
        String reason = result.getThrowable().map(Throwable::getMessage).orElse("");
        if (result.getStatus() == TestExecutionResult.Status.ABORTED
                && reason != null
                && reason.contains(Scenario.KNOWN_HOLE)) {
            scenarios.incrementAndGet();
            holes.add(identifier.getDisplayName() + " -- " + reason.substring(reason.indexOf(Scenario.KNOWN_HOLE)));
            return;
        }
        scenarios.incrementAndGet();
        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            failures.incrementAndGet();
            failed.add(identifier.getDisplayName());
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        if (scenarios.get() == 0) {
            return;
        }
        String line = "Reliability: " + scenarios.get() + " scenarios, " + failures.get() + " failures, " + holes.size()
                + " known holes skipped";
        System.out.println(line);
        String target = System.getProperty("reliability.summary");
        if (target == null) {
            return;
        }
        List<String> report = new ArrayList<>();
        report.add(line);
        failed.forEach(name -> report.add("FAILED " + name));
        holes.forEach(hole -> report.add("HOLE " + hole));
        try {
            Files.write(Path.of(target), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
