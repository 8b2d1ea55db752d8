package dev.dbcloud.examples.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Decides which operations of the specifications the SDK covers and what is wrong with the declarations and the
 * exclusion list. An operation is covered when a declaration sends it (same method and path, placeholder names
 * aside) and the tests of that declaration's module sent that method and path on the wire.
 *
 * @param report the report to print: per API, per tag, and last the one-line summary
 * @param problems what fails the gate, each with what to do about it; empty when the gate passes
 */
record Coverage(List<String> report, List<String> problems) {

    /**
     * Checks the SDK's declarations and wire records against the specifications and the exclusion list.
     *
     * @param operations every operation of the specifications
     * @param declarations every endpoint declaration of the API modules
     * @param sent per module with a wire record, the keys of the operations its tests sent
     * @param exclusions the exclusion list
     * @return the report and the problems
     */
    static Coverage check(
            List<Operation> operations,
            List<Declaration> declarations,
            Map<String, Set<String>> sent,
            List<Exclusion> exclusions) {
        List<String> problems = new ArrayList<>();
        Map<String, Operation> byKey = index(operations, problems);
        Map<String, List<Declaration>> declared = declarations.stream()
                .collect(Collectors.groupingBy(Declaration::key, LinkedHashMap::new, Collectors.toList()));

        Set<String> unrecorded = new LinkedHashSet<>();
        declarations.stream()
                .filter(d -> byKey.containsKey(d.key()) && !sent.containsKey(d.module()))
                .forEach(d -> unrecorded.add(d.module()));
        unrecorded.forEach(module -> problems.add("No record of what " + module + "'s tests sent on the wire ("
                + module + "/" + WireRecords.RECORD + "): run that module's tests first, e.g. mvn -pl " + module
                + " -am test, or build the whole project (mvn verify), then run this gate again."));

        Set<String> covered = new LinkedHashSet<>();
        for (Operation op : operations) {
            for (Declaration d : declared.getOrDefault(op.key(), List.of())) {
                if (sent.getOrDefault(d.module(), Set.of()).contains(op.key())) {
                    covered.add(op.key());
                }
            }
        }
        if (unrecorded.isEmpty()) {
            checkExclusions(operations, byKey, declared, covered, exclusions, problems);
        }
        checkMarkers(operations, declared, problems);
        return new Coverage(report(operations, declarations, byKey, covered), List.copyOf(problems));
    }

    private static Map<String, Operation> index(List<Operation> operations, List<String> problems) {
        Map<String, Operation> byKey = new LinkedHashMap<>();
        for (Operation op : operations) {
            Operation other = byKey.putIfAbsent(op.key(), op);
            if (other != null) {
                problems.add(op.name() + " is an operation of both " + other.api() + " and " + op.api()
                        + ": the gate cannot tell which one a declaration sends.");
            }
        }
        return byKey;
    }

    private static void checkExclusions(
            List<Operation> operations,
            Map<String, Operation> byKey,
            Map<String, List<Declaration>> declared,
            Set<String> covered,
            List<Exclusion> exclusions,
            List<String> problems) {
        Map<String, Exclusion> excluded = new LinkedHashMap<>();
        List<String> stale = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Exclusion exclusion : exclusions) {
            if (!byKey.containsKey(exclusion.key())) {
                unknown.add(exclusion.line());
            } else if (covered.contains(exclusion.key()) || excluded.putIfAbsent(exclusion.key(), exclusion) != null) {
                stale.add(exclusion.line());
            }
        }
        if (!stale.isEmpty()) {
            problems.add("The exclusion list names operations that are covered now (or names them twice);"
                    + " delete these lines from " + Exclusion.FILE + ":\n" + String.join("\n", stale));
        }
        if (!unknown.isEmpty()) {
            problems.add("The exclusion list names operations no specification has; delete (or correct) these lines"
                    + " of " + Exclusion.FILE + ":\n" + String.join("\n", unknown));
        }
        List<String> missing = new ArrayList<>();
        for (Operation op : operations) {
            if (!covered.contains(op.key()) && !excluded.containsKey(op.key())) {
                List<Declaration> ds = declared.getOrDefault(op.key(), List.of());
                String why = ds.isEmpty()
                        ? "no endpoint declaration sends it"
                        : ds.get(0).where() + " declares it, but " + ds.get(0).module()
                                + "'s tests never sent it on the wire";
                missing.add("  " + op.name() + " (" + op.api() + ", " + op.tag() + "): " + why);
            }
        }
        if (!missing.isEmpty()) {
            problems.add("Operations neither covered nor excluded:\n" + String.join("\n", missing)
                    + "\nSend each from a declaration that a test of its module sends, or add a line"
                    + " 'METHOD /path reason' for it to " + Exclusion.FILE + ", e.g.:\n"
                    + operations.stream()
                            .filter(op -> !covered.contains(op.key()) && !excluded.containsKey(op.key()))
                            .map(op -> op.name() + " not yet implemented")
                            .collect(Collectors.joining("\n")));
        }
    }

    private static void checkMarkers(
            List<Operation> operations, Map<String, List<Declaration>> declared, List<String> problems) {
        for (Operation op : operations) {
            for (Declaration d : declared.getOrDefault(op.key(), List.of())) {
                if (op.deprecated()) {
                    List<String> unmarked = unmarked(d, d.deprecated(), Declaration.Sender::deprecated);
                    if (!unmarked.isEmpty()) {
                        problems.add(d.where() + " sends " + op.name() + ", which the " + op.api()
                                + " specification marks deprecated: mark " + String.join(", ", unmarked)
                                + " @Deprecated, with the specification's advice in the Javadoc.");
                    }
                }
                if (op.beta()) {
                    List<String> unmarked = unmarked(d, d.beta(), Declaration.Sender::beta);
                    if (!unmarked.isEmpty()) {
                        problems.add(d.where() + " sends " + op.name() + ", which the " + op.api()
                                + " specification marks beta: mark " + String.join(", ", unmarked)
                                + " @Beta (dev.dbcloud.core.Beta; on the declaration's or the method's class when"
                                + " all of it is beta).");
                    }
                }
            }
        }
    }

    private static List<String> unmarked(
            Declaration d, boolean declarationMarked, java.util.function.Predicate<Declaration.Sender> marked) {
        List<String> unmarked = new ArrayList<>();
        if (!declarationMarked) {
            unmarked.add("the declaration");
        }
        d.senders().stream().filter(sender -> !marked.test(sender)).forEach(sender -> unmarked.add(sender.name()));
        return unmarked;
    }

    private static List<String> report(
            List<Operation> operations,
            List<Declaration> declarations,
            Map<String, Operation> byKey,
            Set<String> covered) {
        Map<String, Map<String, int[]>> byApi = new LinkedHashMap<>();
        for (Operation op : operations) {
            Map<String, int[]> tags = byApi.computeIfAbsent(op.api(), api -> new TreeMap<>());
            for (String tag : List.of("", op.tag())) {
                int[] counts = tags.computeIfAbsent(tag, t -> new int[2]);
                counts[1]++;
                if (covered.contains(op.key())) {
                    counts[0]++;
                }
            }
        }
        List<String> report = new ArrayList<>();
        report.add("API coverage by tag (covered/operations; covered = an endpoint declaration sends it and its"
                + " module's tests sent that declaration on the wire):");
        byApi.forEach((api, tags) -> {
            report.add(api + " " + ratio(tags.get("")));
            tags.forEach((tag, counts) -> {
                if (!tag.isEmpty()) {
                    report.add("  " + tag + " " + ratio(counts));
                }
            });
        });
        List<String> unmatched = declarations.stream()
                .filter(d -> !byKey.containsKey(d.key()))
                .map(d -> "  " + d.method() + " " + d.path() + " (" + d.where() + ")")
                .toList();
        if (!unmatched.isEmpty()) {
            report.add("Declarations of operations no specification lists (not counted):");
            report.addAll(unmatched);
        }
        report.add("API coverage: "
                + byApi.entrySet().stream()
                        .map(e -> e.getKey() + " " + ratio(e.getValue().get("")))
                        .collect(Collectors.joining(", ")));
        return List.copyOf(report);
    }

    private static String ratio(int[] counts) {
        return counts[0] + "/" + counts[1];
    }
}
