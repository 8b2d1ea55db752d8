package dev.dbcloud.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * A workflow method of a resource: more than one request, or a wait, written by hand as a static method of its own
 * class and exposed on the resource. Keys: {@code name}, {@code doc}, {@code params} (each {@code "Type name"}),
 * {@code returns} ({@code void} for none), {@code delegate} (the static method, e.g.
 * {@code PeeringWaiters.active}), {@code receives} ({@code invoker}, the default: the method is given this
 * view's invoker, then the resource's context, then the parameters; {@code resource}: the resource itself, then
 * the parameters), {@code override}, {@code beta} and {@code deprecated}.
 */
final class Workflow {
    private final Description item;

    private Workflow(Description item) {
        this.item = item;
    }

    static Workflow of(Description item) {
        item.only("name", "doc", "params", "returns", "delegate", "receives", "override", "beta", "deprecated");
        return new Workflow(item);
    }

    void write(Context context, JavaWriter out) {
        List<String> declared = item.texts("params");
        List<String> args = new ArrayList<>();
        String receives = item.optionalText("receives").orElse("invoker");
        switch (receives) {
            case "invoker":
                args.add("invoker()");
                args.addAll(context.names());
                break;
            case "resource":
                args.add("this");
                break;
            default:
                throw new IllegalArgumentException(
                        item.where() + ": 'receives' is invoker or resource, not " + receives);
        }
        for (String param : declared) {
            args.add(param.substring(param.lastIndexOf(' ') + 1));
        }
        String returns = item.text("returns");
        out.blank();
        out.doc(1, item.optionalText("doc").orElse(null));
        if (item.flag("override", false)) {
            out.line(1, "@Override");
        }
        ResourceEmitter.annotations(item.flag("beta", false), item.flag("deprecated", false), out)
                .forEach(annotation -> out.line(1, annotation));
        out.line(1, "public " + returns + " " + item.text("name") + "(" + String.join(", ", declared) + ") {");
        out.line(
                2,
                (returns.equals("void") ? "" : "return ") + item.text("delegate") + "(" + String.join(", ", args)
                        + ");");
        out.line(1, "}");
    }
}
