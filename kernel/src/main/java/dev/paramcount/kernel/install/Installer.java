package dev.paramcount.kernel.install;

import dev.paramcount.kernel.Main;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code install}: writes kernel.json for the jar and the Java it runs with. Into a prefix by
 * default (bin/lab uses {@code --prefix .venv}); into the user's home only with {@code --user}.
 */
public final class Installer {
    private Installer() {
    }

    /** @return the exit status: 0 written, 1 could not write, 2 bad arguments */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        InstallOptions options;
        try {
            options = InstallOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        if (options.help()) {
            out.println(InstallOptions.usage());
            return 0;
        }
        Path jar;
        try {
            jar = runningJar();
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java");
        KernelSpec spec = KernelSpec.of(options, java, jar, Runtime.version().feature());
        Path dir = options.user()
                ? JupyterPaths.userKernelDir(System.getenv(), System.getProperty("os.name"),
                        Path.of(System.getProperty("user.home")), KernelSpec.NAME)
                : JupyterPaths.prefixKernelDir(options.prefix(), KernelSpec.NAME);
        try {
            Files.createDirectories(dir);
            if (options.classDataArchive()) {
                Path archive = dir.resolve(ClassDataArchive.FILE_NAME).toAbsolutePath().normalize();
                Optional<String> problem = ClassDataArchive.train(spec, archive);
                if (problem.isPresent()) {
                    err.println("note: no class-data archive, so the kernel starts about a second slower ("
                            + problem.get() + ")");
                } else {
                    spec = spec.withClassDataArchive(archive);
                }
            }
            Path file = write(dir, spec);
            out.println(file);
            return 0;
        } catch (IOException e) {
            err.println("error: cannot write the kernelspec into " + dir.toAbsolutePath() + ": " + e);
            return 1;
        }
    }

    static Path write(Path dir, KernelSpec spec) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("kernel.json").toAbsolutePath().normalize();
        Files.writeString(file, spec.toJson(), StandardCharsets.UTF_8);
        return file;
    }

    private static Path runningJar() throws UsageException {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                throw new UsageException("install must run from the kernel jar: java -jar kernel/target/paramcount-kernel.jar install ...");
            }
            return location.toAbsolutePath().normalize();
        } catch (URISyntaxException | SecurityException e) {
            throw new UsageException("cannot tell where the kernel jar is: " + e.getMessage());
        }
    }
}
