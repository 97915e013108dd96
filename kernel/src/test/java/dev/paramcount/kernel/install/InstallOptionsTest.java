package dev.paramcount.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstallOptionsTest {
    @Test
    void defaultsToThreeGigabytesOfHeapAndSixOffHeap() throws Exception {
        InstallOptions o = InstallOptions.parse(List.of("--prefix", ".venv"));
        assertEquals(Path.of(".venv"), o.prefix());
        assertFalse(o.user());
        assertEquals("3g", o.heap().toString());
        assertEquals("6g", o.offHeap().toString());
        assertEquals(List.of(), o.jvmOptions());
        assertEquals(Map.of(), o.environment());
        assertTrue(o.classDataArchive());
    }

    @Test
    void theClassDataArchiveCanBeSkipped() throws Exception {
        assertFalse(InstallOptions.parse(List.of("--prefix", "p", "--no-cds")).classDataArchive());
    }

    @Test
    void readsEveryOptionInBothSpellings() throws Exception {
        InstallOptions o = InstallOptions.parse(List.of("--prefix=/opt/env", "--heap", "4g", "--max-direct=8g",
                "--jvm-opt", "-XX:+UseSerialGC", "--jvm-opt=-Dx=1", "--env", "A=1", "--env=B=two=2"));
        assertEquals(Path.of("/opt/env"), o.prefix());
        assertEquals("4g", o.heap().toString());
        assertEquals("8g", o.offHeap().toString());
        assertEquals(List.of("-XX:+UseSerialGC", "-Dx=1"), o.jvmOptions());
        assertEquals(List.of("A", "B"), List.copyOf(o.environment().keySet()));
        assertEquals("two=2", o.environment().get("B"));
    }

    @Test
    void userInstallsOnlyWhenAsked() throws Exception {
        InstallOptions o = InstallOptions.parse(List.of("--user"));
        assertTrue(o.user());
        assertNull(o.prefix());
    }

    @Test
    void helpNeedsNothingElse() throws Exception {
        assertTrue(InstallOptions.parse(List.of("--help")).help());
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertUsage("say where to install: --prefix DIR (e.g. --prefix .venv) or --user");
        assertUsage("--prefix and --user exclude each other", "--prefix", "x", "--user");
        assertUsage("--heap needs a value", "--prefix", "x", "--heap");
        assertUsage("--env: \"A\" is not KEY=VALUE", "--prefix", "x", "--env", "A");
        assertUsage("--env: \"=1\" is not KEY=VALUE", "--prefix", "x", "--env", "=1");
        assertUsage("unknown option --name (see install --help)", "--prefix", "x", "--name", "j");
        assertUsage("unexpected argument \"extra\" (see install --help)", "--prefix", "x", "extra");
        assertUsage("--jvm-opt needs a JVM option, e.g. --jvm-opt -XX:+UseZGC", "--prefix", "x", "--jvm-opt", " ");
        assertUsage("--user takes no value", "--user=yes");
        assertUsage("--no-cds takes no value", "--prefix", "x", "--no-cds=1");
    }

    private static void assertUsage(String message, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> InstallOptions.parse(List.of(args)));
        assertEquals(message, e.getMessage());
    }
}
