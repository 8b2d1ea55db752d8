package dev.dbcloud.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * A workflow method of a resource: more than one request, or a wait, written by hand as a static method of its own
 * class and exposed on the resource. Keys: {@code name}, {@code doc}, {@code params} (each {@code "Type name"}),
 * {@code returns} ({@code void} for none), {@code delegate} (the static method, e.g.
 * {@code PeeringWaiters.active}), {@code receives} ({@code invoker}, the default: the method is given this
 * view's invoker, then the resource's context, then the parameters; {@code resource}: the resource itself, then
 * the parameters; {@code organization}: the organization invoker of a ClickHouse Cloud resource, then the
 * parameters), {@code override}, {@code beta} and {@code deprecated}. Instead of a {@code delegate}, {@code waiter}
 * names a declared {@code Waiter} of a ClickHouse Cloud resource, run under the organization with the parameter
 * of type {@code Duration} as its timeout and the others, in order, as the read's path arguments, unless {@code
 * path} lists them (context values among them, such as a {@code serviceId}).
 */
final class Workflow {
    private final Description item;

    private Workflow(Description item) {
        this.item = item;
    }

    static Workflow of(Description item) {
        item.only(
                "name",
                "doc",
                "params",
                "returns",
                "delegate",
                "receives",
                "override",
                "beta",
                "deprecated",
                "waiter",
                "path");
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
            case "organization":
                args.add(context.organizationInvoker(item.where()));
                break;
            default:
                throw new IllegalArgumentException(
                        item.where() + ": 'receives' is invoker, resource or organization, not " + receives);
        }
        for (String param : declared) {
            args.add(param.substring(param.lastIndexOf(' ') + 1));
        }
        String call = item.optionalText("waiter")
                .map(waiter -> waiter(context, waiter, declared))
                .orElseGet(() -> item.text("delegate") + "(" + String.join(", ", args) + ")");
        String returns = item.text("returns");
        out.blank();
        out.doc(1, item.optionalText("doc").orElse(null));
        if (item.flag("override", false)) {
            out.line(1, "@Override");
        }
        ResourceEmitter.annotations(item.flag("beta", false), item.flag("deprecated", false), out)
                .forEach(annotation -> out.line(1, annotation));
        out.line(1, "public " + returns + " " + item.text("name") + "(" + String.join(", ", declared) + ") {");
        out.line(2, (returns.equals("void") ? "" : "return ") + call + ";");
        out.line(1, "}");
    }

    /** Runs {@code waiter} (a declared {@code Waiter}) under the organization: the timeout, then the other params. */
    private String waiter(Context context, String waiter, List<String> declared) {
        if (item.optionalText("delegate").isPresent()) {
            throw new IllegalArgumentException(item.where() + ": a workflow has a 'delegate' or a 'waiter', not both");
        }
        String timeout = null;
        List<String> ids = new ArrayList<>();
        for (String param : declared) {
            String name = param.substring(param.lastIndexOf(' ') + 1);
            if (param.startsWith("Duration ")) {
                timeout = name;
            } else {
                ids.add(name);
            }
        }
        if (!item.texts("path").isEmpty()) {
            ids = item.texts("path");
        }
        if (timeout == null) {
            throw new IllegalArgumentException(item.where() + ": a waiter needs a \"Duration timeout\" parameter");
        }
        return context.organizationInvoker(item.where()) + ".await(" + waiter + ", " + timeout
                + (ids.isEmpty() ? "" : ", " + String.join(", ", ids)) + ")";
    }
}
