package dev.paramcount.entrypoints;

import static dev.paramcount.entrypoints.Errors.oneLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.ParamCount;
import dev.paramcount.chart.Charts;
import dev.paramcount.chart.Scale;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.report.SummaryFormat;
import dev.paramcount.table.Tables;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * Summaries, tables and charts of a network with no layers and of one whose layers have no
 * parameters: each either shows something a student can read or is refused with the library's
 * one-line message naming the network. Never another exception, never an empty frame.
 */
class EmptyNetworksTest {
  static final Network EMPTY = Network.builder("empty").input(8, 8, 3).build();
  static final Network ZERO = Network.builder("zero").input(8, 8, 3).maxPool(2, 2).flatten().dropout(0.5).build();
  static final Network OTHER_ZERO = Network.builder("other_zero").input(8, 8, 3).globalAvgPool().build();

  @TestFactory
  Stream<DynamicTest> everySummaryFormatPrintsBothNetworksWithTotalsOfZero() {
    return Stream.of(EMPTY, ZERO).flatMap(net -> Stream.of(SummaryFormat.values()).map(format ->
        DynamicTest.dynamicTest(net.name() + " as " + format.id(), () -> {
          String text = ParamCount.summary(net, format);
          assertTrue(text.contains(net.name()) || format == SummaryFormat.CSV, text);
          if (format == SummaryFormat.CLASSIC) assertTrue(text.contains("Total params: 0"), text);
          if (format == SummaryFormat.JSON) assertTrue(text.contains("\"totalParams\":0"), text);
        })));
  }

  @TestFactory
  Stream<DynamicTest> everyTableOfBothNetworksIsMadeWithOneRowPerLayer() {
    return Stream.of(EMPTY, ZERO).flatMap(net -> Stream.of(
        table(net, "perLayer", () -> Tables.perLayer(net), net.size()),
        table(net, "byKind", () -> Tables.byKind(net), -1),
        table(net, "totals", () -> Tables.totals(net), 1),
        table(net, "compare with itself", () -> Tables.compare(net, ZERO), -1)));
  }

  private static DynamicTest table(Network net, String what, Supplier<Table> make, int rows) {
    return DynamicTest.dynamicTest(net.name() + " " + what, () -> {
      Table table = make.get();
      if (rows >= 0) assertEquals(rows, table.rowCount());
      table.printAll();
    });
  }

  @TestFactory
  Stream<DynamicTest> everyChartIsDrawnOrRefusedInOneLineNamingTheNetwork() {
    return Stream.of(
        chart("paramsPerLayer of empty", () -> Charts.paramsPerLayer(EMPTY), "empty"),
        chart("paramsPerLayer of zero", () -> Charts.paramsPerLayer(ZERO), null),
        chart("log paramsPerLayer of zero", () -> Charts.paramsPerLayer(ZERO, Scale.LOG), "zero"),
        chart("shareByKind of empty", () -> Charts.shareByKind(EMPTY), "empty"),
        chart("shareByKind of zero", () -> Charts.shareByKind(ZERO), "zero"),
        chart("compare of two zeros", () -> Charts.compare(ZERO, OTHER_ZERO), "zero"),
        chart("compare with empty", () -> Charts.compare(EMPTY, ZERO), "empty"),
        chart("paramsVsMacs of zero", () -> Charts.paramsVsMacs(ZERO), "zero"),
        chart("paramsVsMacs of empty", () -> Charts.paramsVsMacs(EMPTY), "empty"),
        chart("paramsVsMacs of nothing", () -> Charts.paramsVsMacs(), "no network"));
  }

  /** {@code refusal} null: the chart must be drawn; otherwise it must be refused naming {@code refusal}. */
  private static DynamicTest chart(String name, Supplier<Chart<?, ?>> make, String refusal) {
    return DynamicTest.dynamicTest(name, () -> {
      if (refusal != null) {
        oneLine(make::get, refusal);
        return;
      }
      BufferedImage image = Charts.image(make.get());
      assertEquals(Charts.WIDTH, image.getWidth());
      assertEquals(Charts.HEIGHT, image.getHeight());
    });
  }

  @TestFactory
  Stream<DynamicTest> theBridgeAndComparisonOfEmptyNetworksAreText() {
    return Stream.of(
        DynamicTest.dynamicTest("compare empty with zero", () -> {
          String text = ParamCount.compare(EMPTY, ZERO);
          assertTrue(text.contains("empty") && text.contains("zero"), text);
        }),
        DynamicTest.dynamicTest("materialize an empty network", () -> {
          try (var m = dev.paramcount.nd4j.Nd4jModels.materialize(EMPTY, 1)) {
            assertEquals(0, m.totalLength());
          } catch (ModelException refused) {
            oneLine(() -> { throw refused; }, "empty");
          }
        }));
  }
}
