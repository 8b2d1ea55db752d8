package dev.dbcloud.examples.coverage;

import dev.dbcloud.core.Beta;
import dev.dbcloud.core.internal.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds every endpoint declaration on the class path from the declarations themselves: each class root holding
 * {@code dev/dbcloud} is searched for classes named {@code …Endpoints} in an {@code internal} package, and their
 * {@code static final Endpoint} fields are read by reflection. The module of a class root is the Maven module it
 * was built in: {@code sdk-crunchy} for {@code sdk-crunchy/target/classes} or a {@code sdk-crunchy-<version>.jar}.
 */
final class Declarations {
    private static final String PACKAGE = "dev/dbcloud/";

    private Declarations() {}

    /** @return every declaration on the class path, those taking an absolute URL left out */
    static List<Declaration> onClassPath() {
        List<Declaration> declarations = new ArrayList<>();
        classRoots()
                .forEach((root, module) -> classNames(root).forEach(name -> declarations.addAll(read(module, name))));
        return declarations;
    }

    private static Map<Path, String> classRoots() {
        Map<Path, String> roots = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(Declarations.class.getClassLoader().getResources(PACKAGE))) {
                Path root = rootOf(url);
                roots.put(root, moduleOf(root));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the class path's roots", e);
        }
        return roots;
    }

    private static Path rootOf(URL url) throws URISyntaxException {
        String text = url.toString();
        if (text.startsWith("jar:")) {
            return Path.of(new java.net.URI(text.substring(4, text.indexOf("!/"))));
        }
        Path packageDir = Path.of(url.toURI());
        return packageDir.getParent().getParent(); // …/classes/dev/dbcloud → …/classes
    }

    /**
     * The Maven module a class root was built in.
     *
     * @param root {@code <module>/target/classes}, or a jar named {@code <module>-<version>.jar}
     * @return the module's (artifact's) name
     */
    static String moduleOf(Path root) {
        String name = root.getFileName().toString();
        if (name.endsWith(".jar")) {
            return name.replaceFirst("-\\d.*\\.jar$", "");
        }
        Path target = root.getParent();
        return target != null && target.getParent() != null
                ? target.getParent().getFileName().toString()
                : name;
    }

    private static List<String> classNames(Path root) {
        List<String> entries = new ArrayList<>();
        try {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root.resolve(PACKAGE))) {
                    files.map(file -> root.relativize(file).toString().replace('\\', '/'))
                            .forEach(entries::add);
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    jar.stream().map(JarEntry::getName).forEach(entries::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes of " + root, e);
        }
        return entries.stream()
                .filter(entry -> entry.startsWith(PACKAGE) && entry.contains("/internal/"))
                .filter(entry -> entry.endsWith("Endpoints.class"))
                .map(entry ->
                        entry.substring(0, entry.length() - ".class".length()).replace('/', '.'))
                .sorted()
                .toList();
    }

    private static List<Declaration> read(String module, String className) {
        Class<?> owner;
        try {
            owner = Class.forName(className, true, Declarations.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + className, e);
        }
        List<Declaration> declarations = new ArrayList<>();
        for (Field field : owner.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == Endpoint.class) {
                Endpoint<?> endpoint = valueOf(field);
                if (!endpoint.absolute()) {
                    declarations.add(new Declaration(
                            module,
                            owner.getSimpleName(),
                            field.getName(),
                            endpoint.method().name(),
                            endpoint.pathTemplate(),
                            field.isAnnotationPresent(Beta.class) || owner.isAnnotationPresent(Beta.class),
                            field.isAnnotationPresent(Deprecated.class)));
                }
            }
        }
        return declarations;
    }

    private static Endpoint<?> valueOf(Field field) {
        try {
            field.setAccessible(true);
            return (Endpoint<?>) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
