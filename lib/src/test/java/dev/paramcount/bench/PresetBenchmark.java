package dev.paramcount.bench;

import dev.paramcount.count.Counts;
import dev.paramcount.model.Network;
import dev.paramcount.presets.AlexNets;
import dev.paramcount.report.SummaryFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 2's target: counting a preset and rendering its summary in under 1 ms warm, so that a
 * notebook's tweak-and-recount is instant. {@code tweakAndRecount} is that cell: one edit of
 * the paper's network, counted and printed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PresetBenchmark {

  private final Network paper = AlexNets.paper();

  /** Build the paper preset, count it and render the text summary. */
  @Benchmark
  public String paperText() {
    return SummaryFormat.TEXT.render(Counts.of(AlexNets.paper()));
  }

  /** Build the question's preset, count it and render the classic summary. */
  @Benchmark
  public String kerasSeedClassic() {
    return SummaryFormat.CLASSIC.render(Counts.of(AlexNets.kerasSeed()));
  }

  /** A notebook tweak: conv2 with 384 filters, counted and rendered. */
  @Benchmark
  public String tweakAndRecount() {
    return SummaryFormat.TEXT.render(Counts.of(paper.withFilters("conv2", 384)));
  }
}
