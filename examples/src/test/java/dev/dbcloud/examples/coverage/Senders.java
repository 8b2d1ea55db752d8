package dev.dbcloud.examples.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds, from the API modules' bytecode, the public methods that send each endpoint declaration, so the gate can
 * check that they carry the same {@code @Deprecated} or {@code @Beta} as the declaration. The shape every resource
 * follows makes this exact enough: a raw view's public method reads the declaration's constant (itself or through
 * private helpers and lambdas), and the typed method of the same name calls that raw method (directly or through a
 * lambda). Workflows, which read several constants or call several raw methods, are not senders; neither is a
 * method that picks one of two declarations at run time (the gate then checks the declaration alone).
 */
final class Senders {
    private static final String ENDPOINT = "Ldev/dbcloud/core/internal/Endpoint;";
    private static final String BETA = "Ldev/dbcloud/core/Beta;";
    private static final String DEPRECATED = "Ljava/lang/Deprecated;";

    private final Map<String, Type> types = new HashMap<>();
    private final Map<String, Member> members = new HashMap<>();
    private final Map<Member, Reach> reaches = new HashMap<>();

    private Senders() {}

    /**
     * Reads every class of the given class roots.
     *
     * @param roots classes directories or jars
     * @return the index
     */
    static Senders scan(List<Path> roots) {
        Senders senders = new Senders();
        for (Path root : roots) {
            for (String entry : Declarations.entries(root)) {
                if (entry.endsWith(".class")) {
                    new ClassReader(bytes(root, entry)).accept(senders.new Reader(), ClassReader.SKIP_FRAMES);
                }
            }
        }
        return senders;
    }

    /**
     * The public methods that send a declaration: those that read its constant and no other, through nothing
     * public in between (a raw view's method), and their typed twins.
     *
     * @param owner the binary name of the declaring class
     * @param field the constant's name
     * @return the senders, sorted by name
     */
    List<Declaration.Sender> of(String owner, String field) {
        String constant = owner.replace('.', '/') + "." + field;
        Set<Member> raw = new LinkedHashSet<>();
        for (Member m : members.values()) {
            Set<String> read = reachedThroughPrivateCode(m).fields;
            if (isApi(m) && read.size() == 1 && read.contains(constant)) {
                raw.add(m);
            }
        }
        Set<Member> senders = new LinkedHashSet<>(raw);
        for (Member m : members.values()) {
            if (isApi(m) && !raw.contains(m)) {
                for (Member target : reachedThroughPrivateCode(m).calls) {
                    if (raw.contains(target) && target.name.equals(m.name)) {
                        senders.add(m);
                    }
                }
            }
        }
        return senders.stream()
                .map(m -> new Declaration.Sender(
                        simpleName(m.owner) + "." + m.name, marked(m, BETA), marked(m, DEPRECATED)))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
    }

    /** What a method reads and calls, following private helpers and lambdas but not other public methods. */
    private Reach reachedThroughPrivateCode(Member start) {
        Reach known = reaches.get(start);
        if (known != null) {
            return known;
        }
        Reach reach = new Reach();
        reaches.put(start, reach);
        Deque<Member> todo = new ArrayDeque<>(List.of(start));
        Set<Member> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            Member m = todo.pop();
            reach.fields.addAll(m.fields);
            for (String call : m.calls) {
                Member target = members.get(call);
                if (target != null) {
                    reach.calls.add(target);
                    if (!isApi(target) && seen.add(target)) {
                        todo.push(target);
                    }
                }
            }
        }
        return reach;
    }

    private boolean isApi(Member m) {
        if ((m.access & Opcodes.ACC_PUBLIC) == 0 || (m.access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0) {
            return false;
        }
        if (m.owner.contains("/internal/")) {
            return false;
        }
        for (Type t = types.get(m.owner); t != null; t = types.get(t.outer)) {
            if ((t.access & Opcodes.ACC_PUBLIC) == 0) {
                return false;
            }
        }
        return types.containsKey(m.owner);
    }

    private boolean marked(Member m, String annotation) {
        if (m.annotations.contains(annotation)) {
            return true;
        }
        for (Type t = types.get(m.owner); t != null; t = types.get(t.outer)) {
            if (t.annotations.contains(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1).replace('$', '.');
    }

    private static byte[] bytes(Path root, String entry) {
        try {
            if (Files.isDirectory(root)) {
                return Files.readAllBytes(root.resolve(entry));
            }
            try (JarFile jar = new JarFile(root.toFile())) {
                return jar.getInputStream(jar.getJarEntry(entry)).readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry + " of " + root, e);
        }
    }

    /** A class: its access flags (those of its inner-class entry when nested), outer class and annotations. */
    private static final class Type {
        int access;
        String outer;
        final Set<String> annotations = new HashSet<>();
    }

    /** A method: the endpoint constants it reads, the methods it calls, lambdas' bodies included as calls. */
    private static final class Member {
        final String owner;
        final String name;
        final int access;
        final Set<String> annotations = new HashSet<>();
        final Set<String> fields = new HashSet<>();
        final Set<String> calls = new HashSet<>();

        Member(String owner, String name, int access) {
            this.owner = owner;
            this.name = name;
            this.access = access;
        }
    }

    /** What {@link #reachedThroughPrivateCode(Member)} found. */
    private static final class Reach {
        final Set<String> fields = new HashSet<>();
        final Set<Member> calls = new HashSet<>();
    }

    private static String key(String owner, String name, String descriptor) {
        return owner + "." + name + descriptor;
    }

    /** Records one class file into the index. */
    private final class Reader extends ClassVisitor {
        private String name;
        private Type type;

        Reader() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] ifs) {
            this.name = name;
            this.type = types.computeIfAbsent(name, n -> new Type());
            type.access = access;
        }

        @Override
        public void visitInnerClass(String inner, String outerName, String innerName, int access) {
            if (inner.equals(name) && outerName != null) {
                type.outer = outerName;
                type.access = access;
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            type.annotations.add(descriptor);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String method, String descriptor, String signature, String[] exceptions) {
            Member member = new Member(name, method, access);
            members.put(key(name, method, descriptor), member);
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    member.annotations.add(annotation);
                    return null;
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                    if (opcode == Opcodes.GETSTATIC && fieldDescriptor.equals(ENDPOINT)) {
                        member.fields.add(owner + "." + field);
                    }
                }

                @Override
                public void visitMethodInsn(
                        int opcode, String owner, String called, String calledDescriptor, boolean isInterface) {
                    member.calls.add(key(owner, called, calledDescriptor));
                }

                @Override
                public void visitInvokeDynamicInsn(
                        String dynamic, String dynamicDescriptor, Handle bootstrap, Object... arguments) {
                    for (Object argument : arguments) {
                        if (argument instanceof Handle handle) {
                            member.calls.add(key(handle.getOwner(), handle.getName(), handle.getDesc()));
                        }
                    }
                }
            };
        }
    }
}
