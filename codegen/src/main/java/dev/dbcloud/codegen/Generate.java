package dev.dbcloud.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the Java sources an API module describes under {@code src/main/codegen}: every {@code *.yaml} file there
 * names a {@code package} and lists its {@code models}, {@code interfaces}, {@code enums}, {@code resources} and {@code groups}.
 * Run by each API module's build before compiling: {@code Generate <description folder> <output source root>}.
 */
public final class Generate {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Map<String, Emitter> EMITTERS = Map.of(
            "models",
            new ModelEmitter(),
            "interfaces",
            new InterfaceEmitter(),
            "enums",
            new EnumEmitter(),
            "resources",
            new ResourceEmitter(),
            "groups",
            new GroupEmitter());

    private Generate() {}

    /**
     * Generates the sources.
     *
     * @param args the description folder and the output source root
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Generate <description folder> <output source root>");
        }
        int written = run(Path.of(args[0]), Path.of(args[1]));
        System.out.println("[codegen] " + written + " sources from " + args[0]);
    }

    /**
     * Generates the sources of every description below {@code input} into {@code output}.
     *
     * @param input the description folder; a missing folder describes nothing
     * @param output the output source root
     * @return how many sources were written
     * @throws IOException if a file cannot be read or written
     */
    public static int run(Path input, Path output) throws IOException {
        if (!Files.isDirectory(input)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        Set<Path> written = new HashSet<>();
        for (Path file : files) {
            for (JavaSource source : sourcesOf(file)) {
                Path target =
                        output.resolve(source.packageName().replace('.', '/')).resolve(source.className() + ".java");
                Files.createDirectories(target.getParent());
                String text = source.text();
                if (!Files.exists(target) || !Files.readString(target).equals(text)) {
                    Files.writeString(target, text, StandardCharsets.UTF_8);
                }
                if (!written.add(target)) {
                    throw new IllegalArgumentException(file + ": " + source.className() + " is described twice");
                }
            }
        }
        deleteStale(output, written);
        return written.size();
    }

    /** Deletes what an earlier run wrote and this one did not, so a renamed or removed description leaves nothing. */
    private static void deleteStale(Path output, Set<Path> written) throws IOException {
        if (!Files.isDirectory(output)) {
            return;
        }
        List<Path> stale;
        try (Stream<Path> walk = Files.walk(output)) {
            stale = walk.filter(p -> p.toString().endsWith(".java") && !written.contains(p))
                    .toList();
        }
        for (Path path : stale) {
            Files.delete(path);
        }
    }

    static List<JavaSource> sourcesOf(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Description description = new Description(root, file.toString());
        String pkg = description.text("package");
        List<JavaSource> sources = new ArrayList<>();
        root.fieldNames().forEachRemaining(key -> {
            if (key.equals("package")) {
                return;
            }
            Emitter emitter = EMITTERS.get(key);
            if (emitter == null) {
                throw new IllegalArgumentException(
                        file + ": unknown section '" + key + "'; known: " + EMITTERS.keySet());
            }
            for (Description item : description.list(key)) {
                sources.addAll(emitter.emit(pkg, item));
            }
        });
        return sources;
    }
}
