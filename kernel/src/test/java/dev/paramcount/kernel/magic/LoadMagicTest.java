package dev.paramcount.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadMagicTest {
    @TempDir
    Path dir;
    private final List<String> evaluated = new ArrayList<>();
    private Magics magics;

    @BeforeEach
    void setUp() {
        magics = new Magics();
        new LoadMagic(dir, evaluated::add).registerIn(magics);
    }

    private void run(String line) throws Exception {
        magics.runLine(MagicCall.lineMagic(line, 1).orElseThrow());
    }

    @Test
    void evaluatesAJShellScript() throws Exception {
        Files.writeString(dir.resolve("helpers.jsh"), "int twice(int x) { return 2 * x; }\n");
        run("%load helpers.jsh");
        assertEquals(List.of("int twice(int x) { return 2 * x; }\n"), evaluated);
    }

    @Test
    void dropsTheJavaFilesPackageLine() throws Exception {
        Files.writeString(dir.resolve("Point.java"), "package geo.shapes;\n\nrecord Point(int x, int y) {}\n");
        run("%load Point.java");
        assertEquals("\n\nrecord Point(int x, int y) {}\n", evaluated.get(0));
    }

    @Test
    void aMissingFileIsAClearError() {
        MagicException e = assertThrows(MagicException.class, () -> run("%load nope.jsh"));
        assertEquals("%load: \"nope.jsh\" does not exist", e.getMessage());
    }

    @Test
    void onlyScriptsAndJavaFilesLoad() {
        MagicException e = assertThrows(MagicException.class, () -> run("%load data.csv"));
        assertTrue(e.getMessage().contains("not a .jsh, .jshell or .java file"), e.getMessage());
        assertThrows(MagicException.class, () -> run("%load a.jsh b.jsh"));
    }
}
