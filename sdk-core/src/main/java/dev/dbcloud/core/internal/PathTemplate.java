package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A path such as {@code /clusters/{cluster_id}/roles/{role_name}} or {@code /teams/{team_id}.pem}, parsed once
 * when an {@link Endpoint} is declared. A placeholder may be a whole segment or part of one; each argument fills
 * exactly one placeholder and is checked not to be blank, {@code .} or {@code ..}, then percent-encoded as part of
 * its segment, so an argument can never add, remove or climb segments.
 */
public final class PathTemplate {
    private final String template;
    private final List<List<Part>> segments;
    private final List<String> placeholders;

    /**
     * Literal text, or a placeholder: its name in the template, the argument's Java name (computed once, for
     * messages and checks) and its position among the placeholders.
     */
    private record Part(String text, boolean placeholder, String argumentName, int index) {
        static Part literal(String text) {
            return new Part(text, false, null, -1);
        }
    }

    private PathTemplate(String template, List<List<Part>> segments, List<String> placeholders) {
        this.template = template;
        this.segments = segments;
        this.placeholders = placeholders;
    }

    /**
     * Parses a template.
     *
     * @param template the path, relative to the API's base URL
     * @return the parsed template
     * @throws IllegalStateException if a brace is unmatched, a placeholder is empty or two placeholders touch
     */
    public static PathTemplate parse(String template) {
        requireNonNull(template, "template == null");
        List<List<Part>> segments = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            List<Part> parts = new ArrayList<>();
            int i = 0;
            while (i < segment.length()) {
                int open = segment.indexOf('{', i);
                int close = segment.indexOf('}', i);
                if (open < 0) {
                    if (close >= 0) {
                        throw malformed(template);
                    }
                    parts.add(Part.literal(segment.substring(i)));
                    break;
                }
                int nextOpen = segment.indexOf('{', open + 1);
                if (close < open || (nextOpen >= 0 && nextOpen < close)) {
                    throw malformed(template);
                }
                if (open > i) {
                    parts.add(Part.literal(segment.substring(i, open)));
                } else if (!parts.isEmpty()) {
                    throw new IllegalStateException("two placeholders must not touch: " + template);
                }
                String name = segment.substring(open + 1, close);
                if (name.isEmpty()) {
                    throw malformed(template);
                }
                parts.add(new Part(name, true, argumentName(name), names.size()));
                names.add(name);
                i = close + 1;
            }
            segments.add(List.copyOf(parts));
        }
        return new PathTemplate(template, List.copyOf(segments), List.copyOf(names));
    }

    private static IllegalStateException malformed(String template) {
        return new IllegalStateException("malformed path template: " + template);
    }

    /** @return the template as declared, e.g. {@code /clusters/{cluster_id}} */
    public String template() {
        return template;
    }

    /** @return the placeholder names in order, e.g. {@code [cluster_id]} */
    public List<String> placeholders() {
        return placeholders;
    }

    /**
     * Fills the placeholders.
     *
     * @param args one argument per placeholder, in order
     * @param checks per placeholder, in order, a check given the value and the argument's name ({@link
     *     #argumentName(String)}) that returns the value or throws {@link IllegalArgumentException} for a bad one; a
     *     null array or entry checks nothing beyond the segment rules
     * @return the decoded path segments
     * @throws IllegalStateException if the argument count does not match the template
     */
    List<String> expand(String[] args, BiFunction<String, String, String>[] checks) {
        checkCount(args);
        List<String> out = new ArrayList<>(segments.size());
        for (List<Part> segment : segments) {
            if (segment.size() == 1) {
                Part only = segment.get(0);
                out.add(only.placeholder() ? argument(args, checks, only) : only.text());
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (Part part : segment) {
                text.append(part.placeholder() ? argument(args, checks, part) : part.text());
            }
            out.add(text.toString());
        }
        return out;
    }

    /**
     * Checks the arguments of the placeholders from position {@code from} on, as {@link #expand} would, without
     * building anything: so that the others can be refused before the first ones are known.
     *
     * @param args one argument per placeholder, in order; those before {@code from} are not looked at
     * @param checks as for {@link #expand}
     * @param from the position of the first placeholder to check
     * @throws IllegalStateException if the argument count does not match the template
     */
    void check(String[] args, BiFunction<String, String, String>[] checks, int from) {
        checkCount(args);
        for (List<Part> segment : segments) {
            for (Part part : segment) {
                if (part.placeholder() && part.index() >= from) {
                    argument(args, checks, part);
                }
            }
        }
    }

    private void checkCount(String[] args) {
        if (args.length != placeholders.size()) {
            throw new IllegalStateException(
                    args.length + " arguments for " + placeholders.size() + " placeholders in " + template);
        }
    }

    private static String argument(String[] args, BiFunction<String, String, String>[] checks, Part placeholder) {
        String name = placeholder.argumentName();
        String value = args[placeholder.index()];
        BiFunction<String, String, String> check = checks == null ? null : checks[placeholder.index()];
        return Checks.pathSegment(check == null ? value : check.apply(value, name), name);
    }

    /**
     * The Java name of a placeholder, as messages name the argument: {@code cluster_id} becomes {@code clusterId}.
     *
     * @param placeholder the placeholder's name in the template
     * @return the name in lower camel case
     */
    public static String argumentName(String placeholder) {
        StringBuilder out = new StringBuilder(placeholder.length());
        boolean upper = false;
        for (char c : placeholder.toCharArray()) {
            if (c == '_' || c == '-') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return template;
    }
}
