package dev.paramcount.kernel.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SourceMarkerTest {
    private static List<String> plain(List<String> lines) {
        return lines.stream().map(Ansi::strip).collect(Collectors.toList());
    }

    @Test
    void marksTheOffendingRangeUnderItsLine() {
        String source = "int bad = \"text\";";
        List<String> lines = SourceMarker.mark(source, 4, List.of(new SourceProblem(10, 16, 10,
                "incompatible types: java.lang.String cannot be converted to int")));
        assertEquals(List.of(
                "error: incompatible types: java.lang.String cannot be converted to int",
                "line 4:",
                "    int bad = \"text\";",
                "              ^^^^^^"), plain(lines));
        assertEquals("    int bad = \u001b[1;31m\"text\"\u001b[0m;", lines.get(2), "the range is highlighted in colour too");
    }

    @Test
    void picksTheLineOfTheProblemInAMultiLineSnippet() {
        String source = "void f() {\n\tint x = y;\n}";
        List<String> lines = plain(SourceMarker.mark(source, 10, List.of(new SourceProblem(20, 21, 20,
                "cannot find symbol\n  symbol:   variable y"))));
        assertEquals(List.of(
                "error: cannot find symbol",
                "  symbol:   variable y",
                "line 11:",
                "    \tint x = y;",
                "    \t        ^"), lines);
    }

    @Test
    void aRangeSpanningLinesIsClippedToTheLineOfItsPosition() {
        String source = "int f() {\n  return;\n}";
        List<String> lines = plain(SourceMarker.mark(source, 0, List.of(new SourceProblem(0, source.length(), 12, "missing return value"))));
        assertEquals(List.of("error: missing return value", "      return;", "    ^^^^^^^^^"), lines);
    }

    @Test
    void aPositionAtTheEndPointsJustPastTheText() {
        List<String> lines = plain(SourceMarker.mark("int x = 1", 1, List.of(new SourceProblem(9, 9, 9, "';' expected"))));
        assertEquals(List.of("error: ';' expected", "line 1:", "    int x = 1", "             ^"), lines);
    }

    @Test
    void aProblemWithoutPositionIsJustTheMessage() {
        assertEquals(List.of("error: f cannot be used until g is declared"),
                plain(SourceMarker.mark("f()", 1, List.of(SourceProblem.withoutPosition("f cannot be used until g is declared")))));
    }

    @Test
    void severalProblemsAreSeparatedByABlankLine() {
        List<String> lines = plain(SourceMarker.mark("a b", 0, List.of(new SourceProblem(0, 1, 0, "one"), new SourceProblem(2, 3, 2, "two"))));
        assertEquals(List.of("error: one", "    a b", "    ^", "", "error: two", "    a b", "      ^"), lines);
    }
}
