package dev.paramcount.kernel;

import io.github.spencerpark.jupyter.kernel.JupyterIO;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends what a running cell printed without a line break ({@code System.out.print("50%...")})
 * to the notebook every 100 ms instead of holding it until the next newline. Flushing goes
 * through the PrintStream, whose lock orders it with the cell's own writes.
 */
final class OutputFlusher {
    private static final long PERIOD_MILLIS = 100;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "paramcount-output");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> task;

    void start(JupyterIO io) {
        task = timer.scheduleWithFixedDelay(() -> flush(io), PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Stops the timer and sends what is left; called before the cell's reply. */
    void stop(JupyterIO io) {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        flush(io);
    }

    private static void flush(JupyterIO io) {
        io.out.flush();
        io.err.flush();
    }
}
