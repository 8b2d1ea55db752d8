package dev.dbcloud.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * What a resource is made with: the invoker, the organization resolver of a ClickHouse Cloud resource, and the
 * values its description lists under {@code context}. Views made by {@code withOptions} are made with the same.
 */
final class Context {
    private final ResourceEmitter.Sender sender;
    private final List<String[]> values = new ArrayList<>();

    Context(ResourceEmitter.Sender sender, List<String> declared) {
        this.sender = sender;
        if (sender == ResourceEmitter.Sender.ORGANIZATION) {
            values.add(new String[] {"OrganizationResolver", "organization"});
        }
        for (String value : declared) {
            int space = value.lastIndexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("a context value is \"Type name\", not " + value);
            }
            values.add(new String[] {value.substring(0, space).strip(), value.substring(space + 1)});
        }
    }

    /** The constructor's parameters. */
    String parameters() {
        StringBuilder text = new StringBuilder("Invoker invoker");
        values.forEach(v -> text.append(", ").append(v[0]).append(' ').append(v[1]));
        return text.toString();
    }

    /** The arguments that make another resource with the same context. */
    String arguments() {
        StringBuilder text = new StringBuilder("invoker");
        values.forEach(v -> text.append(", ").append(v[1]));
        return text.toString();
    }

    /** What a workflow is given after the invoker: the context values, in order. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v[1]));
        return names;
    }

    /** The function that makes a view of {@code type} with another invoker. */
    String view(String type) {
        return values.isEmpty() ? type + "::new" : "i -> new " + type + "(i, " + String.join(", ", names()) + ")";
    }

    /** Whether the typed class ({@code typed}) or the raw view keeps fields for the context. */
    boolean hasFields(boolean typed) {
        return !kept(typed).isEmpty();
    }

    void fields(JavaWriter out, int indent, boolean typed) {
        kept(typed).forEach(v -> out.line(indent, "private final " + v[0] + " " + v[1] + ";"));
    }

    void assignments(JavaWriter out, int indent, boolean typed) {
        kept(typed).forEach(v -> out.line(indent, "this." + v[1] + " = " + v[1] + ";"));
    }

    /** The raw view of an organization resource reaches the resolver through its organization invoker. */
    private List<String[]> kept(boolean typed) {
        List<String[]> kept = new ArrayList<>(values);
        if (!typed && sender == ResourceEmitter.Sender.ORGANIZATION) {
            kept.remove(0);
        }
        return kept;
    }
}
