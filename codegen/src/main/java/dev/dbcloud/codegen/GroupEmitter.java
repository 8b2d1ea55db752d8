package dev.dbcloud.codegen;

import java.util.List;

/**
 * Writes a group: a public class that only hands out related resources, such as a service's ClickStack resources,
 * each made on every call with what the group was made with, so it keeps the options of the view it was reached
 * through. Keys: {@code name}, {@code doc}, {@code beta}, {@code sender} ({@code invoker}, the default, or
 * {@code organization}, as for a resource), {@code imports} and {@code members}, each with {@code name} (its
 * accessor), {@code type} and {@code doc}.
 */
final class GroupEmitter implements Emitter {
    @Override
    public List<JavaSource> emit(String packageName, Description group) {
        group.only("name", "doc", "beta", "sender", "imports", "members");
        String name = group.text("name");
        List<Description> members = group.list("members");
        if (members.isEmpty()) {
            throw new IllegalArgumentException(group.where() + ": 'members' lists at least one resource");
        }
        ResourceEmitter.Sender sender = ResourceEmitter.Sender.of(group);
        Context context = new Context(sender, List.of());
        JavaWriter out = new JavaWriter(packageName).imports(group.texts("imports"));
        out.imports(List.of("dev.dbcloud.core.internal.Invoker"));
        // A group hands its organization resolver on; it sends nothing, so it needs no organization invoker.
        out.imports(sender.imports().stream()
                .filter(type -> !type.endsWith(".OrganizationInvoker"))
                .toList());
        out.doc(0, group.optionalText("doc").orElse(null));
        ResourceEmitter.annotations(group.flag("beta", false), false, out).forEach(a -> out.line(0, a));
        out.line(0, "public final class " + name + " {");
        out.line(1, "private final Invoker invoker;");
        context.fields(out, 1, true);
        out.blank();
        out.line(1, name + "(" + context.parameters() + ") {");
        out.line(2, "this.invoker = invoker;");
        context.assignments(out, 2, true);
        out.line(1, "}");
        for (Description member : members) {
            member.only("name", "type", "doc");
            out.blank();
            String doc = member.optionalText("doc").orElse("The " + member.text("name") + ".");
            out.doc(1, doc.contains("@return") ? doc : doc + "\n\n@return the resource");
            out.line(1, "public " + member.text("type") + " " + member.text("name") + "() {");
            out.line(2, "return new " + member.text("type") + "(" + context.arguments() + ");");
            out.line(1, "}");
        }
        out.line(0, "}");
        return List.of(new JavaSource(packageName, name, ModelEmitter.HEADER + "\n" + out.text()));
    }
}
