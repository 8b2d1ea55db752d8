package dev.dbcloud.core.testing;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the public static factories of a package's types (those declared on a package-private {@code *Def}
 * included, as users reach them through the generated type) that accept a null argument: each reference
 * parameter in turn is passed null, the others a plain value ({@code "x1"}, 1, {@code true}, an empty collection,
 * an enum's first constant, or {@code of("x1")} of the parameter's type). A factory that returns instead of
 * throwing {@link NullPointerException} (or {@link IllegalArgumentException}) is reported; one whose other
 * arguments cannot be made up, or that fails on them, is skipped.
 */
public final class NullFactories {
    private NullFactories() {}

    /**
     * Lists the factories of the package (not its sub-packages) that accept a null.
     *
     * @param anyTypeInPackage a class of the package, e.g. {@code ResetPasswordParams.class}
     * @return e.g. {@code ["ResetPasswordParams.of(#0)"]}; empty when every factory refuses null
     */
    public static List<String> acceptingNull(Class<?> anyTypeInPackage) {
        List<String> found = new ArrayList<>();
        for (Class<?> type : typesOf(anyTypeInPackage)) {
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (!Modifier.isPublic(modifiers) || !Modifier.isStatic(modifiers) || method.isSynthetic()) {
                    continue;
                }
                if (method.getName().equals("valueOf") && type.isEnum()) {
                    continue;
                }
                Class<?>[] parameters = method.getParameterTypes();
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i].isPrimitive()) {
                        continue;
                    }
                    Object[] arguments = new Object[parameters.length];
                    boolean complete = true;
                    for (int j = 0; j < parameters.length; j++) {
                        if (j != i) {
                            arguments[j] = sample(parameters[j]);
                            complete &= arguments[j] != null;
                        }
                    }
                    if (complete && returnsWithNull(method, arguments)) {
                        found.add(type.getSimpleName() + "." + method.getName() + "(#" + i + ")");
                    }
                }
            }
        }
        return found;
    }

    private static boolean returnsWithNull(Method method, Object[] arguments) {
        try {
            method.setAccessible(true); // a factory declared on a package-private *Def, public through its subclass
            method.invoke(null, arguments);
            return true;
        } catch (InvocationTargetException e) {
            return false; // refused (or failed on the made-up arguments, which says nothing about null)
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "x1";
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == double.class || type == Double.class) {
            return 1.0;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == List.class || type == Iterable.class || type == java.util.Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        try {
            return type.getMethod("of", String.class).invoke(null, "x1");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static List<Class<?>> typesOf(Class<?> anyTypeInPackage) {
        String packageName = anyTypeInPackage.getPackageName();
        URL location = anyTypeInPackage.getResource(anyTypeInPackage.getSimpleName() + ".class");
        File directory;
        try {
            directory = new File(location.toURI()).getParentFile();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot list the classes of " + packageName, e);
        }
        List<Class<?>> types = new ArrayList<>();
        File[] files = directory.listFiles((dir, name) -> name.endsWith(".class") && !name.contains("$"));
        for (File file : files == null ? new File[0] : files) {
            String name = packageName + "." + file.getName().replace(".class", "");
            try {
                types.add(Class.forName(name, true, anyTypeInPackage.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name, e);
            }
        }
        return types;
    }
}
