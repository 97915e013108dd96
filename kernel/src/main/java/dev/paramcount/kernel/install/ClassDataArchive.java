package dev.paramcount.kernel.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Writes the kernel's class-data (CDS) archive: one training run of the kernel under
 * {@code -XX:ArchiveClassesAtExit}. JShell and javac are thousands of classes; mapping them
 * pre-parsed and pre-verified from the archive cuts about a third of the CPU a kernel needs
 * before its first reply.
 */
final class ClassDataArchive {
    static final String FILE_NAME = "paramcount-kernel.jsa";
    private static final long TIMEOUT_SECONDS = 300;

    private ClassDataArchive() {
    }

    /** @return empty when the archive was written, else why not */
    static Optional<String> train(KernelSpec spec, Path archive) {
        Path log = null;
        try {
            Files.deleteIfExists(archive); // the JVM writes it read-only
            log = Files.createTempFile("paramcount-kernel-train", ".log");
            Process training = new ProcessBuilder(spec.trainingCommand(archive))
                    .directory(archive.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!training.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                training.destroyForcibly();
                return Optional.of("the training run took over " + TIMEOUT_SECONDS + " s");
            }
            if (training.exitValue() != 0 || !Files.isRegularFile(archive)) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return Optional.of("the training run failed: "
                        + (lines.isEmpty() ? "exit status " + training.exitValue() : lines.get(lines.size() - 1)));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }
}
