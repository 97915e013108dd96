package dev.paramcount.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.count.Bridge;
import dev.paramcount.count.Comparison;
import dev.paramcount.count.InputSizes;
import dev.paramcount.count.Neurons;
import dev.paramcount.presets.AlexNets;
import org.junit.jupiter.api.Test;

class ExplanationReportsTest {

  @Test
  void bridgeEndsWithTheChainFromTheQuestionToThePaper() {
    String text = BridgeReport.render(Bridge.kerasToPaper());
    assertTrue(text.endsWith("25,678,184 \u2192 +0 (pool) \u2192 +36,700,160 (Flatten) \u2192 \u22121,413,120 (groups)"
        + " \u2192 60,965,224\n"), text);
  }

  @Test
  void bridgeSaysWhyEachStepCountsWhatItCounts() {
    String text = BridgeReport.render(Bridge.kerasToPaper());
    assertTrue(text.contains("A Dense layer on a rank-4 tensor acts on the last axis only"), text);
    assertTrue(text.contains("run at 6\u00d76 = 36 positions instead of 13\u00d713 = 169"), text);
    assertTrue(text.contains("from 13\u00d713\u00d71000 to 6\u00d76\u00d71000"), text);
    assertTrue(text.contains("one vector of 9,216 values"), text);
    assertTrue(text.contains("9,216 inputs per unit instead of 256"), text);
    assertTrue(text.contains("(5\u00d75\u00d748, 3\u00d73\u00d7192, 3\u00d73\u00d7192)"), text);
    assertTrue(text.contains("256\u00b74096 + 4096 = 1,052,672 \u2192 9216\u00b74096 + 4096 = 37,752,832"), text);
  }

  @Test
  void bridgeMatchesItsGoldenFile() {
    Golden.assertMatches("explain.bridge.txt", BridgeReport.render(Bridge.kerasToPaper()));
  }

  @Test
  void comparisonOfTheQuestionAndThePaperMatchesItsGoldenFile() {
    Golden.assertMatches("compare.keras-seed.paper.txt",
        ComparisonReport.render(Comparison.of(AlexNets.kerasSeed(), AlexNets.paper()), "keras-seed", "paper"));
  }

  @Test
  void comparisonNamesTheUpstreamChangeOfFc6WithItsDelta() {
    String text = ComparisonReport.render(Comparison.of(AlexNets.kerasSeed(), AlexNets.paper()));
    assertTrue(text.contains("+36,700,160  dense \u2192 fc6 (Dense): input 13\u00d713\u00d7256 \u2192 9216, changed upstream"),
        text);
    assertTrue(text.contains("25,678,184 +35,287,040 = 60,965,224"), text);
  }

  @Test
  void neuronReportResolvesTheAbstractsFigure() {
    String text = NeuronReport.render(Neurons.ofPaper());
    assertTrue(text.contains("The paper's list sums to 622,312. Counting conv1 as 55\u00d755\u00d796 = 290,400 instead,"
        + " the sum is 659,272 \u2248 \"650,000\""), text);
    Golden.assertMatches("explain.neurons.txt", text);
  }

  @Test
  void inputSizeReportShowsTheFractionAt224() {
    String text = InputSizeReport.render(InputSizes.alexNet());
    assertTrue(text.contains("(224 \u2212 11)/4 + 1 = 54.25: not a whole number, so conv1 gives 54\u00d754"), text);
    assertTrue(text.contains("(227 \u2212 11)/4 + 1 = 55: conv1 gives 55\u00d755"), text);
    assertTrue(text.contains("5\u00d75\u00d7256 = 6,400"), text);
    assertTrue(text.contains("total: 49,430,888 parameters"), text);
    Golden.assertMatches("explain.input-size.txt", text);
  }

  @Test
  void identicalNetworksCompareWithoutDifferences() {
    String text = ComparisonReport.render(Comparison.of(AlexNets.paper(), AlexNets.paper()));
    assertTrue(text.contains("No differences: both count 60,965,224 parameters."), text);
    assertEquals(0, Comparison.of(AlexNets.paper(), AlexNets.paper()).differences().size());
  }
}
