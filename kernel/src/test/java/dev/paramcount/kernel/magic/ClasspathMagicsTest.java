package dev.paramcount.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathMagicsTest {
    @TempDir
    Path dir;
    private final List<String> classpath = new ArrayList<>();
    private Magics magics;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("libs"));
        jar(dir.resolve("libs/b.jar"));
        jar(dir.resolve("libs/a.jar"));
        Files.writeString(dir.resolve("libs/notes.txt"), "not a jar");
        Files.createDirectories(dir.resolve("classes"));
        magics = new Magics();
        new ClasspathMagics(dir, classpath::add).registerIn(magics);
    }

    private static void jar(Path path) throws Exception {
        new JarOutputStream(Files.newOutputStream(path)).close(); // an empty but valid jar
    }

    private void run(String line) throws Exception {
        magics.runLine(MagicCall.lineMagic(line, 1).orElseThrow());
    }

    @Test
    void jarsExpandsGlobsRelativeToTheWorkingDirectory() throws Exception {
        run("%jars libs/*.jar");
        assertEquals(List.of(dir.resolve("libs/a.jar").toString(), dir.resolve("libs/b.jar").toString()), classpath);
    }

    @Test
    void jarsTakesSeveralPathsAndAddsEachOnce() throws Exception {
        run("%jars libs/b.jar libs/*.jar");
        run("%jars libs/a.jar");
        assertEquals(List.of(dir.resolve("libs/b.jar").toString(), dir.resolve("libs/a.jar").toString()), classpath);
    }

    @Test
    void aDirectoryGivenToJarsMeansTheJarsInIt() throws Exception {
        run("%jars libs");
        assertEquals(2, classpath.size());
    }

    @Test
    void aMissingJarIsAClearErrorAndNothingIsAdded() {
        MagicException e = assertThrows(MagicException.class, () -> run("%jars libs/a.jar ../lib/target/missing.jar"));
        assertEquals("%jars: \"../lib/target/missing.jar\" does not exist", e.getMessage());
        assertTrue(e.traceback().get(1).contains(dir.toAbsolutePath().normalize().toString()), e.traceback().toString());
        assertTrue(classpath.isEmpty(), "all arguments are checked before any is added");
    }

    @Test
    void aGlobThatMatchesNothingSaysSo() {
        MagicException e = assertThrows(MagicException.class, () -> run("%jars nowhere/*.jar"));
        assertEquals("%jars: nothing matches \"nowhere/*.jar\"", e.getMessage());
    }

    @Test
    void aFileThatIsNotAJarIsRejected() {
        MagicException e = assertThrows(MagicException.class, () -> run("%jars libs/notes.txt"));
        assertTrue(e.getMessage().contains("is not a readable jar file"), e.getMessage());
    }

    @Test
    void jarsWithoutArgumentsExplainsItself() {
        MagicException e = assertThrows(MagicException.class, () -> run("%jars"));
        assertEquals("%jars: needs at least one path or glob", e.getMessage());
    }

    @Test
    void classpathAddsDirectoriesAsThemselves() throws Exception {
        run("%classpath classes libs/a.jar");
        assertEquals(List.of(dir.resolve("classes").toString(), dir.resolve("libs/a.jar").toString()), classpath);
    }
}
