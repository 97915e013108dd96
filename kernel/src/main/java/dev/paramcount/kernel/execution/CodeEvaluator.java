package dev.paramcount.kernel.execution;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs Java source through JShell, one complete snippet at a time, and turns JShell's events
 * into a value or one of the {@link CellError}s.
 *
 * <p>JShell is not thread-safe, and besides the kernel's request thread the warm-up thread uses
 * it, so every use holds {@link #lock}. The lock is fair: a waiting request goes before the next
 * warm-up snippet.
 */
public final class CodeEvaluator {
    /** The imports every IJava notebook can rely on, plus our runtime helpers. */
    static final List<String> STARTUP = List.of(
            "import java.util.*;",
            "import java.io.*;",
            "import java.math.*;",
            "import java.net.*;",
            "import java.util.concurrent.*;",
            "import java.util.prefs.*;",
            "import java.util.regex.*;",
            "import static dev.paramcount.kernel.runtime.Display.*;",
            "import static dev.paramcount.kernel.runtime.Notebook.*;");

    /** How long after a request the warm-up keeps quiet, so it never competes with cells. */
    static final long WARM_UP_IDLE_MILLIS = 400;
    /**
     * Warming takes CPU from a client that runs cells straight away (nbclient, a benchmark);
     * it starts after the first cell, or after this long if no cell comes (a person reading).
     */
    static final long WARM_UP_DELAY_MILLIS = 2000;

    private final ReentrantLock lock = new ReentrantLock(true);
    private final long created = System.nanoTime();
    private volatile long lastRequest = created - WARM_UP_IDLE_MILLIS * 1_000_000L;
    private volatile boolean cellSeen;
    private final SnippetClassLoader loader;
    private final ExecutionThread executionThread;
    private final ThreadedExecutionControl control;
    private final List<String> compilerOptions;
    private final PrintStream log;
    private JShell shell;
    private SourceCodeAnalysis analysis;

    public CodeEvaluator(List<String> compilerOptions, PrintStream log) {
        this.loader = new SnippetClassLoader(CodeEvaluator.class.getClassLoader());
        this.executionThread = new ExecutionThread(loader);
        this.control = new ThreadedExecutionControl(new SnippetLoaderDelegate(loader), executionThread);
        this.compilerOptions = List.copyOf(compilerOptions);
        this.log = log;
    }

    /**
     * Evaluates every snippet in {@code code} in order, stopping at the first error.
     *
     * @param firstLine the cell line {@code code} starts on, for error messages (0 if unknown)
     * @return the value of the last snippet if it is an expression, else {@code null}
     */
    public Object eval(String code, int firstLine) throws Exception {
        lastRequest = System.nanoTime();
        lock.lock();
        try {
            started();
            Object last = null;
            String remaining = code;
            int line = firstLine;
            while (true) {
                CompletionInfo info = analysis.analyzeCompletion(remaining);
                if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                    return last;
                }
                if (!info.completeness().isComplete()) {
                    throw new IncompleteSourceException(remaining.strip());
                }
                String source = info.source();
                // The cell line of the snippet's first line, which may be a blank one JShell kept.
                String content = source.stripLeading();
                int start = Math.max(0, remaining.indexOf(content.lines().findFirst().orElse("")));
                int blankLead = countLines(source, source.length() - content.length());
                int snippetLine = line <= 0 ? 0 : line + countLines(remaining, start) - blankLead;
                last = evalSnippet(source, snippetLine);
                String rest = info.remaining();
                if (line > 0) {
                    line += countLines(remaining, remaining.length() - rest.length());
                }
                remaining = rest;
            }
        } finally {
            lastRequest = System.nanoTime();
            cellSeen = true;
            lock.unlock();
        }
    }

    private Object evalSnippet(String source, int firstLine) throws Exception {
        List<SnippetEvent> events = shell.eval(source);
        SnippetEvent event = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
        try {
            if (control.takeStopped()) {
                throw new EvaluationInterruptedException(source);
            }
            if (event == null) {
                return null;
            }
            JShellException thrown = event.exception();
            if (thrown instanceof jdk.jshell.EvalException) {
                throw EvalException.fromJShell((jdk.jshell.EvalException) thrown);
            }
            if (thrown instanceof UnresolvedReferenceException) {
                throw unresolved(source, firstLine, ((UnresolvedReferenceException) thrown).getSnippet());
            }
            if (thrown != null) {
                throw new IllegalStateException("JShell could not run the snippet: " + thrown.getMessage(), thrown);
            }
            Snippet snippet = event.snippet();
            if (!event.status().isDefined()) {
                throw rejected(source, firstLine, snippet);
            }
            return isValue(snippet) && event.value() != null ? control.takeResult(event.value()) : null;
        } finally {
            control.clearResults();
            if (event != null && event.snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                    && event.status().isDefined()) {
                // JShell keeps every expression's value as $1, $2, ...: each one pins its object
                // (a chart, a big array) and makes every later compile import one more variable,
                // so the kernel would get slower cell by cell. Notebooks never show those names.
                shell.drop(event.snippet());
            }
        }
    }

    private CompilationException rejected(String source, int firstLine, Snippet snippet) {
        List<SourceProblem> problems = shell.diagnostics(snippet)
                .filter(Diag::isError)
                .map(d -> new SourceProblem((int) d.getStartPosition(), (int) d.getEndPosition(),
                        (int) d.getPosition(), d.getMessage(Locale.ROOT)))
                .collect(Collectors.toList());
        if (problems.isEmpty() && snippet instanceof DeclarationSnippet) {
            return unresolved(source, firstLine, (DeclarationSnippet) snippet);
        }
        if (problems.isEmpty()) {
            problems = List.of(SourceProblem.withoutPosition("this code cannot be compiled"));
        }
        return new CompilationException(source, firstLine, problems);
    }

    private CompilationException unresolved(String source, int firstLine, DeclarationSnippet snippet) {
        List<String> missing = shell.unresolvedDependencies(snippet).collect(Collectors.toList());
        String message = snippet.name() + " cannot be used until "
                + (missing.isEmpty() ? "its dependencies are" : String.join(", ", missing) + (missing.size() == 1 ? " is" : " are"))
                + " declared";
        return new CompilationException(source, firstLine, List.of(SourceProblem.withoutPosition(message)));
    }

    /** Snippets whose value IJava shows as the cell's result: expressions, not declarations. */
    private static boolean isValue(Snippet snippet) {
        switch (snippet.subKind()) {
            case VAR_VALUE_SUBKIND:
            case OTHER_EXPRESSION_SUBKIND:
            case TEMP_VAR_EXPRESSION_SUBKIND:
                return true;
            default:
                return false;
        }
    }

    /** Brackets a cell, so that an interrupt while it compiles still stops it. */
    public void cellStarted() {
        executionThread.cellStarted();
    }

    public void cellEnded() {
        executionThread.cellEnded();
    }

    /** Runs {@code body} on the execution thread, so it can be interrupted like user code. */
    public <T> T onExecutionThread(Callable<T> body) throws Exception {
        return executionThread.call(body);
    }

    /** Adds a jar or directory to both the compiler's and the running code's class path. */
    public void addToClasspath(String path) {
        lock.lock();
        try {
            started().addToClasspath(path);
        } finally {
            lock.unlock();
        }
    }

    /** Stops the running code, if any. Called from the control thread, so it takes no lock. */
    public void stop() {
        executionThread.stop();
    }

    /** Runs {@code work} with JShell's source analysis, under the lock. */
    public <T> T analyze(AnalysisWork<T> work) {
        lastRequest = System.nanoTime();
        lock.lock();
        try {
            started();
            return work.apply(analysis);
        } finally {
            lastRequest = System.nanoTime();
            lock.unlock();
        }
    }

    /**
     * Starts JShell (its start-up imports included) on a background thread at once, then warms
     * its compiler so later cells do not pay for a cold, interpreted javac. Warming happens only
     * while the kernel is idle: not before {@link #WARM_UP_DELAY_MILLIS} or the first cell, and
     * never within {@link #WARM_UP_IDLE_MILLIS} of a request; each warm-up snippet takes the
     * (fair) lock on its own, so a request waits for one snippet at most.
     */
    public void startWarmUp(List<String> snippets, int rounds) {
        Thread t = new Thread(() -> {
            try {
                lock.lock();
                try {
                    started();
                } finally {
                    lock.unlock();
                }
                while (!cellSeen && System.nanoTime() - created < WARM_UP_DELAY_MILLIS * 1_000_000L) {
                    Thread.sleep(50);
                }
                for (int round = 0; round < rounds; round++) {
                    warmUpRound(snippets);
                }
            } catch (RuntimeException | LinkageError e) {
                log.println("paramcount-kernel: warm-up failed (the kernel still works, just slower at first): " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "paramcount-warmup");
        t.setDaemon(true);
        t.start();
    }

    /** One warm-up round, now, on this thread: for training the class-data archive. */
    public void warmUpNow(List<String> snippets) throws InterruptedException {
        warmUpRound(snippets);
    }

    private void awaitIdle() throws InterruptedException {
        while (System.nanoTime() - lastRequest < WARM_UP_IDLE_MILLIS * 1_000_000L || lock.hasQueuedThreads()) {
            Thread.sleep(WARM_UP_IDLE_MILLIS / 4);
        }
    }

    private void warmUpRound(List<String> snippets) throws InterruptedException {
        List<Snippet> made = new ArrayList<>();
        for (String source : snippets) {
            awaitIdle();
            lock.lock();
            try {
                for (SnippetEvent e : started().eval(source)) {
                    if (e.causeSnippet() == null) {
                        made.add(e.snippet());
                    }
                }
                control.clearResults();
                control.takeStopped();
            } finally {
                lock.unlock();
            }
        }
        awaitIdle();
        lock.lock();
        try {
            analysis.completionSuggestions("Math.ma", 7, new int[1]);
            for (int i = made.size() - 1; i >= 0; i--) {
                shell.drop(made.get(i));
            }
        } finally {
            lock.unlock();
        }
    }

    private JShell started() {
        if (shell != null) {
            return shell;
        }
        try {
            shell = JShell.builder()
                    .executionEngine(ThreadedExecutionControl.providerOf(control), Map.of())
                    .compilerOptions(compilerOptions.toArray(String[]::new))
                    .out(log)
                    .err(log)
                    .build();
        } catch (IllegalStateException | LinkageError e) {
            throw new IllegalStateException("cannot start JShell (the kernel needs a full JDK 17 or newer): " + e, e);
        }
        analysis = shell.sourceCodeAnalysis();
        for (String source : STARTUP) {
            for (SnippetEvent e : shell.eval(source)) {
                if (e.causeSnippet() == null && !e.status().isDefined()) {
                    log.println("paramcount-kernel: start-up snippet failed: " + source);
                }
            }
        }
        return shell;
    }

    private static int countLines(String s, int end) {
        int n = 0;
        for (int i = 0; i < end && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Something to do with JShell's source analysis while holding the lock. */
    @FunctionalInterface
    public interface AnalysisWork<T> {
        T apply(SourceCodeAnalysis analysis);
    }
}
