package dev.paramcount.kernel.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * Which exits the guard refuses. (The guard itself is a JVM-wide security manager; the kernel
 * tests in tests/kernel and tests/faults install it for real.)
 */
class ExitGuardTest {
    /** A class to define again inside a snippet loader, as a stand-in for a cell's class. */
    static final class Probe {
    }

    /** {@link Probe}'s bytecode defined by a {@link SnippetClassLoader}, as JShell defines a snippet's class. */
    private static Class<?> notebookClass(SnippetClassLoader loader) throws Exception {
        String name = Probe.class.getName();
        try (InputStream in = Probe.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            assertNotNull(in);
            loader.declare(name, in.readAllBytes());
        }
        Class<?> c = loader.loadClass(name);
        assertEquals(loader, c.getClassLoader());
        return c;
    }

    private static SnippetClassLoader snippetLoader() {
        // The platform loader as parent, so the test's own copy of Probe stays out of the way.
        return new SnippetClassLoader(ClassLoader.getPlatformClassLoader());
    }

    @Test
    void theKernelsOwnExitsGoThrough() {
        assertNull(ExitGuard.refusal(false, new Class<?>[] {ExitGuard.class, Runtime.class, ExitGuardTest.class},
                "System.exit(0)"));
    }

    @Test
    void anExitOnTheCellThreadIsRefusedWithWhatToDoInstead() {
        String refusal = ExitGuard.refusal(true, new Class<?>[] {Runtime.class}, "System.exit(0)");
        assertEquals("System.exit(0) was not run: it would end the kernel, and every variable with it. "
                + "The kernel keeps running; to start afresh, use Kernel \u2192 Restart Kernel.", refusal);
    }

    @Test
    void anExitWithNotebookCodeOnTheStackIsRefusedOnAnyThread() throws Exception {
        Class<?> cell = notebookClass(snippetLoader());
        assertTrue(ExitGuard.isNotebookClass(cell));
        String refusal = ExitGuard.refusal(false, new Class<?>[] {Runtime.class, Thread.class, cell}, "Runtime.getRuntime().halt(3)");
        assertTrue(refusal.startsWith("Runtime.getRuntime().halt(3) was not run"), refusal);
    }

    @Test
    void classesOfLoadersANotebookBuildsOnItsOwnCountAsNotebookCode() throws Exception {
        SnippetClassLoader snippets = snippetLoader();
        Class<?> cell = notebookClass(snippets);
        try (URLClassLoader child = new URLClassLoader(new URL[0], snippets)) {
            assertTrue(ExitGuard.isNotebookClass(Class.forName(cell.getName(), false, child)));
        }
        assertFalse(ExitGuard.isNotebookClass(ExitGuardTest.class));
        assertFalse(ExitGuard.isNotebookClass(String.class));
    }

    @Test
    void theRefusalsTraceStartsAtTheCallersOfExit() {
        StackTraceElement[] frames = {
            new StackTraceElement(ExitGuard.class.getName(), "checkExit", "ExitGuard.java", 60),
            new StackTraceElement("java.lang.Runtime", "exit", "Runtime.java", 113),
            new StackTraceElement("java.lang.System", "exit", "System.java", 1877),
            new StackTraceElement("REPL.$JShell$12", "do_it$", "#12", 1),
        };
        StackTraceElement[] kept = ExitGuard.callersOfExit(frames);
        assertEquals(1, kept.length);
        assertEquals("do_it$", kept[0].getMethodName());
    }

    @Test
    void onlyTheExecutionThreadIsACellThread() throws Exception {
        ExecutionThread execution = new ExecutionThread(getClass().getClassLoader());
        assertTrue(execution.call(() -> ExecutionThread.isCellThread(Thread.currentThread())));
        assertFalse(ExecutionThread.isCellThread(Thread.currentThread()));
    }
}
