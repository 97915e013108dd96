package dev.paramcount.kernel.magic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code %load FILE}: runs a {@code .jsh}/{@code .jshell} script or a {@code .java} file as if
 * its text were typed into the cell. A {@code .java} file's {@code package} line is dropped,
 * since JShell has no packages.
 */
public final class LoadMagic {
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^\\s*package\\s+[\\w.]+\\s*;");

    /** Runs source text in the notebook. */
    @FunctionalInterface
    public interface Evaluator {
        void eval(String source) throws Exception;
    }

    private final Path workingDirectory;
    private final Evaluator evaluator;

    public LoadMagic(Path workingDirectory, Evaluator evaluator) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.evaluator = evaluator;
    }

    public void registerIn(Magics magics) {
        magics.register("load", this::load);
    }

    void load(List<String> args) throws Exception {
        if (args.size() != 1) {
            throw new MagicException("%load", "takes exactly one file, got " + args.size(), "For example: %load helpers.jsh");
        }
        Path file = workingDirectory.resolve(args.get(0).replace('\\', '/')).normalize();
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!(name.endsWith(".jsh") || name.endsWith(".jshell") || name.endsWith(".java"))) {
            throw new MagicException("%load", "\"" + args.get(0) + "\" is not a .jsh, .jshell or .java file");
        }
        if (!Files.isRegularFile(file)) {
            throw new MagicException("%load", "\"" + args.get(0) + "\" does not exist",
                    "Relative paths start at the kernel's working directory, " + workingDirectory + ".");
        }
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MagicException("%load", "cannot read " + file + ": " + e.getMessage());
        }
        if (name.endsWith(".java")) {
            source = PACKAGE_LINE.matcher(source).replaceFirst("");
        }
        evaluator.eval(source);
    }
}
