package dev.paramcount.kernel.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutionThreadTest {
    private final ClassLoader loader = new ClassLoader() { };
    private final ExecutionThread thread = new ExecutionThread(loader);
    private final ScheduledExecutorService caller = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void tearDown() {
        caller.shutdownNow();
    }

    @Test
    void runsOnOneNamedThreadWithTheSnippetLoaderAsContext() throws Exception {
        Thread first = thread.call(Thread::currentThread);
        assertSame(first, thread.call(Thread::currentThread));
        assertEquals("paramcount-exec", first.getName());
        assertSame(loader, thread.call(() -> Thread.currentThread().getContextClassLoader()));
    }

    @Test
    void passesExceptionsThrough() {
        IOException e = assertThrows(IOException.class, () -> thread.call(() -> {
            throw new IOException("disk");
        }));
        assertEquals("disk", e.getMessage());
    }

    /** Starts {@code body}, waits until it is running, stops it; returns how long the stop took. */
    private Duration stopWhileRunning(CountDownLatch running, java.util.concurrent.Callable<Object> body) throws Exception {
        Future<Throwable> outcome = caller.submit(() -> {
            try {
                thread.call(body);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        assertTrue(running.await(10, TimeUnit.SECONDS));
        long start = System.nanoTime();
        thread.stop();
        Throwable thrown = outcome.get(10, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(thrown instanceof ExecutionThread.StoppedException, "stopped, got " + thrown);
        return took;
    }

    @Test
    void stopsASleepingLoopByInterruptingIt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        stopWhileRunning(running, () -> {
            running.countDown();
            try {
                while (true) {
                    Thread.sleep(10);
                }
            } catch (Throwable t) {
                ended.set(t);
                throw t;
            }
        });
        assertTrue(ended.get() instanceof InterruptedException, "ended by an interrupt, not a stop: " + ended.get());
    }

    @Test
    void stopsABusyLoopThatIgnoresInterrupts() throws Exception {
        AtomicBoolean spin = new AtomicBoolean(true);
        CountDownLatch running = new CountDownLatch(1);
        Duration took = stopWhileRunning(running, () -> {
            running.countDown();
            long n = 0;
            while (spin.get()) {
                n++;
            }
            return n;
        });
        assertTrue(took.toMillis() < 2000, "took " + took);
    }

    @Test
    void keepsStoppingCodeThatCatchesTheStop() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<Integer> caught = new AtomicReference<>(0);
        stopWhileRunning(running, () -> {
            running.countDown();
            while (caught.get() < 2) {
                try {
                    while (true) {
                        Thread.onSpinWait();
                    }
                } catch (Throwable t) {
                    caught.set(caught.get() + 1);
                }
            }
            while (true) {
                Thread.onSpinWait();
            }
        });
        assertEquals(2, caught.get());
    }

    @Test
    void theNextCallRunsNormallyAndIsNotInterrupted() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        stopWhileRunning(running, () -> {
            running.countDown();
            while (true) {
                Thread.onSpinWait();
            }
        });
        assertEquals("slept", thread.call(() -> {
            Thread.sleep(200);
            return "slept";
        }));
    }

    @Test
    void aStopBetweenInvocationsOfACellStopsItsNextInvocation() throws Exception {
        thread.cellStarted();
        assertEquals(1, thread.call(() -> 1));
        thread.stop(); // as if JShell were compiling the cell's next snippet
        AtomicBoolean ran = new AtomicBoolean();
        assertThrows(ExecutionThread.StoppedException.class, () -> thread.call(() -> ran.getAndSet(true)));
        assertEquals(false, ran.get());
        thread.cellEnded();
        thread.cellStarted();
        assertEquals(2, thread.call(() -> 2), "the next cell starts afresh");
        thread.cellEnded();
    }

    @Test
    void stopWithNothingRunningIsHarmless() throws Exception {
        thread.stop();
        assertEquals(3, thread.call(() -> 1 + 2));
    }
}
