package dev.paramcount.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MemorySizeTest {
    @Test
    void readsTheSuffixesTheJvmAndJavaCppRead() throws Exception {
        assertEquals(3L << 30, MemorySize.parse("--heap", "3g").bytes());
        assertEquals(512L << 20, MemorySize.parse("--heap", "512M").bytes());
        assertEquals(2048L << 10, MemorySize.parse("--heap", "2048k").bytes());
        assertEquals(1L << 40, MemorySize.parse("--heap", "1T").bytes());
        assertEquals(8L << 30, MemorySize.parse("--heap", "8GB").bytes());
        assertEquals(123, MemorySize.parse("--heap", "123").bytes());
    }

    @Test
    void printsTheShortestExactSpelling() throws Exception {
        assertEquals("9g", MemorySize.parse("x", "3g").plus(MemorySize.parse("x", "6g")).toString());
        assertEquals("3584m", MemorySize.parse("x", "3g").plus(MemorySize.parse("x", "512m")).toString());
        assertEquals("1025k", MemorySize.parse("x", "1m").plus(MemorySize.parse("x", "1k")).toString());
        assertEquals("1000", MemorySize.parse("x", "1000").toString());
    }

    @Test
    void rejectsWhatTheJvmWouldNotTake() {
        for (String bad : new String[] {"", "lots", "3.5g", "-1g", "0", "3x", "99999999999999g"}) {
            UsageException e = assertThrows(UsageException.class, () -> MemorySize.parse("--heap", bad), bad);
            assertEquals(true, e.getMessage().startsWith("--heap: \"" + bad + "\" is"), e.getMessage());
        }
    }
}
