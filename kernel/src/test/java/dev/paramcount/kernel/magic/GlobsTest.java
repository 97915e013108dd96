package dev.paramcount.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(dir.resolve("libs/nested"));
        for (String name : List.of("libs/b.jar", "libs/a.jar", "libs/readme.txt", "libs/nested/c.jar", "top.jar")) {
            Files.writeString(dir.resolve(name), "x");
        }
    }

    @Test
    void aStarMatchesWithinOneDirectoryInSortedOrder() throws Exception {
        assertEquals(List.of(dir.resolve("libs/a.jar"), dir.resolve("libs/b.jar")), Globs.expand(dir, "libs/*.jar"));
    }

    @Test
    void aDoubleStarCrossesDirectories() throws Exception {
        assertEquals(List.of(dir.resolve("libs/a.jar"), dir.resolve("libs/b.jar"), dir.resolve("libs/nested/c.jar")),
                Globs.expand(dir, "libs/**.jar"));
    }

    @Test
    void questionMarksAndBracesWork() throws Exception {
        assertEquals(List.of(dir.resolve("libs/a.jar")), Globs.expand(dir, "libs/?.jar").subList(0, 1));
        assertEquals(List.of(dir.resolve("libs/a.jar"), dir.resolve("libs/readme.txt")),
                Globs.expand(dir, "libs/{a.jar,readme.txt}"));
    }

    @Test
    void relativePathsMayClimbOutOfTheBase() throws Exception {
        Path notebooks = Files.createDirectories(dir.resolve("notebooks"));
        assertEquals(List.of(dir.resolve("top.jar")), Globs.expand(notebooks, "../top.jar"));
        assertEquals(List.of(dir.resolve("libs/a.jar"), dir.resolve("libs/b.jar")), Globs.expand(notebooks, "../libs/*.jar"));
    }

    @Test
    void absolutePatternsIgnoreTheBase() throws Exception {
        assertEquals(List.of(dir.resolve("libs/a.jar"), dir.resolve("libs/b.jar")),
                Globs.expand(Path.of("/nonexistent"), dir.resolve("libs").toString() + "/*.jar"));
    }

    @Test
    void aPlainPathMatchesItselfIfItExists() throws Exception {
        assertEquals(List.of(dir.resolve("libs")), Globs.expand(dir, "libs/"));
        assertTrue(Globs.expand(dir, "missing.jar").isEmpty());
        assertTrue(Globs.expand(dir, "missing/*.jar").isEmpty());
        assertTrue(Globs.expand(dir, "libs/*.war").isEmpty());
    }
}
