package dev.paramcount.kernel.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JShell in this JVM: slower than the other unit tests, so one evaluator serves them all. */
class CodeEvaluatorTest {
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static CodeEvaluator evaluator;

    @BeforeAll
    static void start() {
        evaluator = new CodeEvaluator(List.of(), new PrintStream(LOG, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void noStartupProblems() {
        assertEquals("", LOG.toString(StandardCharsets.UTF_8));
    }

    @Test
    void returnsTheRealObjectOfTheLastExpression() throws Exception {
        Object value = evaluator.eval("var list = new java.util.ArrayList<String>();\nlist.add(\"x\");\nlist", 1);
        assertEquals(List.of("x"), value);
        assertNull(evaluator.eval("int declared = 3;", 1), "declarations have no value");
        assertEquals(4, evaluator.eval("declared + 1", 1));
    }

    @Test
    void reportsCompileErrorsWithTheCellLine() {
        CompilationException e = assertThrows(CompilationException.class, () -> evaluator.eval("int a = 1;\n\nString s = a;", 5));
        String text = String.join("\n", e.traceback());
        assertTrue(text.contains("line 7:"), text);
        assertTrue(e.getMessage().startsWith("incompatible types"), e.getMessage());
    }

    @Test
    void reportsUserExceptionsWithTheUsersFramesOnly() {
        EvalException e = assertThrows(EvalException.class, () -> evaluator.eval("Object o = null;\no.hashCode()", 1));
        assertEquals("java.lang.NullPointerException", e.exceptionClass());
        List<String> trace = e.traceback();
        assertEquals(2, trace.size(), trace.toString());
        assertTrue(trace.get(1).startsWith("\tat (#"), trace.toString());
    }

    @Test
    void reportsIncompleteCode() {
        assertThrows(IncompleteSourceException.class, () -> evaluator.eval("if (true) {", 1));
    }

    @Test
    void aMethodUsingSomethingUndeclaredSaysWhatIsMissing() throws Exception {
        evaluator.eval("int usesMissing() { return missingHelper(); }", 1);
        CompilationException e = assertThrows(CompilationException.class, () -> evaluator.eval("usesMissing()", 1));
        assertTrue(e.getMessage().contains("missingHelper()"), e.getMessage());
    }

    @Test
    void anInterruptedSnippetIsReportedAndStateSurvives() throws Exception {
        evaluator.eval("int kept = 7;", 1);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(evaluator::stop, 500, TimeUnit.MILLISECONDS);
            assertThrows(EvaluationInterruptedException.class, () -> evaluator.eval("while (true) {}", 1));
        } finally {
            timer.shutdownNow();
        }
        assertEquals(8, evaluator.eval("kept + 1", 1));
    }

    @Test
    void theRuntimeHelpersAreImported() throws Exception {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            try {
                evaluator.eval("display(\"x\")", 1);
            } catch (EvalException ee) {
                throw new IllegalStateException(ee.detail());
            }
        });
        assertTrue(e.getMessage().contains("need a running paramcount kernel"), e.getMessage());
    }
}
