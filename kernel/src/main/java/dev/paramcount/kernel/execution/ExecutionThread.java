package dev.paramcount.kernel.execution;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one long-lived thread all user code runs on, and the way to stop it.
 *
 * <p>Stopping first interrupts the thread, which ends sleeps, waits and interruptible I/O
 * cleanly. Code that ignores interrupts (a busy {@code while (true) {}}) gets
 * {@link Thread#stop()} after {@link #GRACE_MILLIS}, repeated while it keeps running, since user
 * code may catch the {@code ThreadDeath}. That is the only way to end a busy loop in a JVM that
 * must survive it; it works up to Java 19 (later JVMs refuse, see {@link #escalate}).
 *
 * <p>The thread is deliberately not an executor worker: a stop that arrives a moment after the
 * user code returned lands in this class's own bookkeeping, and {@link #loop()} absorbs it so
 * the caller is always released and the thread lives on.
 */
public final class ExecutionThread {
    /** How long interruptible code gets to finish on its own before the thread is stopped. */
    static final long GRACE_MILLIS = 50;
    private static final long RETRY_MILLIS = 250;
    private static final long LIVENESS_CHECK_MILLIS = 50;

    private final ClassLoader contextLoader;
    private final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();
    private final ScheduledExecutorService stopper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "paramcount-stopper");
        t.setDaemon(true);
        return t;
    });
    private volatile Thread thread;
    private volatile Invocation current;
    private volatile boolean cellRunning;
    /** A stop that arrived while the cell was between invocations (compiling, say). */
    private volatile boolean stopPending;
    private volatile boolean stopUnsupportedReported;

    public ExecutionThread(ClassLoader contextLoader) {
        this.contextLoader = contextLoader;
        this.thread = startThread();
    }

    /**
     * Runs {@code body} on the execution thread and waits for it.
     *
     * @throws StoppedException if {@link #stop()} was called while it ran
     * @throws Exception        whatever {@code body} threw
     */
    public <T> T call(Callable<T> body) throws Exception {
        Invocation invocation = new Invocation(body);
        invocation.stopRequested = stopPending;
        current = invocation;
        try {
            ensureAlive();
            queue.put(invocation);
            while (!invocation.done.await(LIVENESS_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) { // only if a stop escaped loop(); never leave the caller hanging
                    invocation.failure = new IllegalStateException("the execution thread died");
                    break;
                }
            }
        } finally {
            current = null;
        }
        if (invocation.stopRequested) {
            throw new StoppedException();
        }
        Throwable failure = invocation.failure;
        if (failure instanceof Exception) {
            throw (Exception) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        @SuppressWarnings("unchecked")
        T result = (T) invocation.result;
        return result;
    }

    /**
     * Marks the start of a cell: from now until {@link #cellEnded()} a stop request also applies
     * to the cell's invocations that have not started yet.
     */
    public void cellStarted() {
        stopPending = false;
        cellRunning = true;
    }

    public void cellEnded() {
        cellRunning = false;
        stopPending = false;
    }

    /**
     * Asks the running code to stop; returns at once. Safe to call from any thread. Between
     * invocations of a running cell (while JShell compiles the next snippet) it makes the cell's
     * next invocation stop before it starts, so an early interrupt is not lost.
     */
    public void stop() {
        if (cellRunning) {
            stopPending = true;
        }
        Invocation invocation = current;
        if (invocation == null || invocation.finished) {
            return;
        }
        boolean repeated = invocation.stopRequested;
        invocation.stopRequested = true;
        thread.interrupt();
        // A second interrupt request from an impatient user skips the grace period.
        stopper.schedule(() -> escalate(invocation), repeated ? 0 : GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void escalate(Invocation invocation) {
        if (invocation.finished || current != invocation) {
            return;
        }
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            if (!stopUnsupportedReported) {
                stopUnsupportedReported = true;
                System.err.println("paramcount-kernel: this Java (" + Runtime.version()
                        + ") cannot stop code that ignores interrupts; run the kernel on Java 17 to stop busy loops");
            }
            return;
        }
        stopper.schedule(() -> escalate(invocation), RETRY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void ensureAlive() {
        if (!thread.isAlive()) {
            thread = startThread();
        }
    }

    /** Whether {@code t} is a thread that runs cells (for {@link ExitGuard}). */
    static boolean isCellThread(Thread t) {
        return t instanceof CellThread;
    }

    private Thread startThread() {
        Thread t = new CellThread(this::loop);
        t.setDaemon(true);
        t.setContextClassLoader(contextLoader);
        t.start();
        return t;
    }

    private void loop() {
        while (true) {
            Invocation invocation = null;
            try {
                invocation = queue.take();
                runOne(invocation);
            } catch (InterruptedException e) {
                // An interrupt meant for a cell that had already ended.
            } catch (ThreadDeath late) {
                // A stop that arrived after the user code returned: release the caller, carry on.
                if (invocation != null) {
                    invocation.finish();
                }
            }
        }
    }

    private static void runOne(Invocation invocation) {
        try {
            if (!invocation.stopRequested) {
                Thread.interrupted(); // a stale interrupt from an earlier stop must not hit this cell
                invocation.result = invocation.body.call();
            }
        } catch (Throwable t) {
            invocation.failure = t;
        } finally {
            invocation.finish();
        }
    }

    /** The execution thread's own class, so that it can be recognised whatever its name. */
    private static final class CellThread extends Thread {
        CellThread(Runnable body) {
            super(body, "paramcount-exec");
        }
    }

    private static final class Invocation {
        final Callable<?> body;
        final CountDownLatch done = new CountDownLatch(1);
        volatile Object result;
        volatile Throwable failure;
        volatile boolean stopRequested;
        volatile boolean finished;

        Invocation(Callable<?> body) {
            this.body = body;
        }

        void finish() {
            finished = true;
            done.countDown();
        }
    }

    /** The code was stopped on the user's request. */
    public static final class StoppedException extends Exception {
        private static final long serialVersionUID = 1L;

        StoppedException() {
            super("stopped on request", null, false, false);
        }
    }
}
