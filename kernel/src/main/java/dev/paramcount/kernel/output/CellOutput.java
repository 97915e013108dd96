package dev.paramcount.kernel.output;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a running cell prints and displays, on its way to the notebook.
 *
 * <p>Writes to {@link #out()} and {@link #err()} (any thread) only append to one ordered queue;
 * consecutive text of the same stream becomes one entry. A daemon thread, never user code,
 * publishes the queue: {@link #periodMillis} after the first unsent write (so text printed
 * without a newline appears within that time), at once for a display or when much text is
 * waiting, and for the last time in {@link #close()}, before the cell's reply. A cell therefore
 * sends about one stream message per period instead of one per {@code print} (a {@code printf}
 * alone used to be several), stdout and stderr keep their relative order, and displays stay
 * between the text printed around them.
 *
 * <p>Nothing here is ever done by the cell's thread except appending under a short lock, so a
 * {@code Thread.stop()} that lands in a {@code print} can neither tear a message nor leave a
 * socket half-written: a line printed with one call is either queued whole or not at all.
 */
public final class CellOutput {
    /** The two output streams of a cell. */
    public enum Stream { STDOUT, STDERR }

    /** Where the text goes: one call, one stream message. Called from one thread at a time. */
    @FunctionalInterface
    public interface Sink {
        void stream(Stream stream, String text);
    }

    /** The default period: output shows at most this long after it was printed. */
    public static final long PERIOD_MILLIS = 100;
    /** Queued text beyond which it is sent at once rather than at the end of the period. */
    static final int SEND_NOW_CHARS = 128 * 1024;
    /** Queued text beyond which writers wait for the queue to be sent. */
    static final int WRITERS_WAIT_CHARS = 512 * 1024;

    private final Sink sink;
    private final long periodMillis;
    private final int sendNowChars;
    private final int writersWaitChars;
    private final PrintStream log;
    private final NotebookPrintStream out;
    private final NotebookPrintStream err;
    private final Thread sender;

    private final Object lock = new Object();
    /** Held while a batch is taken from the queue and sent, so batches go out in order. */
    private final Object sendLock = new Object();

    // Guarded by lock.
    private final List<Object> queue = new ArrayList<>(); // Text or Runnable, in order
    private Text last;
    private int queuedChars;
    private boolean open;
    private boolean dueSet;
    private long due; // System.nanoTime() by which the queue is sent
    private boolean urgent;
    private long queuedSeq;
    private long sentSeq;
    private final Utf8Assembler[] bytes = {new Utf8Assembler(), new Utf8Assembler()};

    public CellOutput(Sink sink, PrintStream log) {
        this(sink, PERIOD_MILLIS, SEND_NOW_CHARS, WRITERS_WAIT_CHARS, log);
    }

    CellOutput(Sink sink, long periodMillis, int sendNowChars, int writersWaitChars, PrintStream log) {
        this.sink = sink;
        this.periodMillis = periodMillis;
        this.sendNowChars = sendNowChars;
        this.writersWaitChars = writersWaitChars;
        this.log = log;
        this.out = new NotebookPrintStream(this, Stream.STDOUT);
        this.err = new NotebookPrintStream(this, Stream.STDERR);
        this.sender = new Thread(this::sendLoop, "paramcount-output");
        sender.setDaemon(true);
        sender.start();
    }

    /** The cell's {@code System.out}; the same object for every cell. */
    public PrintStream out() {
        return out;
    }

    /** The cell's {@code System.err}; the same object for every cell. */
    public PrintStream err() {
        return err;
    }

    /** {@code in} that first sends what was printed, so a prompt shows before the input box. */
    public InputStream promptingInput(InputStream in) {
        return new PromptingInputStream(in, this);
    }

    /** A cell starts: output is accepted from now on. */
    public void open() {
        synchronized (lock) {
            discardLocked();
            open = true;
        }
    }

    /**
     * The cell has ended: sends everything still queued and returns when it is sent. Output
     * written after this (by threads the cell left running) is dropped, as it would be after
     * the reply. Must not be called from a thread that may be stopped.
     */
    public void close() {
        synchronized (lock) {
            open = false;
            for (Stream stream : Stream.values()) {
                appendLocked(stream, bytes[stream.ordinal()].rest());
            }
            lock.notifyAll(); // writers waiting for room
        }
        sendQueued();
    }

    /** Queues {@code text}; it is sent with the text around it. */
    void write(Stream stream, String text) {
        if (text.isEmpty()) {
            return;
        }
        synchronized (lock) {
            if (!awaitRoomLocked()) {
                return;
            }
            Utf8Assembler pending = bytes[stream.ordinal()];
            if (pending.hasRest()) { // bytes that never became a character come first, as U+FFFD
                appendLocked(stream, pending.rest());
            }
            appendLocked(stream, text);
        }
    }

    /** Queues UTF-8 bytes; a character split across writes is queued once it is complete. */
    void write(Stream stream, byte[] b, int off, int len) {
        if (len == 0) {
            return;
        }
        synchronized (lock) {
            if (!awaitRoomLocked()) {
                return;
            }
            appendLocked(stream, bytes[stream.ordinal()].decode(b, off, len));
        }
    }

    /**
     * Queues {@code action} (publishing a display) after the text written so far; it runs on the
     * sending thread, soon. Dropped when no cell is running, as a display outside a cell is.
     */
    public void publishInOrder(Runnable action) {
        synchronized (lock) {
            if (!open) {
                return;
            }
            queue.add(action);
            last = null;
            queuedSeq++;
            urgent = true;
            lock.notifyAll();
        }
    }

    /** Waits until what was written before this call has been sent (or the cell has ended). */
    void awaitSent() {
        synchronized (lock) {
            long target = queuedSeq;
            if (!open || sentSeq >= target || Thread.currentThread() == sender) {
                return;
            }
            if (!queue.isEmpty()) { // else it is being sent right now
                urgent = true;
                lock.notifyAll();
            }
            while (open && sentSeq < target) {
                try {
                    lock.wait(periodMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Waits while the queue is over its limit, so a cell printing flat out cannot outrun the
     * sending thread: memory and message size stay bounded, and an interrupted cell has little
     * left to send. An interrupt does not end the wait (the sender frees room within
     * milliseconds); it is kept for the user's code to see. @return whether to queue the write
     */
    private boolean awaitRoomLocked() {
        boolean interrupted = false;
        while (open && queuedChars >= writersWaitChars && Thread.currentThread() != sender) {
            urgent = true;
            lock.notifyAll();
            try {
                lock.wait(periodMillis);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return open;
    }

    private void appendLocked(Stream stream, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (last == null || last.stream != stream) {
            last = new Text(stream);
            queue.add(last);
        }
        last.text.append(text);
        queuedChars += text.length();
        queuedSeq++;
        if (!dueSet) {
            dueSet = true;
            due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(periodMillis);
            lock.notifyAll(); // the sender sleeps until something is queued
        }
        if (queuedChars >= sendNowChars && !urgent) {
            urgent = true;
            lock.notifyAll();
        }
    }

    private void discardLocked() {
        queue.clear();
        last = null;
        queuedChars = 0;
        dueSet = false;
        urgent = false;
        sentSeq = queuedSeq;
        for (Utf8Assembler b : bytes) {
            b.rest();
        }
    }

    private void sendLoop() {
        while (true) {
            try {
                synchronized (lock) {
                    while (!isDueLocked()) {
                        long waitNanos = dueSet ? due - System.nanoTime() : 0;
                        if (dueSet && waitNanos <= 0) {
                            break;
                        }
                        lock.wait(dueSet ? Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitNanos)) : 0);
                    }
                }
                sendQueued();
            } catch (InterruptedException e) {
                // nobody interrupts this thread; carry on
            } catch (RuntimeException | Error e) {
                log.println("paramcount-kernel: sending output failed: " + e);
            }
        }
    }

    private boolean isDueLocked() {
        return !queue.isEmpty() && (urgent || (dueSet && due - System.nanoTime() <= 0));
    }

    /** Takes everything queued and sends it, in order with any batch being sent right now. */
    private void sendQueued() {
        synchronized (sendLock) {
            List<Object> batch;
            long seq;
            synchronized (lock) {
                seq = queuedSeq;
                if (queue.isEmpty()) {
                    sentSeq = seq;
                    urgent = false;
                    lock.notifyAll();
                    return;
                }
                batch = new ArrayList<>(queue);
                queue.clear();
                last = null;
                queuedChars = 0;
                dueSet = false;
                urgent = false;
                lock.notifyAll(); // writers waiting for room
            }
            for (Object item : batch) {
                try {
                    if (item instanceof Text) {
                        Text text = (Text) item;
                        if (text.text.length() > 0) {
                            sink.stream(text.stream, text.text.toString());
                        }
                    } else {
                        ((Runnable) item).run();
                    }
                } catch (RuntimeException | LinkageError e) {
                    log.println("paramcount-kernel: could not send output: " + e);
                }
            }
            synchronized (lock) {
                sentSeq = Math.max(sentSeq, seq);
                lock.notifyAll();
            }
        }
    }

    /** A run of text of one stream: one stream message. */
    private static final class Text {
        final Stream stream;
        final StringBuilder text = new StringBuilder();

        Text(Stream stream) {
            this.stream = stream;
        }
    }
}
