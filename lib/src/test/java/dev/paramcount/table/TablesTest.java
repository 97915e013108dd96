package dev.paramcount.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.LayerKind;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import dev.paramcount.presets.AlexNets;
import dev.paramcount.presets.Preset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

class TablesTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(Preset.class)
  void perLayerCellsAreTheCountedFacts(Preset preset) {
    Counts counts = Counts.of(preset.network());
    Table t = Tables.perLayer(preset.network());
    assertEquals(counts.layers().size(), t.rowCount());
    for (int i = 0; i < t.rowCount(); i++) {
      LayerFacts f = counts.layers().get(i);
      assertEquals(f.index(), t.intColumn(Tables.INDEX).get(i));
      assertEquals(f.name(), t.stringColumn(Tables.LAYER).get(i));
      assertEquals(f.layer().kind().label(), t.stringColumn(Tables.KIND).get(i));
      assertEquals(f.outputShape().toString(), t.stringColumn(Tables.OUTPUT).get(i));
      assertEquals(f.params(), t.longColumn(Tables.PARAMS).get(i));
      assertEquals(f.trainableParams(), t.longColumn(Tables.TRAINABLE).get(i));
      assertEquals(counts.shareOf(f), t.doubleColumn(Tables.SHARE).get(i));
      assertEquals(f.macs().getAsLong(), t.longColumn(Tables.MACS).get(i));
      assertEquals(f.params() * 4, t.longColumn(Tables.BYTES).get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Preset.class)
  void perLayerColumnsAddUpToTheTotals(Preset preset) {
    Counts counts = Counts.of(preset.network());
    Table t = Tables.perLayer(preset.network());
    assertEquals(counts.totalParams(), sum(t.longColumn(Tables.PARAMS)));
    assertEquals(counts.trainableParams(), sum(t.longColumn(Tables.TRAINABLE)));
    assertEquals(counts.totalMacs().getAsLong(), sum(t.longColumn(Tables.MACS)));
    assertEquals(counts.paramBytes(), sum(t.longColumn(Tables.BYTES)));
    assertEquals(1.0, t.doubleColumn(Tables.SHARE).sum(), 1e-12);
  }

  @Test
  void seedTableHoldsTheQuestionsPerLayerCounts() {
    Table t = Tables.perLayer(AlexNets.kerasSeed());
    // The question's Keras summary, as DESIGN.md lists it.
    assertEquals(List.of(34_944L, 0L, 614_656L, 0L, 885_120L, 1_327_488L, 884_992L, 1_052_672L, 16_781_312L, 4_097_000L),
        values(t.longColumn(Tables.PARAMS)));
    assertEquals(25_678_184L, sum(t.longColumn(Tables.PARAMS)));
    assertEquals("13×13×1000", t.stringColumn(Tables.OUTPUT).get(9));
  }

  @Test
  void printedTableHasThousandsSeparatorsAndPercents() {
    String printed = Tables.perLayer(AlexNets.paper()).printAll();
    assertTrue(printed.contains("37,752,832"), printed);
    assertTrue(printed.contains("61.93%"), printed);
    assertTrue(printed.contains("60,965,224 params"), "the title carries the total: " + printed);
    assertFalse(printed.contains("E7"), "no scientific notation: " + printed);
    // every line of the body is as wide as the header: columns line up
    String[] lines = printed.split("\n");
    for (int i = 2; i < lines.length; i++) assertEquals(lines[1].length(), lines[i].length(), lines[i]);
  }

  @Test
  void paperStylePresetsLineUpByName() {
    Table t = Tables.compare(AlexNets.paper(), AlexNets.singleTower(), AlexNets.torchvision());
    assertEquals(List.of(Tables.LAYER, Tables.KIND, "paper", "single-tower", "torchvision", "torchvision - paper"),
        t.columnNames());
    int conv2 = row(t, "conv2");
    assertEquals(307_456L, t.longColumn("paper").get(conv2));
    assertEquals(614_656L, t.longColumn("single-tower").get(conv2));
    assertEquals(5 * 5 * 64 * 192 + 192, t.longColumn("torchvision").get(conv2)); // torchvision's 64→192, 5×5
    int avgpool = row(t, "avgpool");
    assertTrue(t.longColumn("paper").isMissing(avgpool), "paper has no adaptive pool");
    assertTrue(t.longColumn("torchvision").isMissing(row(t, "norm1")), "torchvision has no LRN");
    assertEquals(61_100_840L - 60_965_224L, sum(t.longColumn("torchvision - paper")));
    assertEquals(LayerAlignment.Mode.BY_NAME, alignment(AlexNets.paper(), AlexNets.torchvision()).mode());
  }

  @Test
  void kerasAgainstPaperLinesUpByRoleAndShowsWhereTheMillionsAre() {
    Table t = Tables.compare(AlexNets.kerasSeed(), AlexNets.paper());
    assertEquals(LayerAlignment.Mode.BY_ROLE, alignment(AlexNets.kerasSeed(), AlexNets.paper()).mode());
    int fc6 = row(t, "dense / fc6");
    assertEquals(1_052_672L, t.longColumn("keras-seed").get(fc6));
    assertEquals(37_752_832L, t.longColumn("paper").get(fc6));
    assertEquals(36_700_160L, t.longColumn("paper - keras-seed").get(fc6));
    assertEquals(-307_200L, t.longColumn("paper - keras-seed").get(row(t, "conv2d_1 / conv2")));
    assertEquals(25_678_184L, sum(t.longColumn("keras-seed")));
    assertEquals(60_965_224L, sum(t.longColumn("paper")));
    assertTrue(t.longColumn("keras-seed").isMissing(row(t, "pool5")), "the seed has no third pool");
    assertTrue(t.name().contains("25,678,184") && t.name().contains("60,965,224"), t.name());
  }

  @Test
  void orderedUnionPutsInsertedLayersWhereTheyAre() {
    Table t = Tables.compare(AlexNets.kerasSeed(), AlexNets.kerasFixed());
    assertEquals(List.of("conv2d", "max_pooling2d", "conv2d_1", "max_pooling2d_1", "conv2d_2", "conv2d_3",
        "conv2d_4", "max_pooling2d_2", "flatten", "dense", "dense_1", "dense_2"), t.stringColumn(Tables.LAYER).asList());
  }

  @Test
  void sameNamedVariantsGetDistinctColumns() {
    Table t = Tables.compare(AlexNets.paper(), AlexNets.paper().withUnits("fc6", 2048));
    assertEquals(List.of(Tables.LAYER, Tables.KIND, "paper", "paper (2)", "paper (2) - paper"), t.columnNames());
    assertEquals((9216L * 2048 + 2048) - (9216L * 4096 + 4096), t.longColumn("paper (2) - paper").get(row(t, "fc6")));
    assertEquals((2048L * 4096 + 4096) - (4096L * 4096 + 4096), t.longColumn("paper (2) - paper").get(row(t, "fc7")));
  }

  @Test
  void byKindSplitsConvolutionFromDenseAndShowsTheZeros() {
    Table t = Tables.byKind(AlexNets.paper());
    assertEquals(List.of("convolution", "dense", "pooling", "normalization", "reshape", "regularization"),
        t.stringColumn(Tables.KIND).asList());
    // conv1..conv5 and fc6..fc8 of the paper, as DESIGN.md lists them
    assertEquals(34_944L + 307_456 + 885_120 + 663_936 + 442_624, t.longColumn(Tables.PARAMS).get(0));
    assertEquals(37_752_832L + 16_781_312 + 4_097_000, t.longColumn(Tables.PARAMS).get(1));
    assertEquals(105_415_200L + 223_948_800 + 149_520_384 + 112_140_288 + 74_760_192, t.longColumn(Tables.MACS).get(0));
    assertEquals(37_748_736L + 16_777_216 + 4_096_000, t.longColumn(Tables.MACS).get(1));
    assertEquals(List.of(5, 3, 3, 2, 1, 2), t.intColumn(Tables.LAYERS).asList());
    assertEquals(60_965_224L, sum(t.longColumn(Tables.PARAMS)));
    Counts counts = Counts.of(AlexNets.paper());
    assertEquals(counts.paramsByKind().get(LayerKind.DENSE), t.longColumn(Tables.PARAMS).get(1));
    assertEquals(1.0, t.doubleColumn(Tables.SHARE).sum(), 1e-12);
  }

  @Test
  void totalsListEveryVariantWithItsDesignTotal() {
    Table t = Tables.totals(AlexNets.kerasSeed(), AlexNets.kerasFixed(), AlexNets.singleTower(), AlexNets.paper(),
        AlexNets.paper224(), AlexNets.torchvision());
    assertEquals(List.of("keras-seed", "keras-fixed", "single-tower", "paper", "paper-224", "torchvision"),
        t.stringColumn(Tables.VARIANT).asList());
    assertEquals(List.of(25_678_184L, 62_378_344L, 62_378_344L, 60_965_224L, 49_430_888L, 61_100_840L),
        values(t.longColumn(Tables.PARAMS)));
    assertEquals(724_406_816L, t.longColumn(Tables.MACS).get(3));
    assertEquals("224×224×3", t.stringColumn(Tables.INPUT).get(4));
  }

  @Test
  void unknownImageSizesCountParamsAndLeaveMacsBlank() {
    // Keras's (None, None, 3): the weights are known, the compute is not.
    Network net = Network.builder("any-size").input(Shape.UNKNOWN, Shape.UNKNOWN, 3)
        .conv2d(8, 3).named("conv").globalAvgPool().named("gap").dense(10).named("fc").build();
    Table t = Tables.perLayer(net);
    assertEquals(List.of(3L * 3 * 3 * 8 + 8, 0L, 8L * 10 + 10), values(t.longColumn(Tables.PARAMS)));
    assertTrue(t.longColumn(Tables.MACS).isMissing(0), "conv MACs need the image size");
    assertEquals("?×?×8", t.stringColumn(Tables.OUTPUT).get(0));
    assertEquals("-", t.longColumn(Tables.MACS).getString(0), "a blank prints as -");
    assertEquals("90", t.longColumn(Tables.PARAMS).getString(2));
    assertFalse(t.name().contains("MACs"), "no total MACs in the title when they are unknown: " + t.name());
  }

  @Test
  void anEditedPresetIsNamedByItsNetworkNotThePreset() {
    assertEquals("keras-seed", Variant.of(AlexNets.kerasSeed()).name());
    assertEquals("sequential", Variant.of(AlexNets.kerasSeed().withUnits("dense", 512)).name());
  }

  private static LayerAlignment alignment(Network... nets) {
    return LayerAlignment.of(Variant.all(nets));
  }

  private static int row(Table t, String label) {
    int i = t.stringColumn(Tables.LAYER).asList().indexOf(label);
    assertTrue(i >= 0, "no row " + label + " in " + t.stringColumn(Tables.LAYER).asList());
    return i;
  }

  /** Exact sum of the present values (LongColumn.sum() answers in double). */
  private static long sum(LongColumn c) {
    long s = 0;
    for (int i = 0; i < c.size(); i++) if (!c.isMissing(i)) s += c.getLong(i);
    return s;
  }

  private static List<Long> values(LongColumn c) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) out.add(c.getLong(i));
    return out;
  }
}
