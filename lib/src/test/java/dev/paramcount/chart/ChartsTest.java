package dev.paramcount.chart;

import static dev.paramcount.chart.Images.assertRealChart;
import static dev.paramcount.chart.Images.pixelsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.count.Bridge;
import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.LayerKind;
import dev.paramcount.model.MaxPool2D;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import dev.paramcount.presets.AlexNets;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.w3c.dom.Document;

class ChartsTest {

  @Test
  void paramsPerLayerIsARealImageInThePapersColour() {
    CategoryChart chart = Charts.paramsPerLayer(AlexNets.paper());
    BufferedImage img = assertRealChart(Charts.png(chart));
    assertTrue(pixelsOf(img, Palette.of("paper")) > 5_000, "the fc6 bar alone is thousands of paper-blue pixels");
    BufferedImage direct = Charts.image(chart);
    assertEquals(Charts.WIDTH, direct.getWidth());
    assertEquals(Charts.HEIGHT, direct.getHeight());
  }

  @Test
  void paramsPerLayerBarsAreTheCountedParams() {
    Counts counts = Counts.of(AlexNets.paper());
    CategorySeries s = onlySeries(Charts.paramsPerLayer(AlexNets.paper()));
    assertEquals("paper", s.getName());
    assertEquals(counts.layers().stream().map(LayerFacts::name).collect(Collectors.toList()), new ArrayList<>(s.getXData()));
    assertEquals(counts.layers().stream().map(LayerFacts::params).collect(Collectors.toList()), longs(s.getYData()));
    assertEquals(37_752_832L, longs(s.getYData()).get(11)); // fc6, as DESIGN.md gives it
  }

  @Test
  void logScaleKeepsEverySlotButDrawsNoBarForZero() {
    CategoryChart chart = Charts.paramsPerLayer(AlexNets.kerasSeed(), Scale.LOG);
    assertTrue(chart.getStyler().isYAxisLogarithmic());
    CategorySeries s = onlySeries(chart);
    List<? extends Number> ys = new ArrayList<>(s.getYData());
    assertEquals(10, ys.size());
    assertNull(ys.get(1), "max_pooling2d has 0 params: no bar on a log axis");
    assertNull(ys.get(3));
    assertEquals(34_944L, ys.get(0).longValue());
    assertEquals(4_097_000L, ys.get(9).longValue());
    assertTrue(chart.getStyler().getYAxisMin() <= 34_944 && chart.getStyler().getYAxisMin() > 0);
    assertTrue(pixelsOf(assertRealChart(Charts.png(chart)), Palette.of("keras-seed")) > 5_000);
  }

  @Test
  void comparisonSetsVariantsSideBySideInTheirOwnColours() {
    CategoryChart chart = Charts.compare(AlexNets.kerasSeed(), AlexNets.paper());
    assertEquals(List.of("keras-seed", "paper"), new ArrayList<>(chart.getSeriesMap().keySet()));
    CategorySeries seed = chart.getSeriesMap().get("keras-seed");
    CategorySeries paper = chart.getSeriesMap().get("paper");
    assertEquals(Palette.of("keras-seed"), seed.getFillColor());
    assertEquals(Palette.of("paper"), paper.getFillColor());
    // only the layers with parameters get a slot: 5 convolutions, 3 dense, paired by role
    assertEquals(List.of("conv2d / conv1", "conv2d_1 / conv2", "conv2d_2 / conv3", "conv2d_3 / conv4",
        "conv2d_4 / conv5", "dense / fc6", "dense_1 / fc7", "dense_2 / fc8"), new ArrayList<>(seed.getXData()));
    assertEquals(List.of(34_944L, 614_656L, 885_120L, 1_327_488L, 884_992L, 1_052_672L, 16_781_312L, 4_097_000L),
        longs(seed.getYData()));
    assertEquals(List.of(34_944L, 307_456L, 885_120L, 663_936L, 442_624L, 37_752_832L, 16_781_312L, 4_097_000L),
        longs(paper.getYData()));
    BufferedImage img = assertRealChart(Charts.png(chart));
    assertTrue(pixelsOf(img, Palette.of("keras-seed")) > 2_000, "keras-seed's orange bars are drawn");
    assertTrue(pixelsOf(img, Palette.of("paper")) > 2_000, "paper's blue bars are drawn");
  }

  @Test
  void aVariantHasTheSameColourInEveryChart() {
    Network edited = AlexNets.paper().withUnits("fc6", 2048).withName("paper fc6=2048");
    CategoryChart alone = Charts.paramsPerLayer(edited);
    CategoryChart together = Charts.compare(AlexNets.kerasSeed(), edited, AlexNets.paper());
    assertEquals(onlySeries(alone).getFillColor(), together.getSeriesMap().get("paper fc6=2048").getFillColor());
    assertEquals(Palette.of("keras-seed"), together.getSeriesMap().get("keras-seed").getFillColor());
    assertEquals(3, together.getSeriesMap().values().stream().map(CategorySeries::getFillColor).distinct().count());
  }

  @Test
  void comparisonOnALogAxisLeavesMissingLayersWithoutBars() {
    CategoryChart chart = Charts.compare(Scale.LOG, AlexNets.paper(), AlexNets.paper224(), AlexNets.torchvision());
    assertTrue(chart.getStyler().isYAxisLogarithmic());
    assertEquals(List.of("conv1", "conv2", "conv3", "conv4", "conv5", "fc6", "fc7", "fc8"),
        new ArrayList<>(chart.getSeriesMap().get("paper").getXData()));
    assertEquals(6400L * 4096 + 4096, longs(chart.getSeriesMap().get("paper-224").getYData()).get(5), "fc6 on 5×5×256");
    assertRealChart(Charts.png(chart));
  }

  @Test
  void shareByKindSlicesAreTheParamsOfEachKind() {
    PieChart chart = Charts.shareByKind(AlexNets.paper());
    Map<LayerKind, Long> byKind = Counts.of(AlexNets.paper()).paramsByKind();
    assertEquals(2, chart.getSeriesMap().size(), "only convolution and dense hold parameters");
    assertEquals(byKind.get(LayerKind.CONVOLUTION), chart.getSeriesMap().get("convolution: 2,334,080").getValue().longValue());
    assertEquals(byKind.get(LayerKind.DENSE), chart.getSeriesMap().get("dense: 58,631,144").getValue().longValue());
    BufferedImage img = assertRealChart(Charts.png(chart));
    assertTrue(pixelsOf(img, Palette.of(LayerKind.DENSE)) > 50_000, "the dense slice is most of the pie");
    assertTrue(pixelsOf(img, Palette.of(LayerKind.CONVOLUTION)) > 1_000, "the convolution slice is drawn");
  }

  @Test
  void bridgeWaterfallBarsAreTheBridgesSteps() {
    Bridge bridge = Bridge.kerasToPaper();
    WaterfallChart chart = Charts.bridge(bridge);
    List<WaterfallChart.Bar> bars = chart.bars();
    assertEquals(bridge.steps().size() + 1, bars.size(), "start, three edits, end");
    assertEquals(List.of(0L, 36_700_160L, -1_413_120L),
        bars.subList(1, 4).stream().map(WaterfallChart.Bar::delta).collect(Collectors.toList()));
    for (int i = 1; i < bridge.steps().size(); i++) assertEquals(bridge.steps().get(i).delta(), bars.get(i).delta());

    Map<String, CategorySeries> series = chart.getSeriesMap();
    assertEquals(nullable(25_678_184L, null, null, null, null), nullableLongs(series.get(WaterfallChart.START).getYData()));
    assertEquals(nullable(null, 0L, 36_700_160L, null, null), nullableLongs(series.get(WaterfallChart.RISE).getYData()));
    assertEquals(nullable(null, null, null, 1_413_120L, null), nullableLongs(series.get(WaterfallChart.FALL).getYData()));
    assertEquals(nullable(null, null, null, null, 60_965_224L), nullableLongs(series.get(WaterfallChart.END).getYData()));
    // the floating bars stand on the total before them (the fall on the total after it)
    assertEquals(nullable(null, 25_678_184L, 25_678_184L, 60_965_224L, null),
        nullableLongs(series.get(WaterfallChart.BASE).getYData()));
    assertEquals(0, series.get(WaterfallChart.BASE).getFillColor().getAlpha(), "the base is invisible");

    BufferedImage img = assertRealChart(Charts.png(chart));
    assertTrue(pixelsOf(img, Palette.RISE) > 5_000, "the +36,700,160 bar is green");
    assertTrue(pixelsOf(img, Palette.FALL) > 200, "the -1,413,120 bar is red");
    assertTrue(pixelsOf(img, Palette.of("keras-seed")) > 5_000, "the start bar is the seed's colour");
    assertTrue(pixelsOf(img, Palette.of("paper")) > 5_000, "the end bar, the paper's count, is the paper's colour");
    assertEquals(List.of("keras-seed", "+ MaxPool after conv5", "+ Flatten before fc6", "conv2, 4, 5 in 2 groups", "paper"),
        bars.stream().map(WaterfallChart.Bar::category).collect(Collectors.toList()));
  }

  @Test
  void aHandBuiltBridgeNamesItsOwnStepsAndEndsInAResult() {
    Bridge bridge = Bridge.from(AlexNets.paper(), "paper")
        .then(Bridge.Change.OTHER, "fc6 to 2048", n -> n.withUnits("fc6", 2048))
        .build();
    WaterfallChart chart = Charts.bridge(bridge);
    assertEquals(List.of("paper", "fc6 to 2048", "result"),
        chart.bars().stream().map(WaterfallChart.Bar::category).collect(Collectors.toList()));
    // fc6 and fc7 both shrink, worked out from the Dense formula: inputs·units + units
    long delta = (9216L * 2048 + 2048 + 2048L * 4096 + 4096) - (9216L * 4096 + 4096 + 4096L * 4096 + 4096);
    assertEquals(delta, chart.bars().get(1).delta());
    assertEquals(nullable(null, -delta, null), nullableLongs(chart.getSeriesMap().get(WaterfallChart.FALL).getYData()));
    assertRealChart(Charts.png(chart));
  }

  @Test
  void paramsAgainstMacsPlotsEveryLayerWithBoth() {
    LabelledScatterChart chart = Charts.paramsVsMacs(AlexNets.kerasSeed(), AlexNets.paper());
    assertTrue(chart.getStyler().isXAxisLogarithmic() && chart.getStyler().isYAxisLogarithmic());
    for (String name : List.of("keras-seed", "paper")) {
      Counts counts = Counts.of(name.equals("paper") ? AlexNets.paper() : AlexNets.kerasSeed());
      List<LayerFacts> weighted = counts.layers().stream().filter(f -> f.params() > 0).collect(Collectors.toList());
      XYSeries s = chart.getSeriesMap().get(name);
      assertEquals(weighted.stream().map(f -> (double) f.macs().getAsLong()).collect(Collectors.toList()), doubles(s.getXData()));
      assertEquals(weighted.stream().map(f -> (double) f.params()).collect(Collectors.toList()), doubles(s.getYData()));
      assertEquals(Palette.of(name), s.getMarkerColor());
    }
    // every point is named after its layer
    assertEquals(List.of("conv2d", "conv2d_1", "conv2d_2", "conv2d_3", "conv2d_4", "dense", "dense_1", "dense_2",
        "conv1", "conv2", "conv3", "conv4", "conv5", "fc6", "fc7", "fc8"),
        chart.labels().stream().map(LabelledScatterChart.Label::name).collect(Collectors.toList()));
    // the seed's dense_1: 16,781,312 params at 169 positions: 2,835,349,504 MACs (DESIGN.md's 3,704,782,848 for all three)
    assertTrue(doubles(chart.getSeriesMap().get("keras-seed").getXData()).contains(2_835_349_504.0));
    BufferedImage img = assertRealChart(Charts.png(chart));
    assertTrue(pixelsOf(img, Palette.of("keras-seed")) > 100 && pixelsOf(img, Palette.of("paper")) > 100);
  }

  @Test
  void svgIsWellFormedAndCarriesTheTitle() {
    for (Chart<?, ?> chart : List.<Chart<?, ?>>of(Charts.bridge(Bridge.kerasToPaper()),
        Charts.paramsPerLayer(AlexNets.paper(), Scale.LOG), Charts.shareByKind(AlexNets.kerasSeed()))) {
      String svg = Charts.svg(chart);
      Document doc = Images.parseSvg(svg);
      assertEquals("svg", doc.getDocumentElement().getLocalName());
      assertEquals(chart.getTitle(), doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
      assertTrue(svg.contains("<path"), "the drawing is in it too");
    }
  }

  @Test
  void pngAndSvgFilesAreWritten(@TempDir Path dir) throws Exception {
    CategoryChart chart = Charts.paramsPerLayer(AlexNets.torchvision());
    Path png = Charts.savePng(chart, dir.resolve("sub/per-layer.png"));
    Path svg = Charts.saveSvg(chart, dir.resolve("sub/per-layer.svg"));
    assertRealChart(Files.readAllBytes(png));
    assertEquals("svg", Images.parseSvg(Files.readString(svg)).getDocumentElement().getLocalName());
  }

  @Test
  void aNetworkWithoutLayersIsAClearError() {
    Network empty = new Network("empty", Shape.of(227, 227, 3), List.of());
    ModelException e = assertThrows(ModelException.class, () -> Charts.paramsPerLayer(empty));
    assertTrue(e.getMessage().contains("'empty' has no layers"), e.getMessage());
    assertThrows(ModelException.class, () -> Charts.compare(empty, AlexNets.paper()));
    assertThrows(ModelException.class, () -> Charts.shareByKind(empty));
    assertThrows(ModelException.class, () -> Charts.paramsVsMacs(empty));
  }

  @Test
  void aNetworkWithoutParametersDrawsZerosLinearlyAndRefusesTheRest() {
    Network pools = new Network("pools", Shape.of(64, 64, 3), List.of(MaxPool2D.of(2, 2), MaxPool2D.of(2, 2)));
    CategoryChart linear = Charts.paramsPerLayer(pools);
    assertEquals(List.of(0L, 0L), longs(onlySeries(linear).getYData()));
    assertRealChart(Charts.png(linear));
    for (Runnable r : List.<Runnable>of(() -> Charts.paramsPerLayer(pools, Scale.LOG), () -> Charts.shareByKind(pools),
        () -> Charts.compare(pools, pools), () -> Charts.paramsVsMacs(pools))) {
      ModelException e = assertThrows(ModelException.class, r::run);
      assertTrue(e.getMessage().contains("no parameters") || e.getMessage().contains("has any parameters")
          || e.getMessage().contains("no layer with both"), e.getMessage());
    }
  }

  @Test
  void compactNumbersReadAsTheyShould() {
    assertEquals("0", ChartStyle.compact(0));
    assertEquals("950", ChartStyle.compact(950));
    assertEquals("34.9 k", ChartStyle.compact(34_944));
    assertEquals("1.41 M", ChartStyle.compact(1_413_120));
    assertEquals("25.7 M", ChartStyle.compact(25_678_184));
    assertEquals("4.78 G", ChartStyle.compact(4_781_416_992.0));
    assertEquals("+36,700,160", ChartStyle.signed(36_700_160));
    assertEquals("\u22121,413,120", ChartStyle.signed(-1_413_120));
  }

  private static CategorySeries onlySeries(CategoryChart chart) {
    assertEquals(1, chart.getSeriesMap().size());
    return chart.getSeriesMap().values().iterator().next();
  }

  private static List<Long> longs(java.util.Collection<? extends Number> values) {
    return values.stream().map(Number::longValue).collect(Collectors.toList());
  }

  private static List<Long> nullableLongs(java.util.Collection<? extends Number> values) {
    List<Long> out = new ArrayList<>();
    for (Number n : values) out.add(n == null ? null : n.longValue());
    return out;
  }

  private static List<Double> doubles(double[] values) {
    return java.util.Arrays.stream(values).boxed().collect(Collectors.toList());
  }

  /** A list that may hold nulls, which List.of may not. */
  private static List<Long> nullable(Long... values) {
    return java.util.Arrays.asList(values);
  }
}
