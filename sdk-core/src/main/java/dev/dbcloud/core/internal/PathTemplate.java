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

    private record Part(String text, boolean placeholder) {}

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
                    parts.add(new Part(segment.substring(i), false));
                    break;
                }
                int nextOpen = segment.indexOf('{', open + 1);
                if (close < open || (nextOpen >= 0 && nextOpen < close)) {
                    throw malformed(template);
                }
                if (open > i) {
                    parts.add(new Part(segment.substring(i, open), false));
                } else if (!parts.isEmpty()) {
                    throw new IllegalStateException("two placeholders must not touch: " + template);
                }
                String name = segment.substring(open + 1, close);
                if (name.isEmpty()) {
                    throw malformed(template);
                }
                parts.add(new Part(name, true));
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
     * @param check checks one argument given its name ({@link #argumentName(String)}) and returns it; it throws
     *     {@link IllegalArgumentException} for a bad one
     * @return the decoded path segments
     * @throws IllegalStateException if the argument count does not match the template
     */
    List<String> expand(String[] args, BiFunction<String, String, String> check) {
        if (args.length != placeholders.size()) {
            throw new IllegalStateException(
                    args.length + " arguments for " + placeholders.size() + " placeholders in " + template);
        }
        List<String> out = new ArrayList<>(segments.size());
        int next = 0;
        for (List<Part> segment : segments) {
            StringBuilder text = new StringBuilder();
            for (Part part : segment) {
                if (part.placeholder()) {
                    String name = argumentName(part.text());
                    text.append(Checks.pathSegment(check.apply(args[next++], name), name));
                } else {
                    text.append(part.text());
                }
            }
            out.add(text.toString());
        }
        return out;
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
