package dev.paramcount.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MagicsTest {
    @Test
    void runsARegisteredMagicWithItsArguments() throws Exception {
        List<String> seen = new ArrayList<>();
        Magics magics = new Magics().register("echo", seen::addAll);
        magics.runLine(MagicCall.lineMagic("%echo a b", 1).orElseThrow());
        assertEquals(List.of("a", "b"), seen);
    }

    @Test
    void anUnknownLineMagicNamesTheMagicsThereAre() {
        Magics magics = new Magics().register("jars", args -> { }).register("load", args -> { });
        MagicException e = assertThrows(MagicException.class,
                () -> magics.runLine(MagicCall.lineMagic("%javadoc x", 4).orElseThrow()));
        assertEquals("%javadoc: unknown line magic (line 4)", e.getMessage());
        assertEquals("This kernel knows %jars, %load.", e.traceback().get(1));
    }

    @Test
    void cellMagicsAreUnknown() {
        Magics magics = new Magics().register("jars", args -> { });
        MagicException e = assertThrows(MagicException.class,
                () -> magics.runCell(MagicCall.cellMagic("%%time", 1).orElseThrow()));
        assertEquals("%%time: unknown cell magic (this kernel has no cell magics)", e.getMessage());
    }
}
