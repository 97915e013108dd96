package dev.paramcount.sweep;

import dev.paramcount.count.Counts;
import dev.paramcount.model.Conv2D;
import dev.paramcount.model.DataFormat;
import dev.paramcount.model.Dense;
import dev.paramcount.model.Layer;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import dev.paramcount.table.Variant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;

/**
 * Turn one knob over a range and count the network at every value:
 *
 * <pre>{@code
 * Sweeps.units(AlexNets.kerasFixed(), "dense", 256, 8192, 256)     // fc6's width against the total
 * Sweeps.inputSize(AlexNets.paper(), 195, 260, 1).table("pool5")    // where pool5 is 6×6
 * Sweeps.over("conv1 kernel", new int[] {3, 5, 7, 11}, k -> AlexNets.paper().withKernel("conv1", k))
 * }</pre>
 *
 * A value the network cannot take — the library throws {@link ModelException} building or
 * counting it — becomes a gap carrying that exception's message. Any other exception is a bug and
 * is not caught. A layer name that does not exist, or names a layer of the wrong kind, fails at
 * once rather than as a sweep of gaps.
 */
public final class Sweeps {
  private Sweeps() {}

  /** The generic sweep: {@code network} builds the network for each value. */
  public static Sweep over(String knob, int[] values, IntFunction<Network> network) {
    return over(knob, Arrays.stream(values).asDoubleStream().toArray(), v -> network.apply((int) v));
  }

  /** The generic sweep over non-integer values (a width multiplier, say). */
  public static Sweep over(String knob, double[] values, DoubleFunction<Network> network) {
    return sweep(knob, "", values, network);
  }

  /**
   * Square input sizes {@code from..to} (every {@code step}), the channels kept: where conv1's
   * kernel no longer fits, and where pool5 passes from 5×5 to 6×6 to 7×7.
   */
  public static Sweep inputSize(Network network, int from, int to, int step) {
    DataFormat format = network.layers().stream()
        .filter(l -> l instanceof Conv2D).map(l -> ((Conv2D) l).dataFormat())
        .findFirst().orElse(DataFormat.CHANNELS_LAST);
    Shape input = network.input();
    if (input.rank() != 3) {
      throw ModelException.field("input", "shape", input, "an input-size sweep needs an image input (height, width, channels)");
    }
    long channels = format == DataFormat.CHANNELS_LAST ? input.dim(-1) : input.dim(0);
    return sweep("input size", Variant.nameOf(network), doubles(range(from, to, step)), v -> {
      long s = (long) v;
      return network.withInput(format == DataFormat.CHANNELS_LAST ? Shape.of(s, s, channels) : Shape.of(channels, s, s));
    });
  }

  /** A Conv2D layer's filters {@code from..to}: e.g. conv1's 96 against the total. */
  public static Sweep filters(Network network, String layer, int from, int to, int step) {
    require(network, layer, Conv2D.class);
    return sweep(layer + " filters", Variant.nameOf(network), doubles(range(from, to, step)),
        v -> network.withFilters(layer, (int) v));
  }

  /** A Dense layer's units {@code from..to}: "what does fc6's width do to the total?" */
  public static Sweep units(Network network, String layer, int from, int to, int step) {
    require(network, layer, Dense.class);
    return sweep(layer + " units", Variant.nameOf(network), doubles(range(from, to, step)),
        v -> network.withUnits(layer, (int) v));
  }

  /** A Conv2D layer's groups, every count {@code from..to}; those that do not divide the channels are gaps. */
  public static Sweep groups(Network network, String layer, int from, int to) {
    require(network, layer, Conv2D.class);
    return sweep(layer + " groups", Variant.nameOf(network), doubles(range(from, to, 1)),
        v -> network.withGroups(layer, (int) v));
  }

  /** The width multiplier (see {@link WidthMultiplier}: conv filters and hidden Dense units scaled). */
  public static Sweep width(Network network, double... multipliers) {
    return sweep("width multiplier", Variant.nameOf(network), multipliers.clone(),
        m -> WidthMultiplier.apply(network, m));
  }

  /** {@code from, from+step, …} up to and including {@code to}. */
  public static int[] range(int from, int to, int step) {
    if (step < 1) throw ModelException.field(null, "step", step, "a sweep's step must be at least 1");
    if (to < from) throw ModelException.field(null, "range", from + ".." + to, "a sweep's range must not run backwards");
    requireFewEnough(((long) to - from) / step + 1, from + ".." + to + " step " + step);
    List<Integer> values = new ArrayList<>();
    for (long v = from; v <= to; v += step) values.add((int) v);
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Each point is a whole network counted; past this many a sweep would take minutes and the
   * chart could not show the points apart anyway.
   */
  public static final int MAX_POINTS = 10_000;

  private static void requireFewEnough(long points, String range) {
    if (points > MAX_POINTS) {
      throw ModelException.field(null, "range", range,
          "a sweep of " + points + " points is too many; at most " + MAX_POINTS + " (use a larger step)");
    }
  }

  private static Sweep sweep(String knob, String subject, double[] values, DoubleFunction<Network> network) {
    requireFewEnough(values.length, values.length + " values");
    List<Sweep.Point> points = new ArrayList<>(values.length);
    for (double v : values) {
      try {
        points.add(Sweep.Point.counted(v, Counts.of(network.apply(v))));
      } catch (ModelException e) {
        points.add(Sweep.Point.gap(v, e));
      }
    }
    return new Sweep(knob, subject, points);
  }

  /** Fails now, with the library's message, if {@code layer} is missing or of another kind. */
  private static <T extends Layer> void require(Network network, String layer, Class<T> kind) {
    network.with(layer, kind, l -> l);
  }

  private static double[] doubles(int[] values) {
    return Arrays.stream(values).asDoubleStream().toArray();
  }
}
