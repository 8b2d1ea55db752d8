package dev.dbcloud.examples.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the README states the coverage the gate counts: every {@code <API> <covered>/<operations>} figure it
 * gives for one of the APIs (in the module table and the {@code API coverage: …} line) must be the gate's.
 */
final class ReadmeCoverage {
    private ReadmeCoverage() {}

    /**
     * Compares the README's figures with the gate's.
     *
     * @param readme the README's text
     * @param summary the gate's last line, {@code API coverage: ClickHouse Cloud 56/142, …}
     * @return the problem, or empty when every figure matches and each API has one
     */
    static List<String> check(String readme, String summary) {
        Map<String, String> counted = new LinkedHashMap<>();
        Matcher figure = Pattern.compile("([A-Za-z][A-Za-z ]*?) (\\d+/\\d+)")
                .matcher(summary.substring(summary.indexOf(':') + 1));
        while (figure.find()) {
            counted.put(figure.group(1).strip(), figure.group(2));
        }
        List<String> wrong = new ArrayList<>();
        counted.forEach((api, ratio) -> {
            Matcher stated =
                    Pattern.compile(Pattern.quote(api) + " (\\d+/\\d+)").matcher(readme);
            boolean found = false;
            while (stated.find()) {
                found = true;
                if (!stated.group(1).equals(ratio)) {
                    wrong.add(api + " " + stated.group(1));
                }
            }
            if (!found) {
                wrong.add(api + " (missing)");
            }
        });
        if (wrong.isEmpty()) {
            return List.of();
        }
        return List.of("README.md must state the coverage the gate counts, '" + summary + "', in its module table"
                + " and coverage line; it states: " + String.join(", ", wrong) + ".");
    }
}
