package dev.paramcount.chart;

import dev.paramcount.count.Bridge;
import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.LayerKind;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.table.LayerAlignment;
import dev.paramcount.table.Variant;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieSeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of the counts, one method per chart, each returning the XChart object (its series
 * hold exactly the counted numbers) ready for {@link #image}, {@link #png} or {@link #svg}:
 *
 * <pre>{@code
 * Charts.image(Charts.paramsPerLayer(AlexNets.paper()))      // a notebook cell shows it
 * Charts.image(Charts.bridge(Bridge.kerasToPaper()))
 * Charts.savePng(Charts.compare(AlexNets.kerasSeed(), AlexNets.paper()), Path.of("compare.png"))
 * }</pre>
 *
 * <p>Every chart is {@value #WIDTH}×{@value #HEIGHT} pixels. A chart with nothing to draw — a
 * network without layers, or a log-scale, share or scatter chart of a network without parameters
 * — throws {@link ModelException} saying so, rather than drawing an empty frame.
 */
public final class Charts {
  private Charts() {}

  public static final int WIDTH = 1000;
  public static final int HEIGHT = 600;

  static final String PARAMS_AXIS = "parameters";
  static final String MACS_AXIS = "multiply-accumulates per image";

  // ---- parameters per layer ----

  /** Parameters of each layer of one network, in network order, on a linear axis. */
  public static CategoryChart paramsPerLayer(Network network) {
    return paramsPerLayer(network, Scale.LINEAR);
  }

  /**
   * Parameters of each layer of one network, in network order. Every layer has a slot, so
   * pools, LRN and dropout show as named slots without a bar: on a linear axis their bar has
   * height 0 (labelled 0), on a log axis they have no bar at all, since log 0 does not exist.
   */
  public static CategoryChart paramsPerLayer(Network network, Scale scale) {
    Variant v = Variant.of(network);
    Counts counts = v.counts();
    requireLayers(counts);
    if (scale == Scale.LOG) requireParams(counts, "a log-scale chart");
    List<String> names = new ArrayList<>();
    List<Long> params = new ArrayList<>();
    for (LayerFacts f : counts.layers()) {
      names.add(f.name());
      params.add(scale == Scale.LOG && f.params() == 0 ? null : f.params());
    }
    CategoryChart chart = categoryChart(
        "Parameters per layer: " + v.name() + ", " + ChartStyle.grouped(counts.totalParams()) + " in total"
            + (scale == Scale.LOG ? " (log scale)" : ""),
        scale == Scale.LOG ? "layer (0: no parameters, no bar, as a log axis cannot show 0)" : "layer, in network order",
        scale);
    chart.addSeries(v.name(), names, params).setFillColor(Palette.of(v.name()));
    chart.getStyler().setLegendVisible(false);
    long max = counts.layers().stream().mapToLong(LayerFacts::params).max().orElse(0);
    Axis axis = fitAxis(chart, scale, max, minPositive(counts.layers().stream().mapToLong(LayerFacts::params)));
    // Each slot's value above its bar, compact ("37.8 M"; the table has the exact numbers),
    // and a 0 on the floor of a slot without parameters, so its emptiness reads as a count.
    for (int i = 0; i < counts.layers().size(); i++) {
      long p = counts.layers().get(i).params();
      chart.addAnnotation(new AnnotationText(ChartStyle.compact(p), i + 0.5, axis.above(p), false));
    }
    return chart;
  }

  // ---- variants side by side ----

  /** Two or more variants' parameters per layer, side by side, on a linear axis. */
  public static CategoryChart compare(Network... networks) {
    return compare(Scale.LINEAR, Variant.all(networks));
  }

  /** {@link #compare(Network...)} on the chosen axis. */
  public static CategoryChart compare(Scale scale, Network... networks) {
    return compare(scale, Variant.all(networks));
  }

  /**
   * Variants side by side per layer, lined up as {@link LayerAlignment} says (by name, or by
   * role when the names differ). Only rows where some variant has parameters get a slot;
   * a variant without a layer in a slot has no bar there.
   */
  public static CategoryChart compare(Scale scale, List<Variant> variants) {
    LayerAlignment alignment = LayerAlignment.of(Variant.unique(variants));
    for (Variant v : alignment.variants()) requireLayers(v.counts());
    List<LayerAlignment.Row> rows = alignment.rowsWithParams();
    if (rows.isEmpty()) {
      throw ModelException.network("none of " + names(alignment.variants())
          + " has any parameters: a per-layer comparison has nothing to draw");
    }
    List<String> categories = rows.stream().map(LayerAlignment.Row::label).collect(Collectors.toList());
    CategoryChart chart = categoryChart(
        "Parameters per layer: " + alignment.variants().stream()
            // Two variants have room for their exact totals; more keep the title on one line.
            .map(v -> alignment.variants().size() <= 2 ? v.name() + " (" + ChartStyle.grouped(v.totalParams()) + ")" : v.name())
            .collect(Collectors.joining(" vs ")) + (scale == Scale.LOG ? " (log scale)" : ""),
        "layer, " + alignment.mode().description(), scale);
    List<Color> colors = Palette.of(alignment.variants().stream().map(Variant::name).collect(Collectors.toList()));
    long max = 0;
    long minPositive = Long.MAX_VALUE;
    for (int i = 0; i < alignment.variants().size(); i++) {
      List<Long> values = new ArrayList<>(rows.size());
      for (LayerAlignment.Row row : rows) {
        long p = row.params(i).orElse(0);
        values.add(row.params(i).isEmpty() || (scale == Scale.LOG && p == 0) ? null : p);
        max = Math.max(max, p);
        if (p > 0) minPositive = Math.min(minPositive, p);
      }
      chart.addSeries(alignment.variants().get(i).name(), categories, values).setFillColor(colors.get(i));
    }
    fitAxis(chart, scale, max, minPositive);
    if (categories.stream().mapToInt(String::length).max().orElse(0) > 12) {
      chart.getStyler().setXAxisLabelRotation(20);
    }
    return chart;
  }

  // ---- share by kind ----

  /** Each kind of layer's share of the parameters, as a pie: kinds without parameters have no slice. */
  public static PieChart shareByKind(Network network) {
    Variant v = Variant.of(network);
    Counts counts = v.counts();
    requireLayers(counts);
    requireParams(counts, "a share-by-kind chart");
    PieChart chart = new PieChart(WIDTH, HEIGHT);
    chart.setTitle("Share of parameters by kind of layer: " + v.name() + ", "
        + ChartStyle.grouped(counts.totalParams()) + " in total");
    PieStyler s = chart.getStyler();
    ChartStyle.apply(s);
    s.setLegendPosition(PieStyler.LegendPosition.OutsideE);
    s.setLegendLayout(PieStyler.LegendLayout.Vertical);
    s.setLabelType(PieStyler.LabelType.Percentage);
    s.setLabelsFont(ChartStyle.LABELS_BOLD);
    s.setLabelsFontColorAutomaticEnabled(true);
    s.setLabelsDistance(0.72);
    s.setDecimalPattern("0.0"); // XChart appends the % sign
    s.setForceAllLabelsVisible(true);
    s.setStartAngleInDegrees(90);
    for (Map.Entry<LayerKind, Long> e : counts.paramsByKind().entrySet()) {
      if (e.getValue() == 0) continue;
      PieSeries slice = chart.addSeries(e.getKey().label() + ": " + ChartStyle.grouped(e.getValue()), e.getValue());
      slice.setFillColor(Palette.of(e.getKey()));
    }
    return chart;
  }

  // ---- the bridge ----

  /**
   * The bridge as a waterfall: the start total, one floating bar per edit (green adds, red
   * removes, a dashed line alone for +0), the end total; every bar labelled with its value.
   */
  public static WaterfallChart bridge(Bridge bridge) {
    List<WaterfallChart.Bar> bars = new ArrayList<>();
    Bridge.Step start = bridge.start();
    String startName = Variant.nameOf(start.counts().network());
    bars.add(new WaterfallChart.Bar(startName, 0, start.totalParams(), true));
    List<Bridge.Step> steps = bridge.steps();
    for (int i = 1; i < steps.size(); i++) {
      Bridge.Step s = steps.get(i);
      bars.add(new WaterfallChart.Bar(stepName(s), steps.get(i - 1).totalParams(), s.totalParams(), false));
    }
    String endName = endName(bridge);
    bars.add(new WaterfallChart.Bar(endName, 0, bridge.end().totalParams(), true));

    WaterfallChart chart = new WaterfallChart(WIDTH, HEIGHT, bars);
    chart.setTitle("From " + ChartStyle.grouped(bridge.start().totalParams()) + " to "
        + ChartStyle.grouped(bridge.end().totalParams()) + " parameters, one edit at a time");
    chart.setXAxisTitle("edit (" + start.label() + " first)");
    chart.setYAxisTitle(PARAMS_AXIS);
    ChartStyle.axes(chart.getStyler());
    ChartStyle.compactY(chart);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setAvailableSpaceFill(0.6);
    chart.getSeriesMap().get(WaterfallChart.START).setFillColor(Palette.of(startName));
    chart.getSeriesMap().get(WaterfallChart.END).setFillColor(endName.equals(RESULT) ? Palette.NEUTRAL : Palette.of(endName));
    long top = bars.stream().mapToLong(WaterfallChart.Bar::top).max().orElse(0);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(top == 0 ? 1.0 : top * 1.12);
    return chart;
  }

  // ---- parameters against MACs ----

  /**
   * Parameters against multiply-accumulates, one point per layer that has both, log on both
   * axes, each point labelled with its layer's name ({@link LabelledScatterChart} places the
   * names so they do not cover each other): the Dense layers of the question's model
   * sit far to the right of the paper's (same parameters, applied at 169 positions).
   */
  public static LabelledScatterChart paramsVsMacs(Network... networks) {
    List<Variant> variants = Variant.all(networks);
    if (variants.isEmpty()) throw ModelException.network("no network given: a scatter chart needs at least one");
    LabelledScatterChart chart = new LabelledScatterChart(WIDTH, HEIGHT);
    chart.setTitle("Parameters against compute per layer" + (variants.size() <= 2 ? ": " + names(variants) : ""));
    chart.setXAxisTitle(MACS_AXIS + " (log scale)");
    chart.setYAxisTitle(PARAMS_AXIS + " (log scale)");
    ChartStyle.axes(chart.getStyler());
    chart.getStyler().setPlotGridVerticalLinesVisible(true);
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setMarkerSize(12);
    chart.getStyler().setLegendVisible(variants.size() > 1);
    // Custom tick formatters would replace XChart's decade ticks with linear ones: use a pattern.
    chart.getStyler().setXAxisDecimalPattern("#,##0");
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    List<Color> colors = Palette.of(variants.stream().map(Variant::name).collect(Collectors.toList()));
    for (int i = 0; i < variants.size(); i++) {
      Variant v = variants.get(i);
      requireLayers(v.counts());
      List<LayerFacts> layers = v.counts().layers().stream()
          .filter(f -> f.params() > 0 && f.macs().isPresent() && f.macs().getAsLong() > 0)
          .collect(Collectors.toList());
      if (layers.isEmpty()) continue;
      double[] x = layers.stream().mapToDouble(f -> f.macs().getAsLong()).toArray();
      double[] y = layers.stream().mapToDouble(LayerFacts::params).toArray();
      XYSeries series = chart.addSeries(v.name(), x, y);
      series.setMarkerColor(colors.get(i));
      // A shape per variant too: variants that share a layer put their points on one spot.
      series.setMarker(MARKERS[i % MARKERS.length]);
      for (int j = 0; j < layers.size(); j++) chart.label(layers.get(j).name(), x[j], y[j]);
    }
    if (chart.getSeriesMap().isEmpty()) {
      throw ModelException.network(names(variants)
          + " has no layer with both parameters and multiply-accumulates: a log-log scatter has nothing to draw");
    }
    fitDecades(chart);
    return chart;
  }

  /** Both log axes over whole decades around the points, with room for the labels at the top and right. */
  private static void fitDecades(LabelledScatterChart chart) {
    List<LabelledScatterChart.Label> labels = chart.labels();
    chart.getStyler()
        .setXAxisMin(decadeBelow(labels.stream().mapToDouble(LabelledScatterChart.Label::x).min().orElse(1)))
        .setXAxisMax(decadeAbove(labels.stream().mapToDouble(LabelledScatterChart.Label::x).max().orElse(10) * 2))
        .setYAxisMin(decadeBelow(labels.stream().mapToDouble(LabelledScatterChart.Label::y).min().orElse(1)))
        .setYAxisMax(decadeAbove(labels.stream().mapToDouble(LabelledScatterChart.Label::y).max().orElse(10) * 2));
  }

  private static double decadeBelow(double v) {
    return Math.pow(10, Math.floor(Math.log10(v)));
  }

  private static double decadeAbove(double v) {
    return Math.pow(10, Math.ceil(Math.log10(v)));
  }

  private static final Marker[] MARKERS = {
      SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP,
      SeriesMarkers.TRIANGLE_DOWN};

  // ---- images and files ----

  /** The chart drawn into an image of the chart's size (a notebook cell shows it). */
  public static BufferedImage image(Chart<?, ?> chart) {
    return BitmapEncoder.getBufferedImage(chart);
  }

  /** The chart as PNG bytes. */
  public static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The chart as an SVG document. XChart draws text as outlines, so the chart's title is also
   * put in the SVG's {@code <title>} element, where screen readers and search find it.
   */
  public static String svg(Chart<?, ?> chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String svg = out.toString(StandardCharsets.UTF_8);
    int root = svg.indexOf("<svg");
    int open = root < 0 ? -1 : svg.indexOf('>', root);
    if (open < 0 || chart.getTitle() == null || chart.getTitle().isEmpty()) return svg;
    return svg.substring(0, open + 1) + "\n  <title>" + escapeXml(chart.getTitle()) + "</title>" + svg.substring(open + 1);
  }

  /** Writes {@link #png} to {@code file}, creating its directory; returns the file. */
  public static Path savePng(Chart<?, ?> chart, Path file) {
    return write(file, png(chart));
  }

  /** Writes {@link #svg} to {@code file}, creating its directory; returns the file. */
  public static Path saveSvg(Chart<?, ?> chart, Path file) {
    return write(file, svg(chart).getBytes(StandardCharsets.UTF_8));
  }

  // ---- helpers ----

  private static CategoryChart categoryChart(String title, String xTitle, Scale scale) {
    CategoryChart chart = new CategoryChart(WIDTH, HEIGHT);
    chart.setTitle(title);
    chart.setXAxisTitle(xTitle);
    chart.setYAxisTitle(PARAMS_AXIS + (scale == Scale.LOG ? " (log scale)" : ""));
    ChartStyle.axes(chart.getStyler());
    chart.getStyler().setXAxisLabelRotation(45);
    chart.getStyler().setAvailableSpaceFill(0.8);
    chart.getStyler().setOverlapped(false);
    return chart;
  }

  /**
   * The value axis of a bar chart. XChart's bar axis always reaches 0, which a log axis cannot:
   * a log axis starts at the decade below the smallest bar. Both leave room above the tallest
   * bar for its label.
   */
  private record Axis(Scale scale, double min, double max) {
    /** Where a label sits: about 12 pixels above {@code value}, or above the floor for 0. */
    double above(long value) {
      if (scale == Scale.LINEAR) return value + 0.03 * max;
      double factor = Math.pow(max / min, 0.035);
      return (value > 0 ? value : min) * factor;
    }
  }

  private static Axis fitAxis(CategoryChart chart, Scale scale, long max, long minPositive) {
    Axis axis;
    if (scale == Scale.LOG) {
      axis = new Axis(scale, Math.pow(10, Math.floor(Math.log10(minPositive))),
          Math.pow(10, Math.ceil(Math.log10(max * 1.5))));
      chart.getStyler().setYAxisLogarithmic(true);
      chart.getStyler().setYAxisDecimalPattern("#,##0");
    } else {
      axis = new Axis(scale, 0, max == 0 ? 1.0 : max * 1.15);
      ChartStyle.compactY(chart);
    }
    chart.getStyler().setYAxisMin(axis.min());
    chart.getStyler().setYAxisMax(axis.max());
    return axis;
  }

  private static long minPositive(java.util.stream.LongStream values) {
    return values.filter(p -> p > 0).min().orElse(1);
  }

  private static final String RESULT = "result";

  /**
   * The end bar's name: a preset's id if the end network is one; {@code paper} if the last edit
   * is {@link Bridge.Change#SPLIT_GROUPS}, which by its definition lands on the paper's count;
   * else {@code result}.
   */
  private static String endName(Bridge bridge) {
    String name = Variant.nameOf(bridge.end().counts().network());
    if (!name.equals(bridge.end().counts().network().name())) return name;
    return bridge.end().change() == Bridge.Change.SPLIT_GROUPS ? "paper" : RESULT;
  }

  /** Short names for the edits Bridge.Change defines (the question's three); any other edit keeps its label. */
  private static String stepName(Bridge.Step step) {
    switch (step.change()) {
      case ADD_POOL: return "+ MaxPool after conv5";
      case ADD_FLATTEN: return "+ Flatten before fc6";
      case SPLIT_GROUPS: return "conv2, 4, 5 in 2 groups";
      default: return step.label();
    }
  }

  private static void requireLayers(Counts counts) {
    if (counts.layers().isEmpty()) {
      throw ModelException.network("network '" + counts.network().name() + "' has no layers: there is nothing to chart");
    }
  }

  private static void requireParams(Counts counts, String what) {
    if (counts.totalParams() == 0) {
      throw ModelException.network("network '" + counts.network().name() + "' has no parameters: "
          + what + " has nothing to draw");
    }
  }

  private static String names(List<Variant> variants) {
    return variants.stream().map(Variant::name).collect(Collectors.joining(" vs "));
  }

  private static String escapeXml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static Path write(Path file, byte[] bytes) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
