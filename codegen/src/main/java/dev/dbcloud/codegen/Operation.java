package dev.dbcloud.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One operation of a resource: its typed method, its raw-view method and, for a query, the overload without it. */
final class Operation {
    private final Description item;
    private final String name;
    private final String endpoint;
    private final List<String[]> params = new ArrayList<>();
    private final String body;
    private final String query;
    private final String command;
    private final String returns;
    private final String raw;
    private final Map<String, String> queryParams = new LinkedHashMap<>();
    private final String queryOf;
    private final String bodyOf;
    private final String before;

    private Operation(Description item) {
        this.item = item;
        this.name = item.text("name");
        this.endpoint = item.text("endpoint");
        for (String param : item.texts("params")) {
            int space = param.lastIndexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException(item.where() + ": a parameter is \"Type name\", not " + param);
            }
            params.add(new String[] {param.substring(0, space).strip(), param.substring(space + 1)});
        }
        this.body = item.optionalText("body").orElse(null);
        this.query = item.optionalText("query").orElse(null);
        this.command = item.optionalText("command").orElse(null);
        for (String role : new String[] {body, query}) {
            if (role != null && params.stream().noneMatch(p -> p[1].equals(role))) {
                throw new IllegalArgumentException(item.where() + ": '" + role + "' is not one of its params");
            }
        }
        this.returns = item.text("returns");
        this.raw = item.optionalText("raw").orElse(returns.equals("void") ? "Void" : returns);
        this.queryParams.putAll(item.pairs("queryParams"));
        this.queryOf = item.optionalText("queryOf").orElse(null);
        this.bodyOf = item.optionalText("bodyOf").orElse(null);
        this.before = item.optionalText("before").orElse(null);
        for (String param : queryParams.values()) {
            if (params.stream().noneMatch(p -> p[1].equals(param))) {
                throw new IllegalArgumentException(item.where() + ": '" + param + "' is not one of its params");
            }
        }
        if (queryOf != null && query == null) {
            throw new IllegalArgumentException(item.where() + ": 'queryOf' binds the 'query' parameter; name it");
        }
        if (bodyOf != null && body == null) {
            throw new IllegalArgumentException(item.where() + ": 'bodyOf' makes the 'body' parameter's body; name it");
        }
        if (item.flag("rawOnly", false) && item.optionalText("queryDefault").isPresent()) {
            throw new IllegalArgumentException(item.where() + ": a 'rawOnly' operation has no 'queryDefault'");
        }
    }

    static Operation of(Description item) {
        item.only(
                "name",
                "doc",
                "endpoint",
                "params",
                "path",
                "body",
                "query",
                "queryDefault",
                "command",
                "returns",
                "raw",
                "override",
                "beta",
                "deprecated",
                "rawOnly",
                "rawDoc",
                "queryParams",
                "queryOf",
                "bodyOf",
                "before",
                "pathText");
        return new Operation(item);
    }

    boolean needsRequireNonNull() {
        if (!queryParams.isEmpty()) {
            return true;
        }
        return body != null || query != null || pathParams().stream().anyMatch(p -> !p[0].equals("String"));
    }

    void typed(JavaWriter out) {
        if (item.flag("rawOnly", false)) {
            return;
        }
        item.optionalText("queryDefault").ifPresent(doc -> {
            out.blank();
            writeDoc(out, doc);
            annotations(out, 1, false);
            out.line(1, "public " + returns + " " + name + "(" + declared(withoutQuery()) + ") {");
            out.line(
                    2,
                    (returns.equals("void") ? "" : "return ") + "withRawResponse()." + name + "("
                            + names(withoutQuery()) + ")" + (returns.equals("void") ? "" : ".value()") + ";");
            out.line(1, "}");
        });
        out.blank();
        writeDoc(out, item.optionalText("doc").orElse(""));
        annotations(out, 1, item.flag("override", false));
        out.line(1, "public " + returns + " " + name + "(" + declared(params) + ") {");
        out.line(
                2,
                (returns.equals("void") ? "" : "return ") + "withRawResponse()." + name + "(" + names(params) + ")"
                        + (returns.equals("void") ? "" : ".value()") + ";");
        out.line(1, "}");
    }

    void raw(String resource, ResourceEmitter.Sender sender, JavaWriter out) {
        if (item.optionalText("queryDefault").isPresent()) {
            out.blank();
            out.doc(2, "{@link " + resource + "#" + name + "(" + erased(withoutQuery()) + ")}, with the response.");
            annotations(out, 2, false);
            out.line(2, "public ApiResponse<" + raw + "> " + name + "(" + declared(withoutQuery()) + ") {");
            List<String> args = new ArrayList<>();
            for (String[] param : params) {
                args.add(param[1].equals(query) ? param[0] + ".builder().build()" : param[1]);
            }
            out.line(3, "return " + name + "(" + String.join(", ", args) + ");");
            out.line(2, "}");
        }
        out.blank();
        out.doc(
                2,
                item.optionalText("rawDoc")
                        .orElse("{@link " + resource + "#" + name + "(" + erased(params) + ")}, with the response."));
        annotations(out, 2, false);
        out.line(2, "public ApiResponse<" + raw + "> " + name + "(" + declared(params) + ") {");
        if (before != null) {
            out.line(3, before + "(" + String.join(", ", prepend("invoker()", names(params))) + ");");
        }
        List<String> pathArgs = new ArrayList<>();
        List<String> path = item.texts("path");
        if (path.isEmpty()) {
            pathParams().forEach(param -> path.add(param[1]));
        }
        for (String arg : path) {
            String type = params.stream()
                    .filter(p -> p[1].equals(arg))
                    .map(p -> p[0])
                    .findFirst()
                    .orElse("String");
            pathArgs.add(
                    type.equals("String")
                            ? arg
                            : "Objects.requireNonNull(" + arg + ", \"" + arg + " == null\")."
                                    + item.optionalText("pathText").orElse("value") + "()");
        }
        String sent;
        if (command != null) {
            if (sender != ResourceEmitter.Sender.ORGANIZATION) {
                throw new IllegalArgumentException(item.where() + ": 'command' needs the organization sender");
            }
            sent = "org.sendCommand(" + endpoint + ", \"" + command + "\""
                    + (pathArgs.isEmpty() ? "" : ", " + String.join(", ", pathArgs)) + ")";
        } else if (queryOf != null || !queryParams.isEmpty()) {
            sent = sentWithQuery(sender, pathArgs);
        } else if (sender == ResourceEmitter.Sender.ORGANIZATION) {
            sent = sender.send(endpoint, pathArgs, bodyOf == null ? body : sentBody(), query);
        } else {
            sent = sender.send(endpoint, pathArgs, sentBody(), nonNull(query));
        }
        out.line(3, "return " + sent + ";");
        out.line(2, "}");
    }

    /** The body sent: the body parameter, or what {@code bodyOf} makes of it. */
    private String sentBody() {
        return body == null || bodyOf == null ? nonNull(body) : bodyOf + "(" + nonNull(body) + ")";
    }

    /**
     * The send of an operation whose query is bound by {@code queryOf} (given the query parameter, then the call) or
     * named value by value in {@code queryParams}.
     */
    private String sentWithQuery(ResourceEmitter.Sender sender, List<String> pathArgs) {
        if (sender == ResourceEmitter.Sender.ORGANIZATION) {
            if (!queryParams.isEmpty() || body != null) {
                throw new IllegalArgumentException(
                        item.where() + ": an organization resource binds a query only by 'queryOf', without a body");
            }
            return "org.send(" + queryOf + "(" + nonNull(query) + ", org.call("
                    + String.join(", ", prepend(endpoint, pathArgs)) + ")))";
        }
        String call = endpoint + ".call(" + String.join(", ", pathArgs) + ")";
        if (body != null) {
            call += ".body(" + sentBody() + ")";
        }
        for (Map.Entry<String, String> param : queryParams.entrySet()) {
            call += ".query(\"" + param.getKey() + "\", " + nonNull(param.getValue()) + ")";
        }
        if (query != null) {
            call = queryOf == null
                    ? nonNull(query) + ".bind(" + call + ")"
                    : queryOf + "(" + nonNull(query) + ", " + call + ")";
        }
        return "send(" + call + ")";
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static List<String> prepend(String first, String rest) {
        return rest.isEmpty() ? List.of(first) : List.of(first, rest);
    }

    private static String nonNull(String param) {
        return param == null ? null : "Objects.requireNonNull(" + param + ", \"" + param + " == null\")";
    }

    private static void writeDoc(JavaWriter out, String doc) {
        out.doc(1, doc);
    }

    private void annotations(JavaWriter out, int indent, boolean override) {
        if (override) {
            out.line(indent, "@Override");
        }
        ResourceEmitter.annotations(item.flag("beta", false), item.flag("deprecated", false), out)
                .forEach(annotation -> out.line(indent, annotation));
    }

    private List<String[]> pathParams() {
        List<String[]> path = new ArrayList<>();
        for (String[] param : params) {
            if (!param[1].equals(body)
                    && !param[1].equals(query)
                    && !param[1].equals(command)
                    && !queryParams.containsValue(param[1])) {
                path.add(param);
            }
        }
        return path;
    }

    private List<String[]> withoutQuery() {
        List<String[]> without = new ArrayList<>(params);
        without.removeIf(p -> p[1].equals(query));
        return without;
    }

    private static String declared(List<String[]> params) {
        List<String> text = new ArrayList<>();
        params.forEach(p -> text.add(p[0] + " " + p[1]));
        return String.join(", ", text);
    }

    private static String names(List<String[]> params) {
        List<String> text = new ArrayList<>();
        params.forEach(p -> text.add(p[1]));
        return String.join(", ", text);
    }

    private static String erased(List<String[]> params) {
        List<String> text = new ArrayList<>();
        params.forEach(p -> text.add(p[0].replaceAll("<.*>", "")));
        return String.join(", ", text);
    }
}
