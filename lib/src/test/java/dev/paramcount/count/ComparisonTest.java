package dev.paramcount.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.count.Comparison.Difference;
import dev.paramcount.count.Comparison.Kind;
import dev.paramcount.model.Dense;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import dev.paramcount.presets.AlexNets;
import dev.paramcount.presets.Preset;
import dev.paramcount.report.RandomNetworks;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ComparisonTest {

  static List<Arguments> presetPairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (Preset a : Preset.values()) for (Preset b : Preset.values()) pairs.add(Arguments.of(a.id(), b.id()));
    return pairs;
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @MethodSource("presetPairs")
  void deltasOfAnyTwoPresetsAddUpToTheDifferenceOfTheirTotals(String a, String b) {
    Comparison c = Comparison.of(Preset.byId(a).network(), Preset.byId(b).network());
    assertEquals(Counts.of(Preset.byId(b).network()).totalParams() - Counts.of(Preset.byId(a).network()).totalParams(),
        sumOfDeltas(c));
    assertAlignmentCoversBothNetworksInOrder(c);
  }

  @Test
  void deltasOfRandomEditsAddUpToTheDifferenceOfTheirTotals() {
    Random random = new Random(2024);
    int compared = 0;
    for (Network original : RandomNetworks.some(60, 3)) {
      Network edited = original;
      int edits = 1 + random.nextInt(4);
      for (int i = 0; i < edits; i++) edited = RandomNetworks.edited(edited, random);
      Comparison c = Comparison.of(original, edited);
      assertEquals(c.totalDelta(), sumOfDeltas(c), original + " → " + edited);
      assertEquals(Counts.of(edited).totalParams() - Counts.of(original).totalParams(), c.totalDelta());
      assertAlignmentCoversBothNetworksInOrder(c);
      compared++;
    }
    assertEquals(60, compared);
  }

  @Test
  void namesEveryDifferenceBetweenTheQuestionAndThePaper() {
    Comparison c = Comparison.of(AlexNets.kerasSeed(), AlexNets.paper());
    List<String> found = new ArrayList<>();
    for (Difference d : c.differences()) {
      String who = d.after() != null ? d.after().name() : d.before().name();
      found.add(d.kind() + " " + who + " " + d.delta());
    }
    assertEquals(List.of(
        "ADDED norm1 0",
        "CHANGED conv2 -307200",
        "ADDED norm2 0",
        "CHANGED conv4 -663552",
        "CHANGED conv5 -442368",
        "ADDED pool5 0",
        "ADDED flatten 0",
        "UPSTREAM fc6 36700160",
        "ADDED dropout6 0",
        "ADDED dropout7 0"), found);
    Difference groups = c.differences().get(1);
    assertEquals("groups", groups.fields().get(0).field());
    assertEquals(1, groups.fields().get(0).before());
    assertEquals(2, groups.fields().get(0).after());
    Difference fc6 = c.differences().get(7);
    assertEquals(Shape.of(13, 13, 256), fc6.fields().get(0).before());
    assertEquals(Shape.of(9216), fc6.fields().get(0).after());
  }

  @Test
  void splitsAChangedLayerIntoItsOwnEditAndItsNewInput() {
    // fc6 gets more units AND a bigger input: 256·4096+4096 → 9216·4096+4096 → 9216·5000+5000.
    Network before = AlexNets.kerasSeed();
    Network after = AlexNets.kerasFixed().with("dense", Dense.class, d -> d.withUnits(5000));
    Comparison c = Comparison.of(before, after);
    Difference own = c.differences().stream().filter(d -> d.kind() == Kind.CHANGED).findFirst().orElseThrow();
    Difference upstream = c.differences().stream().filter(d -> d.kind() == Kind.UPSTREAM && d.after().name().equals("dense"))
        .findFirst().orElseThrow();
    assertEquals((256L * 5000 + 5000) - (256L * 4096 + 4096), own.delta());
    assertEquals((9216L * 5000 + 5000) - (256L * 5000 + 5000), upstream.delta());
    assertEquals(c.totalDelta(), sumOfDeltas(c));
  }

  @Test
  void reportsTheInputChangeAndItsEffectOnFc6ForPaper224() {
    Comparison c = Comparison.of(AlexNets.paper(), AlexNets.paper224());
    assertEquals(Kind.INPUT, c.differences().get(0).kind());
    assertEquals(2, c.differences().size());
    assertEquals((6400L - 9216L) * 4096, c.differences().get(1).delta());
  }

  @Test
  void replacesOneLayerByAnotherOfADifferentKind() {
    Network before = AlexNets.paper();
    Network after = before.replace("pool5", dev.paramcount.model.AvgPool2D.of(3, 2).withName("pool5"));
    Comparison c = Comparison.of(before, after);
    assertEquals(1, c.differences().size());
    assertEquals(Kind.REPLACED, c.differences().get(0).kind());
    assertTrue(c.alignment().stream().noneMatch(p -> p.before() == null || p.after() == null
        ? false : p.before().name().equals("pool5") && p.matched()));
  }

  private static long sumOfDeltas(Comparison c) {
    long sum = 0;
    for (Difference d : c.differences()) sum += d.delta();
    return sum;
  }

  private static void assertAlignmentCoversBothNetworksInOrder(Comparison c) {
    List<LayerFacts> a = new ArrayList<>();
    List<LayerFacts> b = new ArrayList<>();
    for (Comparison.Pair p : c.alignment()) {
      if (p.before() != null) a.add(p.before());
      if (p.after() != null) b.add(p.after());
      if (p.matched()) assertEquals(p.before().kerasType(), p.after().kerasType());
    }
    assertEquals(c.before().layers(), a);
    assertEquals(c.after().layers(), b);
  }
}
