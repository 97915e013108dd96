package dev.paramcount.kernel.execution;

import java.util.ArrayList;
import java.util.List;

/**
 * An exception thrown by the user's code, with the stack trace cut to the user's frames.
 * Named like IJava's, which reports runtime errors under the name {@code EvalException}.
 */
public final class EvalException extends Exception implements CellError {
    private static final long serialVersionUID = 1L;

    private final String exceptionClass;
    private final String detail;
    private final transient List<StackTraceElement[]> traces;
    private final transient List<String> causes;

    private EvalException(String exceptionClass, String detail, List<String> causes, List<StackTraceElement[]> traces) {
        super(describe(exceptionClass, detail), null, false, false);
        this.exceptionClass = exceptionClass;
        this.detail = detail;
        this.causes = causes;
        this.traces = traces;
    }

    /** From JShell's report of an exception thrown inside a snippet (with its causes). */
    static EvalException fromJShell(jdk.jshell.EvalException e) {
        List<String> causes = new ArrayList<>();
        List<StackTraceElement[]> traces = new ArrayList<>();
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            String name = t instanceof jdk.jshell.EvalException
                    ? ((jdk.jshell.EvalException) t).getExceptionClassName()
                    : t.getClass().getName();
            causes.add(describe(name, t.getMessage()));
            traces.add(StackTraces.trim(t.getStackTrace()));
        }
        return new EvalException(e.getExceptionClassName(), e.getMessage(), causes, traces);
    }

    /** From an exception the user's code threw outside a snippet, e.g. in {@code toString()}. */
    public static EvalException fromThrowable(String context, Throwable e) {
        List<String> causes = new ArrayList<>();
        List<StackTraceElement[]> traces = new ArrayList<>();
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            causes.add(describe(t.getClass().getName(), t.getMessage()));
            traces.add(StackTraces.trim(t.getStackTrace()));
        }
        causes.set(0, context + ": " + causes.get(0));
        return new EvalException(e.getClass().getName(), e.getMessage(), causes, traces);
    }

    public String exceptionClass() {
        return exceptionClass;
    }

    public String detail() {
        return detail;
    }

    @Override
    public List<String> traceback() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < causes.size(); i++) {
            lines.add(i == 0 ? Ansi.boldRed(causes.get(i)) : "Caused by: " + causes.get(i));
            lines.addAll(StackTraces.format(traces.get(i)));
        }
        return lines;
    }

    private static String describe(String exceptionClass, String message) {
        return message == null ? exceptionClass : exceptionClass + ": " + message;
    }
}
