package dev.dbcloud.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a resource: the public class whose methods each send one declared endpoint and return the typed value,
 * and its nested {@code WithRawResponse} view whose same-named methods return the whole {@code ApiResponse}.
 *
 * <p>Keys of a resource: {@code name}, {@code doc}, {@code beta}, {@code deprecated} (its Javadoc
 * says why, in a {@code @deprecated} tag), {@code sender} ({@code invoker}, the default: the endpoint's call is sent as is;
 * {@code organization}: ClickHouse Cloud paths that start with the organization, resolved per call),
 * {@code implements}, {@code imports}, {@code subresources} and {@code operations}.
 *
 * <p>Keys of an operation: {@code name}, {@code doc}, {@code endpoint} (the declaration, e.g.
 * {@code TeamEndpoints.GET}), {@code params} (each {@code "Type name"}, in order), {@code body} (the parameter sent
 * as the JSON body), {@code query} (the parameter that binds the query string), {@code queryDefault} (the Javadoc
 * of an overload without the query parameter, which sends its defaults), {@code returns} (the typed value;
 * {@code void} for none), {@code raw} (the raw view's value type when it differs from {@code returns}, such as
 * {@code Void} for an operation whose answer the typed method drops), {@code override}, {@code beta} and
 * {@code deprecated}. A path parameter that is not a {@code String} is an open enum: its wire value is sent.
 *
 * <p>{@code context} lists what else the resource is made with, each {@code "Type name"} (a Tinybird
 * organization's ID, say); the raw view keeps it too, and an operation's {@code path} may name it. {@code methods}
 * are the resource's workflows, written by hand in their own classes (see {@link Workflow}).
 *
 * <p>Keys of a subresource: {@code name} (its accessor), {@code type}, {@code doc}: made with the resource's own
 * constructor arguments, so a {@code withOptions} view's subresources carry the same options.
 *
 * <p>More keys of a resource: {@code constants} (public constants of the typed class, each with {@code name},
 * {@code type}, {@code value} and {@code doc}; see {@link Constant}) and {@code rawDoc} (the Javadoc of the raw
 * view when the one-liner does not say enough). A subresource marked {@code deprecated} gets a {@code @Deprecated}
 * accessor that makes it on each call, so that no field of a deprecated type is needed.
 *
 * <p>More keys of an operation: {@code rawOnly} (only the raw view gets the method: a workflow of {@code methods}
 * with the same name is the typed one), {@code rawDoc} (the raw method's Javadoc instead of the one-liner), {@code
 * queryParams} (a map from query parameter names, as the API spells them, to the params sent under them, each
 * required: {@code {team_id: teamId}}; the endpoint declares any check of their values), {@code queryOf} (a static
 * method that binds the {@code query} parameter to the call, given the parameter, then the call), {@code bodyOf} (a
 * static method given the {@code body} parameter that returns what is sent, refusing a bad one), {@code before} (a
 * static method run before anything is sent, given the view's invoker, then the operation's params; it throws to
 * refuse them) and {@code pathText} (the accessor giving a non-{@code String} path parameter's text, {@code value}
 * unless named: e.g. {@code toString}). Each names a hand-written method; the YAML holds no Java code.
 */
final class ResourceEmitter implements Emitter {
    private static final String HEADER = "// Generated from this module's src/main/codegen descriptions; edit those.";

    @Override
    public List<JavaSource> emit(String packageName, Description resource) {
        resource.only(
                "name",
                "doc",
                "beta",
                "deprecated",
                "sender",
                "context",
                "implements",
                "imports",
                "subresources",
                "operations",
                "methods",
                "constants",
                "rawDoc");
        String name = resource.text("name");
        Sender sender = Sender.of(resource);
        Context context = new Context(sender, resource.texts("context"));
        JavaWriter out = new JavaWriter(packageName).imports(resource.texts("imports"));
        out.imports(List.of(
                "dev.dbcloud.core.ApiResponse",
                "dev.dbcloud.core.RawResource",
                "dev.dbcloud.core.Resource",
                "dev.dbcloud.core.internal.Invoker"));
        out.imports(sender.imports());
        List<Operation> operations = new ArrayList<>();
        for (Description item : resource.list("operations")) {
            operations.add(Operation.of(item));
        }
        if (operations.stream().anyMatch(Operation::needsRequireNonNull)) {
            out.imports(List.of("java.util.Objects"));
        }
        out.doc(0, resource.optionalText("doc").orElse(null));
        List<String> classAnnotations =
                annotations(resource.flag("beta", false), resource.flag("deprecated", false), out);
        classAnnotations.forEach(annotation -> out.line(0, annotation));
        List<String> interfaces = resource.texts("implements");
        out.line(
                0,
                "public final class " + name + " extends Resource<" + name + ", " + name + ".WithRawResponse>"
                        + (interfaces.isEmpty() ? "" : " implements " + String.join(", ", interfaces)) + " {");
        List<Description> subresources = resource.list("subresources");
        for (Description constant : resource.list("constants")) {
            Constant.of(constant).write(out);
        }
        context.fields(out, 1, true);
        for (Description sub : subresources) {
            sub.only("name", "type", "doc", "deprecated");
            if (sub.flag("deprecated", false)) {
                continue;
            }
            out.line(1, "private final " + sub.text("type") + " " + sub.text("name") + ";");
        }
        if (context.hasFields(true) || !subresources.isEmpty()) {
            out.blank();
        }
        out.line(1, name + "(" + context.parameters() + ") {");
        out.line(2, "super(invoker, " + context.view(name) + ", " + context.view("WithRawResponse") + ");");
        context.assignments(out, 2, true);
        for (Description sub : subresources) {
            if (sub.flag("deprecated", false)) {
                continue;
            }
            out.line(2, "this." + sub.text("name") + " = new " + sub.text("type") + "(" + context.arguments() + ");");
        }
        out.line(1, "}");
        for (Description sub : subresources) {
            out.blank();
            String doc = sub.optionalText("doc").orElse("The " + sub.text("name") + ".");
            out.doc(1, doc.contains("@return") ? doc : doc + "\n\n@return the resource");
            if (sub.flag("deprecated", false)) {
                out.line(1, "@Deprecated");
                out.line(1, "public " + sub.text("type") + " " + sub.text("name") + "() {");
                List<String> args = new ArrayList<>(List.of("invoker()"));
                args.addAll(context.names());
                out.line(2, "return new " + sub.text("type") + "(" + String.join(", ", args) + ");");
                out.line(1, "}");
                continue;
            }
            out.line(1, "public " + sub.text("type") + " " + sub.text("name") + "() {");
            out.line(2, "return " + sub.text("name") + ";");
            out.line(1, "}");
        }
        for (Operation operation : operations) {
            operation.typed(out);
        }
        for (Description method : resource.list("methods")) {
            Workflow.of(method).write(context, out);
        }
        out.blank();
        out.doc(
                1,
                resource.optionalText("rawDoc")
                        .orElse("The operations of {@link " + name
                                + "} returning {@link ApiResponse}; each is documented there."));
        classAnnotations.forEach(annotation -> out.line(1, annotation));
        out.line(1, "public static final class WithRawResponse extends RawResource<WithRawResponse> {");
        sender.rawFields(out);
        context.fields(out, 2, false);
        if (context.hasFields(false)) {
            out.blank();
        }
        out.line(2, "WithRawResponse(" + context.parameters() + ") {");
        out.line(3, "super(invoker, " + context.view("WithRawResponse") + ");");
        sender.rawConstructorBody(out);
        context.assignments(out, 3, false);
        out.line(2, "}");
        for (Operation operation : operations) {
            operation.raw(name, sender, out);
        }
        out.line(1, "}");
        out.line(0, "}");
        return List.of(new JavaSource(packageName, name, HEADER + "\n" + out.text()));
    }

    static List<String> annotations(boolean beta, boolean deprecated, JavaWriter out) {
        List<String> annotations = new ArrayList<>();
        if (beta) {
            out.imports(List.of("dev.dbcloud.core.Beta"));
            annotations.add("@Beta");
        }
        if (deprecated) {
            annotations.add("@Deprecated");
        }
        return annotations;
    }

    /** How a resource's raw view sends its calls. */
    enum Sender {
        INVOKER,
        ORGANIZATION;

        static Sender of(Description resource) {
            String sender = resource.optionalText("sender").orElse("invoker");
            switch (sender) {
                case "invoker":
                    return INVOKER;
                case "organization":
                    return ORGANIZATION;
                default:
                    throw new IllegalArgumentException(
                            resource.where() + ": 'sender' is invoker or organization, not " + sender);
            }
        }

        List<String> imports() {
            return this == INVOKER
                    ? List.of()
                    : List.of(
                            "dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker",
                            "dev.dbcloud.clickhouse.shared.internal.OrganizationResolver");
        }

        void rawFields(JavaWriter out) {
            if (this == ORGANIZATION) {
                out.line(2, "private final OrganizationInvoker org;");
            }
        }

        void rawConstructorBody(JavaWriter out) {
            if (this == ORGANIZATION) {
                out.line(3, "this.org = new OrganizationInvoker(organization, invoker);");
            }
        }

        /** The expression that sends {@code endpoint} with these path arguments, body and query binding. */
        String send(String endpoint, List<String> pathArgs, String body, String query) {
            if (this == ORGANIZATION) {
                if (query != null) {
                    throw new IllegalArgumentException("organization resources bind no query parameters: " + endpoint);
                }
                String ids = pathArgs.isEmpty() ? "" : ", " + String.join(", ", pathArgs);
                return body == null
                        ? "org.send(" + endpoint + ids + ")"
                        : "org.sendWith(" + endpoint + ", " + body + ids + ")";
            }
            String call = endpoint + ".call(" + String.join(", ", pathArgs) + ")";
            if (body != null) {
                call += ".body(" + body + ")";
            }
            if (query != null) {
                call = query + ".bind(" + call + ")";
            }
            return "send(" + call + ")";
        }
    }
}
