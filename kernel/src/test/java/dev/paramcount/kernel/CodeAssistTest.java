package dev.paramcount.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodeAssistTest {
    @Test
    void inspectionMovesToTheEndOfTheNameAndIntoTheCall() {
        assertEquals(9, CodeAssist.inspectionPoint("Math.max(1, 2)", 6));
        assertEquals(9, CodeAssist.inspectionPoint("Math.max(1, 2)", 8));
        assertEquals(8, CodeAssist.inspectionPoint("Math.max", 5));
        assertEquals(11, CodeAssist.inspectionPoint("Math.max(1, 2)", 11));
        assertEquals(3, CodeAssist.inspectionPoint("abc", 99));
    }

    @Test
    void theNextLineKeepsTheIndentAndGoesDeeperAfterABrace() {
        assertEquals("    ", CodeAssist.nextIndent("for (int i = 0; i < 3; i++) {"));
        assertEquals("        ", CodeAssist.nextIndent("void f() {\n    if (x) {\n"));
        assertEquals("  ", CodeAssist.nextIndent("int x =\n  1 +"));
    }
}
