package dev.paramcount.bench;

import dev.paramcount.count.Counts;
import dev.paramcount.model.Network;
import dev.paramcount.report.SummaryFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 2's target: summarizing a generated 10,000-layer network in under 20 ms, growing
 * linearly with the layers. {@code summarize*} count a built network and render it;
 * {@code buildAndSummarize} also builds it layer by layer, which is what the Keras side of
 * the comparison (tools/bench/keras_summary_bench.py) has to do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SummaryBenchmark {

  @Param({"1000", "10000", "100000"})
  public int layers;

  private Network network;

  @Setup(Level.Trial)
  public void build() {
    network = DeepStack.of(layers);
  }

  /** Count every layer and render the wide text table (shapes, params, shares, MACs, formulas). */
  @Benchmark
  public String summarizeText() {
    return SummaryFormat.TEXT.render(Counts.of(network));
  }

  /** Count every layer and render tf.keras 2.x's table. */
  @Benchmark
  public String summarizeClassic() {
    return SummaryFormat.CLASSIC.render(Counts.of(network));
  }

  /** Build the network layer by layer (shapes checked, names given), count it and render it. */
  @Benchmark
  public String buildAndSummarize() {
    return SummaryFormat.CLASSIC.render(Counts.of(DeepStack.of(layers)));
  }
}
