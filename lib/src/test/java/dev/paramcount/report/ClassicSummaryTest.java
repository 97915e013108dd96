package dev.paramcount.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.count.Counts;
import dev.paramcount.model.Network;
import dev.paramcount.presets.AlexNets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassicSummaryTest {
  /** The question as it was asked (its whitespace collapsed when it was pasted), where it is kept. */
  private static final Path QUESTION = Path.of("shared", "seed", "000_07e93f72146a0f87.txt");

  private static String seedSummary() {
    return ClassicSummary.render(Counts.of(AlexNets.kerasSeed()));
  }

  @Test
  void reproducesTheQuestionsSummaryOnceSpacesAreCollapsedAsThePasteDid() throws IOException {
    List<String> ours = Arrays.stream(seedSummary().split("\n"))
        .map(line -> line.replaceAll(" +", " ").strip()).toList();
    assertEquals(questionSummaryLines(), ours);
  }

  @Test
  void matchesTheGoldenFileWithKerasPaddingCharacterForCharacter() {
    assertEquals(Golden.read(Golden.PROTECTED), seedSummary());
  }

  @Test
  void cutsMaxPooling2dAtColumn29AndBlanksItsLastCharacterAsKerasDid() {
    String row = seedSummary().lines().filter(l -> l.startsWith("max_pooling2d_1")).findFirst().orElseThrow();
    assertEquals("max_pooling2d_1 (MaxPooling2 ", row.substring(0, 29));
    assertEquals("(None, 13, 13, 256)", row.substring(29, 48));
  }

  @Test
  void padsEveryRowToSixtyFiveColumnsAndLeavesRulesAndTotalsUnpadded() {
    for (String line : seedSummary().split("\n")) {
      if (line.startsWith("Model:") || line.contains("params:")) {
        assertEquals(line.strip(), line);
      } else {
        assertEquals(65, line.length(), "'" + line + "'");
      }
    }
  }

  @Test
  void cutsOverlongShapesAndParamsAtTheirColumnsToo() {
    StringBuilder out = new StringBuilder();
    // A name of exactly 29 characters loses its last one to the separating space.
    ClassicSummary.row(out, "abcdefghijklmnopqrstuvwxyz123", "(None, 1)", "7");
    // A shape longer than its 26 columns is cut at column 55 and its 26th character blanked; the
    // params lose their last digit to column 65.
    ClassicSummary.row(out, "x (Dense)", "(None, 1111111111, 2222222222, 3)", "12345678901");
    String[] rows = out.toString().split("\n");
    assertEquals("abcdefghijklmnopqrstuvwxyz12 " + "(None, 1)" + " ".repeat(17) + "7" + " ".repeat(9), rows[0]);
    assertEquals("x (Dense)" + " ".repeat(20) + "(None, 1111111111, 222222 " + "1234567890", rows[1]);
  }

  @Test
  void writesUnknownDimensionsAsNoneAndKeepsTheBatchFirst() {
    Network net = Network.builder("m").input(dev.paramcount.model.Shape.parse("?x?x3"))
        .conv2d(8, 3).globalAvgPool().dense(2).build();
    String out = ClassicSummary.render(Counts.of(net));
    assertTrue(out.contains("conv2d (Conv2D)" + " ".repeat(14) + "(None, None, None, 8)" + " ".repeat(5)
        + "224" + " ".repeat(7) + "\n"), out);
    assertTrue(out.contains("dense (Dense)" + " ".repeat(16) + "(None, 2)" + " ".repeat(17) + "18" + " ".repeat(8)
        + "\n"), out);
  }

  /**
   * The question's summary, from {@code Model: "sequential"} to the rule after the totals:
   * {@code golden/question.summary.txt} is that excerpt of the question, verbatim.
   */
  static List<String> questionSummaryLines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String l : Golden.read("question.summary.txt").split("\n")) lines.add(l.replaceAll(" +", " ").strip());
    return lines;
  }

  @Test
  void theCommittedExcerptIsVerbatimFromTheQuestionWhereverTheQuestionIsReachable() throws IOException {
    List<String> excerpt = Arrays.asList(Golden.read("question.summary.txt").split("\n"));
    assertEquals(28, excerpt.size());
    assertEquals("dense_2 (Dense) (None, 13, 13, 1000) 4097000", excerpt.get(22));
    // The question lives in shared/ beside the repository (the team's checkouts and CI); a
    // clone without it still checks everything else against the committed excerpt.
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path question = dir.resolve(QUESTION);
      if (Files.exists(question)) {
        List<String> all = Files.readAllLines(question, StandardCharsets.UTF_8);
        int start = all.indexOf("Model: \"sequential\"");
        assertEquals(excerpt, all.subList(start, start + excerpt.size()));
      }
    }
  }
}
