package dev.paramcount.kernel.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.kernel.execution.ExecutionThread;
import dev.paramcount.kernel.output.CellOutput.Stream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CellOutputTest {
    private static final long PERIOD = CellOutput.PERIOD_MILLIS;

    /** One entry per stream message (or display action), in the order they were sent. */
    private static final class Recorder implements CellOutput.Sink {
        final List<String> sent = new ArrayList<>();
        final List<Long> sentAt = new ArrayList<>();
        volatile long delayMillis;

        @Override
        public void stream(Stream stream, String text) {
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
            record((stream == Stream.STDOUT ? "out:" : "err:") + text);
        }

        synchronized void record(String entry) {
            sent.add(entry);
            sentAt.add(System.nanoTime());
            notifyAll();
        }

        synchronized List<String> sent() {
            return new ArrayList<>(sent);
        }

        synchronized String text(String prefix) {
            return sent.stream().filter(s -> s.startsWith(prefix)).map(s -> s.substring(prefix.length()))
                    .collect(Collectors.joining());
        }

        synchronized long awaitFirst(long timeoutMillis) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (sent.isEmpty() && System.nanoTime() < end) {
                wait(10);
            }
            assertFalse(sent.isEmpty(), "nothing was sent");
            return sentAt.get(0);
        }
    }

    private final Recorder sink = new Recorder();
    private final CellOutput output = new CellOutput(sink, new PrintStream(new ByteArrayOutputStream()));

    @Test
    void aCellsPrintsBecomeOneMessagePerStreamRun() {
        output.open();
        PrintStream out = output.out();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            out.printf(Locale.ROOT, "%-9s inferred %-22s%n", "layer" + i, i * 1000);
            expected.append(String.format(Locale.ROOT, "%-9s inferred %-22s%n", "layer" + i, i * 1000));
        }
        out.printf(Locale.ROOT, "%s: %,d parameters in %d layers%n", "sequential", 25_678_184, 10);
        expected.append("sequential: 25,678,184 parameters in 10 layers\n");
        output.close();
        assertEquals(List.of("out:" + expected), sink.sent());
    }

    @Test
    void stdoutAndStderrKeepTheirOrder() {
        output.open();
        output.out().println("a");
        output.out().print("b");
        output.err().println("warning");
        output.out().println("c");
        output.close();
        assertEquals(List.of("out:a\nb", "err:warning\n", "out:c\n"), sink.sent());
    }

    @Test
    void everyPrintMethodWritesWhatPrintStreamWould() throws Exception {
        ByteArrayOutputStream reference = new ByteArrayOutputStream();
        PrintStream plain = new PrintStream(reference, true, StandardCharsets.UTF_8);
        output.open();
        for (PrintStream ps : List.of(plain, output.out())) {
            ps.print(true);
            ps.print('c');
            ps.print(1);
            ps.print(2L);
            ps.print(1.5f);
            ps.print(2.5);
            ps.print(new char[] {'x', 'y'});
            ps.print((String) null);
            ps.print((Object) null);
            ps.println();
            ps.println(false);
            ps.println('d');
            ps.println(3);
            ps.println(4L);
            ps.println(0.25f);
            ps.println(0.5);
            ps.println(new char[] {'z'});
            ps.println("s");
            ps.println(List.of(1, 2));
            ps.append("ab").append("xcdx", 1, 3).append('e').append(null).append(null, 0, 2).println();
            ps.printf("%05d|", 42).format(Locale.GERMANY, "%,.2f|", 1234.5).printf(Locale.ROOT, "%s%n", "end");
            ps.write('!');
            ps.write("bytes\n".getBytes(StandardCharsets.UTF_8));
            ps.writeBytes("more ".getBytes(StandardCharsets.UTF_8));
            ps.write("-partial-".getBytes(StandardCharsets.UTF_8), 1, 7);
            ps.flush();
        }
        output.close();
        assertEquals(reference.toString(StandardCharsets.UTF_8), sink.text("out:"));
        assertFalse(output.out().checkError());
        assertThrows(NullPointerException.class, () -> output.out().print((char[]) null));
        assertThrows(IndexOutOfBoundsException.class, () -> output.out().write(new byte[2], 1, 2));
    }

    @Test
    void textIsSentWithinThePeriodWhileTheCellRuns() throws Exception {
        output.open();
        long printed = System.nanoTime();
        output.out().print("working...");
        long sent = sink.awaitFirst(5000);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(sent - printed);
        assertTrue(tookMillis >= PERIOD - 10, "sent after " + tookMillis + " ms, before the period ended");
        assertEquals(List.of("out:working..."), sink.sent());
        output.close();
        assertEquals(List.of("out:working..."), sink.sent(), "nothing is sent twice");
    }

    @Test
    void aSteadyPrinterGetsAboutOneMessagePerPeriod() throws Exception {
        output.open();
        long start = System.nanoTime();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            output.out().println("tick " + i);
            expected.append("tick ").append(i).append('\n');
            Thread.sleep(10);
        }
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        output.close();
        assertEquals(expected.toString(), sink.text("out:"));
        int messages = sink.sent().size();
        assertTrue(messages >= 2 && messages <= 2 + tookMillis / PERIOD, messages + " messages in " + tookMillis + " ms");
    }

    @Test
    void displaysStayBetweenTheTextAroundThem() throws Exception {
        output.open();
        output.out().println("before");
        long shown = System.nanoTime();
        output.publishInOrder(() -> sink.record("display"));
        output.out().println("after");
        // A display is sent at once, not at the end of the period.
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(sink.awaitFirst(5000) - shown);
        assertTrue(tookMillis < PERIOD / 2, "the display waited " + tookMillis + " ms");
        output.close();
        assertEquals(List.of("out:before\n", "display", "out:after\n"), sink.sent());
    }

    @Test
    void outputOutsideACellIsDropped() {
        output.out().println("before any cell");
        output.publishInOrder(() -> sink.record("display"));
        output.open();
        output.out().println("mine");
        output.close();
        output.out().println("after the cell");
        output.err().write(new byte[] {'x'}, 0, 1);
        output.open();
        output.close();
        assertEquals(List.of("out:mine\n"), sink.sent());
    }

    @Test
    void aCharacterSplitAcrossByteWritesIsSentWhole() throws Exception {
        byte[] text = "55×55 → ✓ 𝄞\n".getBytes(StandardCharsets.UTF_8);
        output.open();
        for (byte b : text) {
            output.out().write(b);
        }
        output.out().write(text, 0, 3); // "55" and the first byte of "×"
        sink.awaitFirst(5000); // the period ends with the character unfinished
        output.out().write(text, 3, text.length - 3);
        output.close();
        assertEquals("55×55 → ✓ 𝄞\n55×55 → ✓ 𝄞\n", sink.text("out:"));
    }

    @Test
    void unfinishedBytesBecomeOneReplacementCharacter() {
        byte[] arrow = "→".getBytes(StandardCharsets.UTF_8);
        output.open();
        output.out().write(arrow, 0, 2);
        output.out().print("next");
        output.err().write(arrow, 0, 1);
        output.close();
        assertEquals(List.of("out:\ufffdnext", "err:\ufffd"), sink.sent());
        output.open();
        output.out().print("clean");
        output.close();
        assertEquals("out:clean", sink.sent().get(2));
    }

    @Test
    void readingInputFirstSendsThePrompt() throws Exception {
        InputStream in = output.promptingInput(new ByteArrayInputStream("42\n".getBytes(StandardCharsets.UTF_8)));
        output.open();
        output.out().print("Number: ");
        long before = System.nanoTime();
        assertEquals('4', in.read());
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before) < PERIOD / 2 + 40,
                "the prompt waited for the period");
        assertEquals(List.of("out:Number: "), sink.sent());
        output.close();
    }

    @Test
    void aWriterFasterThanTheSinkWaitsAndNothingIsLost() throws Exception {
        CellOutput small = new CellOutput(sink, PERIOD, 1_000, 4_000, new PrintStream(new ByteArrayOutputStream()));
        sink.delayMillis = 5;
        small.open();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            String line = "line " + i + "\n";
            small.out().print(line);
            expected.append(line);
        }
        small.close();
        assertEquals(expected.toString(), sink.text("out:"));
        int messages = sink.sent().size();
        assertTrue(messages < 300, messages + " messages");
        assertLongestMessageAtMost(4_000 + 11);
    }

    @Test
    void anInterruptedWriterStillWaitsForRoomAndKeepsItsInterrupt() throws Exception {
        CellOutput small = new CellOutput(sink, PERIOD, 100, 400, new PrintStream(new ByteArrayOutputStream()));
        sink.delayMillis = 2;
        small.open();
        StringBuilder expected = new StringBuilder();
        Thread.currentThread().interrupt();
        try {
            for (int i = 0; i < 2_000; i++) {
                String line = String.format("line %4d%n", i);
                small.out().print(line);
                expected.append(line);
            }
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt was swallowed");
        }
        small.close();
        assertEquals(expected.toString(), sink.text("out:"));
        assertLongestMessageAtMost(400 + 10);
    }

    private void assertLongestMessageAtMost(int chars) {
        int longest = sink.sent().stream().mapToInt(s -> s.length() - "out:".length()).max().orElse(0);
        assertTrue(longest <= chars, "a message of " + longest + " chars");
    }

    @Test
    void threadsPrintingAtOnceKeepTheirLinesWhole() throws Exception {
        output.open();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int n = t;
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 2_000; i++) {
                    output.out().printf("t%d line %d%n", n, i);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        output.close();
        List<String> lines = List.of(sink.text("out:").split("\n"));
        assertEquals(8_000, lines.size());
        for (int t = 0; t < 4; t++) {
            String prefix = "t" + t + " line ";
            List<String> own = lines.stream().filter(l -> l.startsWith(prefix)).collect(Collectors.toList());
            for (int i = 0; i < own.size(); i++) {
                assertEquals(prefix + i, own.get(i));
            }
        }
    }

    @Test
    void aPrintLoopStoppedMidWayLosesAndRepeatsNothing() throws Exception {
        stopPrintLoop(out -> {
            for (long i = 0; ; i++) {
                out.println("line " + i);
            }
        });
    }

    @Test
    void aPrintfLoopStoppedMidWayLosesAndRepeatsNothing() throws Exception {
        stopPrintLoop(out -> {
            for (long i = 0; ; i++) {
                out.printf("line %d%n", i);
                out.flush();
            }
        });
    }

    @Test
    void aSlowPrintLoopStoppedMidWayLosesAndRepeatsNothing() throws Exception {
        stopPrintLoop(out -> {
            for (long i = 0; ; i++) {
                out.println("line " + i); // one call: two could legitimately be stopped in between
                long t = System.nanoTime();
                while (System.nanoTime() - t < 20_000) {
                    Thread.onSpinWait();
                }
            }
        });
    }

    interface Loop {
        void run(PrintStream out) throws Exception;
    }

    /** Runs a print loop on the kernel's execution thread, stops it, checks the text, prints again. */
    private void stopPrintLoop(Loop loop) throws Exception {
        ExecutionThread thread = new ExecutionThread(getClass().getClassLoader());
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            for (int round = 0; round < 3; round++) {
                output.open();
                Future<?> cell = caller.submit(() -> thread.call(() -> {
                    loop.run(output.out());
                    return null;
                }));
                Thread.sleep(300);
                thread.stop();
                Exception e = assertThrows(Exception.class, () -> cell.get(10, TimeUnit.SECONDS));
                assertTrue(e.getCause() instanceof ExecutionThread.StoppedException, e.toString());
                output.close();
                String text = sink.text("out:");
                assertTrue(text.endsWith("\n"), "a line was cut");
                Matcher m = Pattern.compile("line (\\d+)\n").matcher(text);
                int expected = 0;
                int end = 0;
                while (m.find()) {
                    assertEquals(end, m.start(), "unexpected text at " + end);
                    assertEquals(expected++, Integer.parseInt(m.group(1)), "a line was lost or repeated");
                    end = m.end();
                }
                assertEquals(text.length(), end);
                assertTrue(expected > 10, "only " + expected + " lines");

                output.open();
                synchronized (sink) {
                    sink.sent.clear();
                    sink.sentAt.clear();
                }
                output.out().println("clean");
                output.err().println("also clean");
                output.close();
                assertEquals(List.of("out:clean\n", "err:also clean\n"), sink.sent());
                synchronized (sink) {
                    sink.sent.clear();
                    sink.sentAt.clear();
                }
            }
        } finally {
            caller.shutdownNow();
        }
    }
}
