package dev.paramcount.kernel.execution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackTracesTest {
    private static StackTraceElement frame(String cls, String method, String file, int line) {
        return new StackTraceElement(cls, method, file, line);
    }

    private static final StackTraceElement LIBRARY = frame("java.util.ArrayList", "get", "ArrayList.java", 427);
    private static final StackTraceElement USER_METHOD = frame("", "pick", "#12", 2);
    private static final StackTraceElement USER_CELL = frame("", "do_it$", "#13", 1);
    private static final StackTraceElement REFLECTION = frame("jdk.internal.reflect.NativeMethodAccessorImpl", "invoke0", null, -2);
    private static final StackTraceElement METHOD = frame("java.lang.reflect.Method", "invoke", "Method.java", 568);
    private static final StackTraceElement KERNEL = frame("dev.paramcount.kernel.execution.ExecutionThread", "runOne", "ExecutionThread.java", 140);

    @Test
    void cutsEverythingBelowTheOutermostSnippetFrame() {
        StackTraceElement[] trace = {LIBRARY, USER_METHOD, USER_CELL, REFLECTION, METHOD, KERNEL};
        assertArrayEquals(new StackTraceElement[] {LIBRARY, USER_METHOD, USER_CELL}, StackTraces.trim(trace));
    }

    @Test
    void recognisesSnippetFramesJShellHasNotRewritten() {
        StackTraceElement wrapper = frame("REPL.$JShell$13", "do_it$", "$JShell$13.java", 4);
        assertArrayEquals(new StackTraceElement[] {LIBRARY, wrapper}, StackTraces.trim(new StackTraceElement[] {LIBRARY, wrapper, METHOD}));
    }

    @Test
    void withoutSnippetFramesCutsAtTheKernelOrReflection() {
        StackTraceElement userToString = frame("demo.Widget", "toString", "Widget.java", 9);
        StackTraceElement valueOf = frame("java.lang.String", "valueOf", "String.java", 4220);
        StackTraceElement renderer = frame("io.github.spencerpark.jupyter.kernel.display.Renderer", "render", "Renderer.java", 90);
        assertArrayEquals(new StackTraceElement[] {userToString, valueOf},
                StackTraces.trim(new StackTraceElement[] {userToString, valueOf, renderer, KERNEL}));
    }

    @Test
    void formatsSnippetFramesLikeJShell() {
        assertEquals(List.of("\tat pick (#12:2)", "\tat (#13:1)", "\tat java.util.ArrayList.get(ArrayList.java:427)"),
                StackTraces.format(new StackTraceElement[] {USER_METHOD, USER_CELL, LIBRARY}));
    }
}
