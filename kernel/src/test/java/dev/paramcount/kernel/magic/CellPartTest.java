package dev.paramcount.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellPartTest {
    @Test
    void plainCodeIsOnePartStartingOnLineOne() throws Exception {
        List<CellPart> parts = CellPart.parse("int x = 1;\nx + 1");
        assertEquals(List.of(new CellPart.Code("int x = 1;\nx + 1\n", 1)), parts);
    }

    @Test
    void magicsSplitTheCellInOrderAndCodeKeepsItsLineNumbers() throws Exception {
        List<CellPart> parts = CellPart.parse("%jars a.jar\n\nvar g = new Greeter();\n%classpath out\ng.hi()");
        assertEquals(4, parts.size());
        assertEquals("jars", ((CellPart.LineMagic) parts.get(0)).call().name());
        assertEquals(new CellPart.Code("\nvar g = new Greeter();\n", 2), parts.get(1));
        assertEquals(4, ((CellPart.LineMagic) parts.get(2)).call().line());
        assertEquals(new CellPart.Code("g.hi()\n", 5), parts.get(3));
    }

    @Test
    void blankCodeBetweenMagicsIsDropped() throws Exception {
        List<CellPart> parts = CellPart.parse("%jars a.jar\n   \n%jars b.jar\n");
        assertEquals(2, parts.size());
    }

    @Test
    void aCellMagicTakesTheWholeCell() throws Exception {
        List<CellPart> parts = CellPart.parse("\n%%sql db\nselect 1\n%jars x");
        CellPart.CellMagic magic = assertInstanceOf(CellPart.CellMagic.class, parts.get(0));
        assertEquals(1, parts.size());
        assertEquals("sql", magic.call().name());
        assertEquals(2, magic.call().line());
        assertEquals("select 1\n%jars x", magic.body());
    }

    @Test
    void withoutMagicsBlanksMagicLinesAndKeepsEveryOffset() {
        String cell = "%jars a.jar\nMath.max(1, 2)\n  %load x.jsh\nint y = 3 % 2;";
        String java = CellPart.withoutMagics(cell);
        assertEquals(cell.length(), java.length());
        assertEquals(cell.indexOf("Math"), java.indexOf("Math"));
        assertEquals("           \nMath.max(1, 2)\n             \nint y = 3 % 2;", java);
    }
}
