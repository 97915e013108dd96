package dev.paramcount.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.chart.Charts;
import dev.paramcount.count.Counts;
import dev.paramcount.model.Conv2D;
import dev.paramcount.model.Dense;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.presets.AlexNets;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import tech.tablesaw.api.Table;

class SweepsTest {

  @Test
  void fc6WidthMovesTheTotalByItsOwnAndFc7sWeights() {
    Network fixed = AlexNets.kerasFixed();
    Sweep sweep = Sweeps.units(fixed, "dense", 256, 8192, 256);
    assertEquals("dense units", sweep.knob());
    assertEquals("keras-fixed", sweep.subject());
    assertEquals(32, sweep.points().size());
    assertTrue(sweep.gaps().isEmpty());
    for (Sweep.Point p : sweep.points()) {
      long u = (long) p.value();
      assertEquals(Counts.of(fixed.withUnits("dense", (int) u)).totalParams(), p.totalParams().getAsLong());
      // by hand: 62,378,344 less fc6 (9216·4096+4096) and fc7 (4096·4096+4096), plus fc6 (9216·u+u) and fc7 (u·4096+4096)
      assertEquals(62_378_344L - 37_752_832L - 16_781_312L + (9216 * u + u) + (u * 4096 + 4096), p.totalParams().getAsLong());
    }
    assertEquals(62_378_344L, sweep.points().get(15).totalParams().getAsLong(), "4096 units is keras-fixed itself");
  }

  @Test
  void pool5Is6x6ForInputs227To258() {
    Sweep sweep = Sweeps.inputSize(AlexNets.paper(), 195, 260, 1);
    // By hand: conv1 floor((n-11)/4)+1 must be 55..62 for pool1 27..30, pool2 13..14, pool5 6.
    List<Double> expected = IntStream.rangeClosed(227, 258).mapToObj(i -> (double) i).collect(Collectors.toList());
    assertEquals(expected, sweep.valuesWhere("pool5", "6x6x256"));
    Table t = sweep.table("pool5");
    assertEquals(List.of("input size", "params", "MACs", "pool5 output", "gap"), t.columnNames());
    assertEquals("5×5×256", t.stringColumn("pool5 output").get(224 - 195));
    assertEquals(49_430_888L, t.longColumn("params").get(224 - 195), "paper-224's total at 224");
    assertEquals(60_965_224L, t.longColumn("params").get(227 - 195), "paper's total at 227");
    assertEquals("7×7×256", t.stringColumn("pool5 output").get(259 - 195));
    for (Sweep.Point p : sweep.points()) {
      assertEquals(Counts.of(AlexNets.paper().withInput((long) p.value(), (long) p.value(), 3)).totalParams(),
          p.totalParams().getAsLong());
    }
  }

  @Test
  void anInputTooSmallForConv1IsAGapWithTheLibrarysReason() {
    Sweep sweep = Sweeps.inputSize(AlexNets.paper(), 8, 12, 1);
    ModelException direct = assertThrows(ModelException.class, () -> AlexNets.paper().withInput(8, 8, 3));
    Sweep.Point first = sweep.points().get(0);
    assertTrue(first.isGap());
    assertEquals(direct.getMessage(), first.gap().orElseThrow());
    assertTrue(first.gap().orElseThrow().contains("conv1"), first.gap().orElseThrow());
    assertTrue(first.totalParams().isEmpty());
    Table t = sweep.table();
    assertTrue(t.longColumn("params").isMissing(0));
    assertEquals(direct.getMessage(), t.stringColumn("gap").get(0));
    assertEquals(5, sweep.gaps().size(), "pool5 needs at least 67 pixels: conv1 15, pool1 7, pool2 3, pool5 1");
  }

  @Test
  void groupsThatDoNotDivideTheChannelsAreGapsWithTheReason() {
    Network tower = AlexNets.singleTower();
    Sweep sweep = Sweeps.groups(tower, "conv2", 1, 8);
    assertEquals(List.of(3.0, 5.0, 6.0, 7.0), sweep.gaps().stream().map(Sweep.Point::value).collect(Collectors.toList()));
    for (Sweep.Point p : sweep.points()) {
      int g = (int) p.value();
      if (p.isGap()) {
        ModelException e = assertThrows(ModelException.class, () -> tower.withGroups("conv2", g));
        assertEquals(e.getMessage(), p.gap().orElseThrow());
        assertTrue(e.getMessage().contains("groups"), e.getMessage());
      } else {
        assertEquals(Counts.of(tower.withGroups("conv2", g)).totalParams(), p.totalParams().getAsLong());
        // conv2: 5·5·(96/g)·256 + 256
        assertEquals(62_378_344L - 614_656L + (5L * 5 * (96 / g) * 256 + 256), p.totalParams().getAsLong());
      }
    }
  }

  @Test
  void genericSweepTakesAnyEdit() {
    Network paper = AlexNets.paper();
    Sweep sweep = Sweeps.over("conv1 kernel", new int[] {3, 5, 7, 11}, k -> paper.withKernel("conv1", k));
    assertEquals("", sweep.subject());
    for (Sweep.Point p : sweep.points()) {
      long k = (long) p.value();
      assertEquals(Counts.of(paper.withKernel("conv1", (int) k)).totalParams(), p.totalParams().getAsLong());
      assertEquals(60_965_224L - 34_944 + (k * k * 3 * 96 + 96), p.totalParams().getAsLong(),
          "conv1's kernel changes conv1's weights only: for these kernels pool5 stays 6×6");
    }
  }

  @Test
  void widthMultiplierScalesConvsAndHiddenDenseToMultiplesOf8() {
    Network half = WidthMultiplier.apply(AlexNets.paper(), 0.5);
    assertEquals(48, ((Conv2D) half.layer("conv1")).filters());
    assertEquals(128, ((Conv2D) half.layer("conv2")).filters());
    assertEquals(2048, ((Dense) half.layer("fc6")).units());
    assertEquals(2048, ((Dense) half.layer("fc7")).units());
    assertEquals(1000, ((Dense) half.layer("fc8")).units(), "the class scores stay 1000");
    assertEquals(AlexNets.paper(), WidthMultiplier.apply(AlexNets.paper(), 1.0));
    assertEquals(32, WidthMultiplier.scaled(96, 0.3), "28.8 rounds to the nearest multiple of 8");
    assertEquals(8, WidthMultiplier.scaled(1000, 0.001), "never below 8");
    assertEquals(104, WidthMultiplier.scaled(96, 1.05), "100.8 → 104");

    Sweep sweep = Sweeps.width(AlexNets.paper(), 0.25, 0.5, 1, 2);
    for (Sweep.Point p : sweep.points()) {
      assertEquals(Counts.of(WidthMultiplier.apply(AlexNets.paper(), p.value())).totalParams(), p.totalParams().getAsLong());
    }
    assertEquals(60_965_224L, sweep.points().get(2).totalParams().getAsLong());
    assertThrows(ModelException.class, () -> WidthMultiplier.apply(AlexNets.paper(), 0));
  }

  @Test
  void aMissingOrWrongLayerFailsAtOnce() {
    ModelException missing = assertThrows(ModelException.class, () -> Sweeps.units(AlexNets.paper(), "fc9", 1, 10, 1));
    assertTrue(missing.getMessage().contains("fc9"), missing.getMessage());
    ModelException wrong = assertThrows(ModelException.class, () -> Sweeps.units(AlexNets.paper(), "conv1", 1, 10, 1));
    assertTrue(wrong.getMessage().contains("conv1"), wrong.getMessage());
    assertThrows(ModelException.class, () -> Sweeps.filters(AlexNets.paper(), "fc6", 1, 10, 1));
    assertThrows(ModelException.class, () -> Sweeps.range(10, 1, 1));
    assertThrows(ModelException.class, () -> Sweeps.range(1, 10, 0));
    assertArrayEquals(new int[] {256, 512, 768}, Sweeps.range(256, 800, 256));
  }

  @Test
  void chartLinesAreTheTotalsWithGapsAsBreaks() throws Exception {
    Sweep sweep = Sweeps.inputSize(AlexNets.paper(), 60, 120, 5);
    XYChart chart = sweep.chart();
    XYSeries params = chart.getSeriesMap().get(SweepChart.PARAMS);
    XYSeries macs = chart.getSeriesMap().get(SweepChart.MACS);
    XYSeries gaps = chart.getSeriesMap().get(SweepChart.GAPS);
    for (int i = 0; i < sweep.points().size(); i++) {
      Sweep.Point p = sweep.points().get(i);
      assertEquals(p.value(), params.getXData()[i]);
      if (p.isGap()) {
        assertTrue(Double.isNaN(params.getYData()[i]), "a gap breaks the line");
      } else {
        assertEquals((double) p.totalParams().getAsLong(), params.getYData()[i]);
        assertEquals((double) p.totalMacs().getAsLong(), macs.getYData()[i]);
      }
    }
    assertArrayEquals(sweep.gaps().stream().mapToDouble(Sweep.Point::value).toArray(), gaps.getXData());
    assertEquals(1, macs.getYAxisGroup(), "MACs on their own axis");

    BufferedImage img = ImageIO.read(new ByteArrayInputStream(Charts.png(chart)));
    assertEquals(Charts.WIDTH, img.getWidth());
    assertEquals(Charts.HEIGHT, img.getHeight());
    long coloured = 0;
    int line = params.getLineColor().getRGB() & 0xFFFFFF;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xFFFFFF) == line) coloured++;
    }
    assertTrue(coloured > 500, "the params line is drawn: " + coloured + " pixels");
  }

  @Test
  void aSweepOfOnlyGapsHasATableButNoChart() {
    Sweep sweep = Sweeps.inputSize(AlexNets.paper(), 1, 10, 1);
    assertEquals(10, sweep.gaps().size());
    assertEquals(10, sweep.table().rowCount());
    ModelException e = assertThrows(ModelException.class, sweep::chart);
    assertTrue(e.getMessage().contains("every point"), e.getMessage());
  }

  @Test
  void printedSweepTableReadsWell() {
    String printed = Sweeps.units(AlexNets.kerasFixed(), "dense", 1024, 4096, 1024).table().printAll();
    assertTrue(printed.contains("4,096"), printed);
    assertTrue(printed.contains("62,378,344"), printed);
    assertFalse(printed.contains("4096.0"), printed);
  }

  @Test
  void aSweepOfMillionsOfPointsIsRefusedBeforeCountingAny() {
    ModelException e = assertThrows(ModelException.class,
        () -> Sweeps.units(AlexNets.paper(), "fc6", 1, Integer.MAX_VALUE, 1));
    assertTrue(e.getMessage().contains("too many"), e.getMessage());
    assertTrue(e.getMessage().contains("1..2147483647 step 1"), e.getMessage());
    assertEquals(Sweeps.MAX_POINTS, Sweeps.range(1, Sweeps.MAX_POINTS, 1).length);
  }
}
