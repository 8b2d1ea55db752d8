package dev.dbcloud.codegen;

import java.util.List;

/**
 * Writes an accessor interface: accessors that several models carry under the same wire names, declared once so
 * code can read any of those models alike. The models list it under {@code implements}.
 *
 * <p>Keys of an interface: {@code name}, {@code doc}, {@code public} (true: part of the API; package-private by
 * default), {@code extends}, {@code imports}, {@code fields}, whose keys are those of a model's fields.
 */
final class InterfaceEmitter implements Emitter {
    @Override
    public List<JavaSource> emit(String packageName, Description item) {
        item.only("name", "doc", "public", "extends", "imports", "fields");
        String name = item.text("name");
        List<Description> fields = item.list("fields");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(item.where() + ": 'fields' lists at least one accessor");
        }
        JavaWriter out = new JavaWriter(packageName).imports(item.texts("imports"));
        out.doc(0, item.optionalText("doc").orElse(null));
        List<String> supertypes = item.texts("extends");
        out.line(
                0,
                (item.flag("public", false) ? "public " : "") + "interface " + name
                        + (supertypes.isEmpty() ? "" : " extends " + String.join(", ", supertypes)) + " {");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.blank();
            }
            ModelEmitter.field(fields.get(i), "", out);
        }
        out.line(0, "}");
        return List.of(new JavaSource(packageName, name, ModelEmitter.HEADER + "\n" + out.text()));
    }
}
