package dev.paramcount.kernel.execution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the kernel's machinery out of a user exception's stack trace and prints the rest the way
 * JShell does, so the trace ends at the user's own code.
 */
public final class StackTraces {
    /** JShell compiles every snippet into a class in this package. */
    static final String SNIPPET_PACKAGE = "REPL.";
    private static final String SNIPPET_METHOD = "do_it$";

    /** Where user code stops and the machinery that called it begins, when no snippet frame is seen. */
    private static final List<String> MACHINERY = List.of(
            "dev.paramcount.kernel.",
            "io.github.spencerpark.",
            "jdk.internal.reflect.",
            "java.lang.reflect.Method.",
            "jdk.jshell.");

    private StackTraces() {
    }

    /**
     * The frames that belong to the user: everything up to the outermost snippet frame, or when
     * the trace never reached a snippet (a {@code toString} called while rendering), everything
     * above the first frame of the kernel or of reflection.
     */
    public static StackTraceElement[] trim(StackTraceElement[] frames) {
        for (int i = frames.length - 1; i >= 0; i--) {
            if (isSnippet(frames[i])) {
                return Arrays.copyOf(frames, i + 1);
            }
        }
        for (int i = 0; i < frames.length; i++) {
            if (isMachinery(frames[i])) {
                return Arrays.copyOf(frames, i);
            }
        }
        return frames.clone();
    }

    /** One line per frame, tab-indented; snippet frames read like JShell's {@code at f (#3:2)}. */
    public static List<String> format(StackTraceElement[] frames) {
        List<String> lines = new ArrayList<>(frames.length);
        for (StackTraceElement frame : frames) {
            lines.add("\tat " + describe(frame));
        }
        return lines;
    }

    static String describe(StackTraceElement frame) {
        if (!isSnippet(frame)) {
            return frame.toString();
        }
        String name = frame.getMethodName();
        String method = name.isEmpty() || SNIPPET_METHOD.equals(name) ? "" : name + " ";
        String file = frame.getFileName() == null ? "?" : frame.getFileName();
        return method + "(" + file + (frame.getLineNumber() >= 0 ? ":" + frame.getLineNumber() : "") + ")";
    }

    /**
     * A frame of a snippet: JShell reports those with an empty class name and the snippet id as
     * the file ({@code #12}); frames it has not rewritten still carry the wrapper class.
     */
    private static boolean isSnippet(StackTraceElement frame) {
        String file = frame.getFileName();
        return frame.getClassName().startsWith(SNIPPET_PACKAGE)
                || (frame.getClassName().isEmpty() && file != null && file.startsWith("#"));
    }

    private static boolean isMachinery(StackTraceElement frame) {
        String name = frame.getClassName() + ".";
        for (String prefix : MACHINERY) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
