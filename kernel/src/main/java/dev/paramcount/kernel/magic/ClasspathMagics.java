package dev.paramcount.kernel.magic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code %jars} and {@code %classpath}, as in IJava: add jars (or, for {@code %classpath},
 * directories of classes) to the notebook's class path. Each argument is a path or glob relative
 * to the working directory. All arguments are checked before anything is added, so a typo in one
 * leaves the class path as it was.
 */
public final class ClasspathMagics {
    private final Path workingDirectory;
    private final Consumer<String> classpath;
    private final Set<Path> added = new LinkedHashSet<>();

    /** @param classpath adds one entry to the class path of the compiler and the running code */
    public ClasspathMagics(Path workingDirectory, Consumer<String> classpath) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.classpath = classpath;
    }

    public void registerIn(Magics magics) {
        magics.register("jars", this::jars).register("classpath", this::classpath);
    }

    /** The entries added so far, in order. */
    public List<Path> added() {
        return List.copyOf(added);
    }

    void jars(List<String> args) throws MagicException, IOException {
        requireArgs("%jars", args, "%jars ../lib/target/paramcount-all.jar");
        List<Path> jars = new ArrayList<>();
        for (String arg : args) {
            for (Path path : matches("%jars", arg)) {
                if (Files.isDirectory(path)) {
                    List<Path> inside = jarsIn(path);
                    if (inside.isEmpty()) {
                        throw new MagicException("%jars", "the directory " + path + " (from \"" + arg + "\") holds no .jar files");
                    }
                    jars.addAll(inside);
                } else {
                    jars.add(checkedJar("%jars", arg, path));
                }
            }
        }
        addAll(jars);
    }

    void classpath(List<String> args) throws MagicException, IOException {
        requireArgs("%classpath", args, "%classpath target/classes libs/*.jar");
        List<Path> entries = new ArrayList<>();
        for (String arg : args) {
            for (Path path : matches("%classpath", arg)) {
                entries.add(Files.isDirectory(path) ? path : checkedJar("%classpath", arg, path));
            }
        }
        addAll(entries);
    }

    private void addAll(List<Path> entries) {
        for (Path entry : entries) {
            if (added.add(entry)) {
                classpath.accept(entry.toString());
            }
        }
    }

    private List<Path> matches(String magic, String arg) throws MagicException, IOException {
        List<Path> found = Globs.expand(workingDirectory, arg);
        if (found.isEmpty()) {
            String where = Globs.isGlob(arg) ? "nothing matches \"" + arg + "\"" : "\"" + arg + "\" does not exist";
            throw new MagicException(magic, where,
                    "Relative paths start at the kernel's working directory, " + workingDirectory + ".");
        }
        return found;
    }

    private static Path checkedJar(String magic, String arg, Path path) throws MagicException {
        try {
            new JarFile(path.toFile()).close(); // opening reads the zip directory: enough to tell a jar
            return path;
        } catch (IOException | SecurityException e) {
            throw new MagicException(magic, path + " (from \"" + arg + "\") is not a readable jar file: " + e.getMessage());
        }
    }

    private static List<Path> jarsIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static void requireArgs(String magic, List<String> args, String example) throws MagicException {
        if (args.isEmpty()) {
            throw new MagicException(magic, "needs at least one path or glob", "For example: " + example);
        }
    }
}
