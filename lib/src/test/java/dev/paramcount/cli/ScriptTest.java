package dev.paramcount.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.report.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real {@code bin/paramcount} as a subprocess, pointed at the test build's classes through
 * PARAMCOUNT_CLASSPATH (so the test does not start a Maven build of its own).
 */
class ScriptTest {
  private static final Path SCRIPT = Path.of("..", "bin", "paramcount").toAbsolutePath().normalize();

  record Run(int code, String out, String err) {}

  static Run script(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("PARAMCOUNT_CLASSPATH", System.getProperty("java.class.path"));
    pb.environment().put("LC_ALL", "C"); // output must be UTF-8 even in the C locale
    Path out = Files.createTempFile("paramcount", ".out");
    Path err = Files.createTempFile("paramcount", ".err");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bin/paramcount did not finish in 60 s");
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void printsTheQuestionsSummary() throws Exception {
    Run r = script("summary", "--preset", "keras-seed", "--format", "classic");
    assertEquals(0, r.code(), r.err());
    assertEquals(Golden.read("keras-seed.classic.txt"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void writesUtf8InTheCLocale() throws Exception {
    Run r = script("explain");
    assertEquals(0, r.code(), r.err());
    assertEquals(Golden.read("explain.bridge.txt"), r.out());
  }

  @Test
  void exitsTwoWithOneErrorLineOnBadInput() throws Exception {
    Run r = script("summary", "--preset", "keras-seed", "--preset", "nope");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: field 'preset' = \"nope\": unknown preset"), r.err());
  }
}
