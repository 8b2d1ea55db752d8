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
 * {@code static final Endpoint} fields are read by reflection; {@link Senders} then finds the public methods that
 * send each. The module of a class root is the Maven module it was built in: {@code sdk-crunchy} for {@code
 * sdk-crunchy/target/classes} or a {@code sdk-crunchy-<version>.jar}.
 */
final class Declarations {
    private static final String PACKAGE = "dev/dbcloud/";

    private Declarations() {}

    /** @return every declaration on the class path, those taking an absolute URL left out */
    static List<Declaration> onClassPath() {
        List<Declaration> found = new ArrayList<>();
        List<Path> apiRoots = new ArrayList<>();
        classRoots().forEach((root, module) -> {
            List<Declaration> here = endpointClasses(entries(root)).stream()
                    .flatMap(name -> read(module, name).stream())
                    .toList();
            if (!here.isEmpty()) {
                found.addAll(here);
                apiRoots.add(root);
            }
        });
        Senders senders = Senders.scan(apiRoots);
        return found.stream()
                .map(d -> new Declaration(
                        d.module(),
                        d.owner(),
                        d.field(),
                        d.method(),
                        d.path(),
                        d.beta(),
                        d.deprecated(),
                        senders.of(d.owner(), d.field())))
                .toList();
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

    /**
     * Every entry of a class root, files and directories, as {@code /}-separated relative names.
     *
     * @param root a classes directory or a jar
     * @return its entries
     */
    static List<String> entries(Path root) {
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
        return entries;
    }

    private static List<String> endpointClasses(List<String> entries) {
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
                            owner.getName(),
                            field.getName(),
                            endpoint.method().name(),
                            endpoint.pathTemplate(),
                            field.isAnnotationPresent(Beta.class) || owner.isAnnotationPresent(Beta.class),
                            field.isAnnotationPresent(Deprecated.class),
                            List.of()));
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
