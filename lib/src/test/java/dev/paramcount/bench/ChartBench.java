package dev.paramcount.bench;

import dev.paramcount.chart.Charts;
import dev.paramcount.chart.Scale;
import dev.paramcount.count.Bridge;
import dev.paramcount.presets.AlexNets;
import dev.paramcount.sweep.Sweeps;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering one chart to a {@link BufferedImage}, warm (target: under 100 ms). Each
 * {@code *Image} benchmark draws a chart built once in setup, which is what a notebook cell
 * showing a chart pays; {@code paramsPerLayerBuildAndImage} also counts and builds the chart,
 * and {@code paramsPerLayerPng} adds PNG encoding (what a saved file costs).
 *
 * <p>Run (see docs/charts.md): {@code java -cp "$CP" org.openjdk.jmh.Main ChartBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class ChartBench {

  private CategoryChart perLayer;
  private CategoryChart perLayerLog;
  private CategoryChart compare;
  private PieChart shareByKind;
  private Chart<?, ?> bridge;
  private XYChart scatter;
  private XYChart sweep;

  @Setup
  public void build() {
    perLayer = Charts.paramsPerLayer(AlexNets.paper());
    perLayerLog = Charts.paramsPerLayer(AlexNets.paper(), Scale.LOG);
    compare = Charts.compare(AlexNets.kerasSeed(), AlexNets.kerasFixed(), AlexNets.paper());
    shareByKind = Charts.shareByKind(AlexNets.paper());
    bridge = Charts.bridge(Bridge.kerasToPaper());
    scatter = Charts.paramsVsMacs(AlexNets.kerasSeed(), AlexNets.paper());
    sweep = Sweeps.inputSize(AlexNets.paper(), 195, 260, 1).chart();
  }

  @Benchmark
  public BufferedImage paramsPerLayerImage() {
    return Charts.image(perLayer);
  }

  @Benchmark
  public BufferedImage paramsPerLayerLogImage() {
    return Charts.image(perLayerLog);
  }

  @Benchmark
  public BufferedImage compareImage() {
    return Charts.image(compare);
  }

  @Benchmark
  public BufferedImage shareByKindImage() {
    return Charts.image(shareByKind);
  }

  @Benchmark
  public BufferedImage bridgeImage() {
    return Charts.image(bridge);
  }

  @Benchmark
  public BufferedImage paramsVsMacsImage() {
    return Charts.image(scatter);
  }

  @Benchmark
  public BufferedImage sweepImage() {
    return Charts.image(sweep);
  }

  @Benchmark
  public BufferedImage paramsPerLayerBuildAndImage() {
    return Charts.image(Charts.paramsPerLayer(AlexNets.paper()));
  }

  @Benchmark
  public byte[] paramsPerLayerPng() {
    return Charts.png(perLayer);
  }
}
