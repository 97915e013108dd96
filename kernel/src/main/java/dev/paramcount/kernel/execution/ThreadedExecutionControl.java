package dev.paramcount.kernel.execution;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's execution engine for the kernel: snippets run in this JVM (so the notebook can hand
 * real objects to the renderer) on the {@link ExecutionThread}, never on the thread that talks
 * to Jupyter.
 *
 * <p>JShell only sees a snippet's value as a string. Each {@link #invoke(Method)} therefore
 * keeps the real object and gives JShell a key instead; the evaluator trades the key back
 * with {@link #takeResult(String)}. JShell also swallows a stopped invocation without a trace,
 * so the stop is recorded here for the evaluator to report.
 *
 * <p>Everything but {@link #stop()} is called on the evaluator's thread, inside
 * {@code JShell.eval}, so the bookkeeping needs no locking.
 */
final class ThreadedExecutionControl extends DirectExecutionControl {
    private static final String KEY_PREFIX = "\u0000paramcount-result-";

    private final ExecutionThread thread;
    private final Map<String, Object> results = new HashMap<>();
    private long lastKey;
    private boolean stopped;

    ThreadedExecutionControl(SnippetLoaderDelegate loaderDelegate, ExecutionThread thread) {
        super(loaderDelegate);
        this.thread = thread;
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        Object value;
        try {
            value = thread.call(() -> doit.invoke(null));
        } catch (ExecutionThread.StoppedException e) {
            stopped = true;
            throw new ExecutionControl.StoppedException();
        }
        String key = KEY_PREFIX + (++lastKey);
        results.put(key, value);
        return key;
    }

    @Override
    public void stop() {
        thread.stop();
    }

    /** The object an invocation returned, given the value string JShell reported for it. */
    Object takeResult(String key) {
        return results.remove(key);
    }

    /** Forgets values nobody asked for (declarations, statements), so they can be collected. */
    void clearResults() {
        results.clear();
    }

    /** Whether an invocation was stopped since the last call; resets the flag. */
    boolean takeStopped() {
        boolean was = stopped;
        stopped = false;
        return was;
    }

    /** Hands JShell the one, already built, control. */
    static ExecutionControlProvider providerOf(ThreadedExecutionControl control) {
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "paramcount";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return control;
            }
        };
    }
}
