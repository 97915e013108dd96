package dev.paramcount.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MagicCallTest {
    @Test
    void parsesNameAndWhitespaceSeparatedArguments() throws Exception {
        MagicCall call = MagicCall.lineMagic("%jars  ../lib/a.jar\tlibs/*.jar ", 3).orElseThrow();
        assertEquals("jars", call.name());
        assertEquals(List.of("../lib/a.jar", "libs/*.jar"), call.args());
        assertEquals(3, call.line());
        assertEquals("%jars", call.display());
    }

    @Test
    void allowsIndentationBeforeTheMagic() throws Exception {
        assertEquals("classpath", MagicCall.lineMagic("   %classpath x", 1).orElseThrow().name());
    }

    @Test
    void quotesKeepSpacesAndBackslashesStayLiteralOutsideThem() throws Exception {
        MagicCall call = MagicCall.lineMagic("%jars \"my libs/a.jar\" 'b c.jar' C:\\libs\\d.jar", 1).orElseThrow();
        assertEquals(List.of("my libs/a.jar", "b c.jar", "C:\\libs\\d.jar"), call.args());
    }

    @Test
    void doubleQuotesUnderstandEscapedQuotes() throws Exception {
        assertEquals(List.of("say \"hi\"", "a\\b"),
                MagicCall.lineMagic("%x \"say \\\"hi\\\"\" \"a\\\\b\"", 1).orElseThrow().args());
    }

    @Test
    void emptyQuotesAreAnEmptyArgument() throws Exception {
        assertEquals(List.of("", "x"), MagicCall.lineMagic("%x \"\" x", 1).orElseThrow().args());
    }

    @Test
    void rejectsAnUnterminatedQuote() {
        MagicException e = assertThrows(MagicException.class, () -> MagicCall.lineMagic("%jars \"a.jar", 1));
        assertTrue(e.getMessage().startsWith("%jars: unterminated \" quote"), e.getMessage());
    }

    @Test
    void javaIsNotAMagic() throws Exception {
        assertFalse(MagicCall.lineMagic("int x = 7 % 3;", 1).isPresent());
        assertFalse(MagicCall.lineMagic("    % 3;", 1).isPresent());
        assertFalse(MagicCall.lineMagic("%", 1).isPresent());
        assertFalse(MagicCall.lineMagic("%%time", 1).isPresent(), "a cell magic is not a line magic");
    }

    @Test
    void parsesCellMagics() throws Exception {
        MagicCall call = MagicCall.cellMagic("%%time 3", 2).orElseThrow();
        assertEquals("time", call.name());
        assertEquals(List.of("3"), call.args());
        assertTrue(call.cellMagic());
        assertEquals("%%time", call.display());
        assertFalse(MagicCall.cellMagic("%time", 1).isPresent());
    }
}
