package dev.paramcount.kernel.output;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A cell's {@code System.out} or {@code System.err}. Every call hands its whole text to the
 * {@link CellOutput} queue in one piece: {@code printf} formats the complete string first, and
 * {@code println(x)} queues x with its line break. Nothing is buffered in this object, so there
 * is no half-encoded state for a {@code Thread.stop()} to leave behind for the next cell, and
 * {@link #flush()} has nothing to do (the queue is sent within its period anyway).
 *
 * <p>The methods synchronize on the stream, as {@link PrintStream}'s do, so code that holds
 * {@code synchronized (System.out)} around several prints still keeps them together. The
 * superclass's own buffers are never used; should a later JDK add a printing method that this
 * class does not override, its bytes still reach the queue through the wrapped stream.
 */
final class NotebookPrintStream extends PrintStream {
    private static final String NEWLINE = System.lineSeparator();

    private final CellOutput output;
    private final CellOutput.Stream stream;

    NotebookPrintStream(CellOutput output, CellOutput.Stream stream) {
        super(new Bytes(output, stream), false, StandardCharsets.UTF_8);
        this.output = output;
        this.stream = stream;
    }

    private synchronized void emit(String text) {
        output.write(stream, text);
    }

    private void emitLine(String text) {
        emit(text.concat(NEWLINE));
    }

    @Override
    public void flush() {
        // Nothing is held here; the queue sends within its period.
    }

    /** The notebook's stream stays open: closing it would silence every later cell. */
    @Override
    public void close() {
    }

    @Override
    public boolean checkError() {
        return false;
    }

    @Override
    public synchronized void write(int b) {
        output.write(stream, new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        output.write(stream, buf, off, len);
    }

    @Override
    public void write(byte[] buf) {
        write(buf, 0, buf.length);
    }

    @Override
    public void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    @Override
    public void print(boolean b) {
        emit(String.valueOf(b));
    }

    @Override
    public void print(char c) {
        emit(String.valueOf(c));
    }

    @Override
    public void print(int i) {
        emit(String.valueOf(i));
    }

    @Override
    public void print(long l) {
        emit(String.valueOf(l));
    }

    @Override
    public void print(float f) {
        emit(String.valueOf(f));
    }

    @Override
    public void print(double d) {
        emit(String.valueOf(d));
    }

    @Override
    public void print(char[] s) {
        emit(new String(s));
    }

    @Override
    public void print(String s) {
        emit(String.valueOf(s));
    }

    @Override
    public void print(Object obj) {
        emit(String.valueOf(obj));
    }

    @Override
    public void println() {
        emit(NEWLINE);
    }

    @Override
    public void println(boolean x) {
        emitLine(String.valueOf(x));
    }

    @Override
    public void println(char x) {
        emitLine(String.valueOf(x));
    }

    @Override
    public void println(int x) {
        emitLine(String.valueOf(x));
    }

    @Override
    public void println(long x) {
        emitLine(String.valueOf(x));
    }

    @Override
    public void println(float x) {
        emitLine(String.valueOf(x));
    }

    @Override
    public void println(double x) {
        emitLine(String.valueOf(x));
    }

    @Override
    public void println(char[] x) {
        emitLine(new String(x));
    }

    @Override
    public void println(String x) {
        emitLine(String.valueOf(x));
    }

    @Override
    public void println(Object x) {
        emitLine(String.valueOf(x));
    }

    @Override
    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    @Override
    public PrintStream printf(Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    @Override
    public PrintStream format(String format, Object... args) {
        emit(String.format(format, args));
        return this;
    }

    @Override
    public PrintStream format(Locale l, String format, Object... args) {
        emit(String.format(l, format, args));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq) {
        emit(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        CharSequence text = csq == null ? "null" : csq;
        emit(text.subSequence(start, end).toString());
        return this;
    }

    @Override
    public PrintStream append(char c) {
        emit(String.valueOf(c));
        return this;
    }

    /** What the superclass would write to, were it ever asked: the same queue, as bytes. */
    private static final class Bytes extends OutputStream {
        private final CellOutput output;
        private final CellOutput.Stream stream;

        Bytes(CellOutput output, CellOutput.Stream stream) {
            this.output = output;
            this.stream = stream;
        }

        @Override
        public void write(int b) {
            output.write(stream, new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            output.write(stream, b, off, len);
        }
    }
}
