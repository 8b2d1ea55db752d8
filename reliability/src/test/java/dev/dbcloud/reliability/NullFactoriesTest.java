package dev.dbcloud.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parameters are never null: every public static factory of the public API (an {@code of}, a {@code from}, a named
 * constructor) must refuse nulls with a {@link NullPointerException} or an {@link IllegalArgumentException}, never
 * build a value from them. Found by reflection over the four modules, so a new factory is covered without a list.
 */
class NullFactoriesTest {
    static final List<String> PACKAGES = List.of(
            "dev.dbcloud.core",
            "dev.dbcloud.clickhouse",
            "dev.dbcloud.clickhouse.clickpipes",
            "dev.dbcloud.clickhouse.tinybird",
            "dev.dbcloud.postgres",
            "dev.dbcloud.crunchy");

    /** Factories that would reach beyond loopback or the environment, never called here. */
    static final Set<String> NOT_CALLED = Set.of("discoverRegions", "fromEnv");

    @TestFactory
    Stream<DynamicTest> factoriesRefuseNulls() {
        List<Scenario> scenarios = new ArrayList<>();
        for (Factory factory : factories()) {
            scenarios.add(Scenario.of(factory + " refuses nulls", () -> refusesNulls(factory.method)));
        }
        assertThat(scenarios).as("factories found").hasSizeGreaterThan(20);
        return Scenario.tests(scenarios);
    }

    private static void refusesNulls(Method method) throws IllegalAccessException {
        Object[] nulls = new Object[method.getParameterCount()];
        method.setAccessible(true); // declared on a package-private *Def, public through its generated type
        try {
            Object built = method.invoke(null, nulls);
            throw new AssertionError("accepted nulls and returned " + built);
        } catch (InvocationTargetException e) {
            assertThat(e.getCause())
                    .as("refused with a null or argument check")
                    .isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class);
        }
    }

    /** A public static factory as callers see it: on its public type, wherever it is declared. */
    record Factory(Class<?> type, Method method) {
        String name() {
            return type.getSimpleName() + "." + method.getName();
        }

        @Override
        public String toString() {
            return name()
                    + Stream.of(method.getParameterTypes())
                            .map(Class::getSimpleName)
                            .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
        }
    }

    static List<Factory> factories() {
        List<Factory> found = new ArrayList<>();
        for (String className : classNames()) {
            Class<?> type;
            try {
                type = Class.forName(className, false, NullFactoriesTest.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (!Modifier.isPublic(type.getModifiers()) || type.isSynthetic()) {
                continue;
            }
            // getMethods() also lists the public statics a generated type inherits from its package-private *Def.
            for (Method method : type.getMethods()) {
                int m = method.getModifiers();
                Class<?> declaring = method.getDeclaringClass();
                boolean ownOrHidden = declaring == type || !Modifier.isPublic(declaring.getModifiers());
                if (ownOrHidden
                        && Modifier.isStatic(m)
                        && !method.isSynthetic()
                        && method.getParameterCount() > 0
                        && !NOT_CALLED.contains(method.getName())
                        && Stream.of(method.getParameterTypes()).noneMatch(Class::isPrimitive)
                        && !method.getName().equals("valueOf")
                        && !method.getReturnType().equals(Void.TYPE)) {
                    found.add(new Factory(type, method));
                }
            }
        }
        found.sort(Comparator.comparing(Factory::toString));
        return Collections.unmodifiableList(found);
    }

    /** The classes of {@link #PACKAGES} on the class path, from directories or jars alike. */
    static Set<String> classNames() {
        Set<String> names = new TreeSet<>();
        for (String pkg : PACKAGES) {
            String dir = pkg.replace('.', '/');
            try {
                for (URL url : Collections.list(
                        NullFactoriesTest.class.getClassLoader().getResources(dir))) {
                    if (url.getProtocol().equals("file")) {
                        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                            files.map(p -> p.getFileName().toString())
                                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                                    .forEach(f -> names.add(pkg + "." + f.substring(0, f.length() - 6)));
                        }
                    } else if (url.getProtocol().equals("jar")) {
                        String jar = url.getPath().substring(5, url.getPath().indexOf('!'));
                        try (JarFile file = new JarFile(
                                Path.of(new java.net.URI("file:" + jar)).toFile())) {
                            file.stream()
                                    .map(e -> e.getName())
                                    .filter(n -> n.startsWith(dir + "/")
                                            && n.indexOf('/', dir.length() + 1) < 0
                                            && n.endsWith(".class")
                                            && !n.contains("$"))
                                    .forEach(n -> names.add(
                                            n.substring(0, n.length() - 6).replace('/', '.')));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }
}
