package dev.paramcount.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paramcount.report.Golden;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The real {@link Main} in-process, with its output captured. */
class MainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    return run(Map.of(), args);
  }

  static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void assertBadInput(Run r, String... fragments) {
    assertEquals(2, r.code(), r.err());
    assertEquals("", r.out(), "no output after an error");
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith("error: "), r.err());
    for (String f : fragments) assertTrue(r.err().contains(f), "'" + f + "' in " + r.err());
  }

  // ---- summary ----

  @Test
  void classicSummaryOfTheSeedIsTheQuestionsSummary() {
    Run r = run("summary", "--preset", "keras-seed", "--format", "classic");
    assertEquals(0, r.code(), r.err());
    assertEquals(Golden.read("keras-seed.classic.txt"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void textIsTheDefaultFormat() {
    Run r = run("summary", "--preset", "paper");
    assertEquals(0, r.code());
    assertEquals(Golden.read("paper.text.txt"), r.out());
  }

  @Test
  void jsonPrintsOneLinePerInputInTheOrderGiven() throws Exception {
    Run r = run("summary", "--preset", "keras-seed", "--preset", "paper", "--preset", "paper-224", "--format", "json");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size());
    List<Long> totals = new ArrayList<>();
    for (String line : lines) totals.add(JSON.readTree(line).get("totalParams").asLong());
    assertEquals(List.of(25_678_184L, 60_965_224L, 49_430_888L), totals);
    JsonNode first = JSON.readTree(lines.get(0));
    assertEquals("sequential", first.get("model").asText());
    assertEquals("[null,13,13,4096]", first.get("layers").get(7).get("outputShape").toString());
    assertEquals("Dense", first.get("layers").get(7).get("type").asText());
  }

  @Test
  void inputOptionSetsTheInputOfEveryPreset() throws Exception {
    Run r = run("summary", "--preset", "paper", "--input", "224x224x3", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertEquals(49_430_888L, JSON.readTree(r.out()).get("totalParams").asLong());
  }

  @Test
  void csvOfSeveralInputsIsOneTableWithOneHeader() {
    Run r = run("summary", "--preset", "keras-seed", "--preset", "paper", "--format", "csv");
    assertEquals(0, r.code());
    assertEquals(1 + 10 + 16, r.out().split("\r\n").length);
    assertTrue(r.out().startsWith("model,name,type,output_shape,params,trainable_params,non_trainable_params,macs\r\n"));
  }

  @Test
  void anUnknownPresetIsBadInputNamingItAndTheChoices() {
    assertBadInput(run("summary", "--preset", "alexnet"), "\"alexnet\"", "keras-seed, keras-fixed");
  }

  @Test
  void aBadThirdInputLeavesNoHalfWrittenOutput() {
    assertBadInput(run("summary", "--preset", "keras-seed", "--preset", "paper", "--preset", "nope", "--format", "json"),
        "\"nope\"");
  }

  @Test
  void anInputSizeTheNetworkCannotTakeNamesTheLayer() {
    assertBadInput(run("summary", "--preset", "paper", "--input", "20x20x3"), "layer '", "larger than its input");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x5x3", "axbxc", "227x-1x3", ""})
  void aMalformedInputShapeIsAUsageError(String shape) {
    assertBadInput(run("summary", "--preset", "paper", "--input", shape), "--input", "summary --help");
  }

  @Test
  void summaryWithoutInputsIsAUsageError() {
    assertBadInput(run("summary"), "--preset", "summary --help");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertBadInput(run("summary", "--preset", "paper", "--format", "xml"), "'xml'", "text, classic, json, csv");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertBadInput(run("summary", "--preset", "paper", "--bogus"), "--bogus", "summary --help");
  }

  @Test
  void noCommandIsAUsageErrorListingTheCommands() {
    assertBadInput(run(), "summary", "explain", "compare", "paramcount --help");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertBadInput(run("summarize", "--preset", "paper"), "summarize");
  }

  // ---- explain and compare ----

  @Test
  void explainPrintsTheBridge() {
    Run r = run("explain");
    assertEquals(0, r.code());
    assertEquals(Golden.read("explain.bridge.txt"), r.out());
  }

  @Test
  void explainTopicsPrintTheNeuronsAndTheInputSizes() {
    assertEquals(Golden.read("explain.neurons.txt"), run("explain", "--topic", "neurons").out());
    assertEquals(Golden.read("explain.input-size.txt"), run("explain", "--topic", "input-size").out());
    String all = run("explain", "--topic", "all").out();
    assertTrue(all.contains("60,965,224") && all.contains("659,272") && all.contains("54.25"));
  }

  @Test
  void anUnknownTopicIsAUsageError() {
    assertBadInput(run("explain", "--topic", "gpus"), "'gpus'", "bridge, neurons, input-size, all");
  }

  @Test
  void comparePresetsByName() {
    Run r = run("compare", "keras-seed", "paper");
    assertEquals(0, r.code(), r.err());
    assertEquals(Golden.read("compare.keras-seed.paper.txt"), r.out());
  }

  @Test
  void compareNeedsTwoOperands() {
    assertBadInput(run("compare", "paper"), "B", "compare --help");
  }

  // ---- help, version, faults ----

  @Test
  void helpAndVersionSucceedOnStdout() {
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("Usage: paramcount"), help.out());
    assertTrue(help.out().contains("summary") && help.out().contains("compare"), help.out());
    Run summaryHelp = run("summary", "--help");
    assertTrue(summaryHelp.out().contains("--keras-json=FILE"), summaryHelp.out());
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("paramcount"), version.out());
  }

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug");
    }
  }

  private static Run runBoom(Map<String, String> env) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(() -> Main.commandLine().addSubcommand(new Boom()), new String[] {"boom"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anInternalFaultExitsOneWithOneLineAndNoStackTrace() {
    Run r = runBoom(Map.of());
    assertEquals(1, r.code());
    assertEquals(List.of("error: internal fault: java.lang.IllegalStateException: a bug"
        + " (set PARAMCOUNT_DEBUG=1 for the stack trace)"), r.errLines());
    assertEquals("", r.out());
  }

  @Test
  void paramcountDebugShowsTheStackTraceOfAnInternalFault() {
    Run r = runBoom(Map.of("PARAMCOUNT_DEBUG", "1"));
    assertEquals(1, r.code());
    assertTrue(r.errLines().size() > 2, r.err());
    assertTrue(r.err().contains("at dev.paramcount.cli.MainTest$Boom.call"), r.err());
    assertFalse(r.err().contains("set PARAMCOUNT_DEBUG"), r.err());
  }

  @Test
  void subcommandsAreRegisteredInOnePlace() {
    CommandLine cli = Main.commandLine();
    assertEquals(List.of("summary", "explain", "compare", "verify"), new ArrayList<>(cli.getSubcommands().keySet()));
  }
}
