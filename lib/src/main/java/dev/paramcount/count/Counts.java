package dev.paramcount.count;

import dev.paramcount.model.Counting;
import dev.paramcount.model.Layer;
import dev.paramcount.model.LayerKind;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import dev.paramcount.model.Weight;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The per-layer facts of a network and its totals, computed once when counted. Nothing is
 * allocated per parameter: a 300-billion-parameter network is counted in microseconds.
 */
public final class Counts {
  private final Network network;
  private final List<LayerFacts> layers;
  private final long totalParams;
  private final long trainableParams;
  private final OptionalLong totalMacs;
  private final OptionalLong totalNeurons;

  private Counts(Network network) {
    this.network = network;
    List<LayerFacts> facts = new ArrayList<>(network.size());
    long params = 0;
    long trainable = 0;
    long macs = 0;
    long neurons = 0;
    boolean macsKnown = true;
    boolean neuronsKnown = true;
    for (int i = 0; i < network.size(); i++) {
      LayerFacts f = factsOf(i, network.layers().get(i), network.inputOf(i), network.outputOf(i));
      facts.add(f);
      params = add(params, f.params(), "the total parameters of ", network.name());
      trainable += f.trainableParams();
      if (f.macs().isPresent()) {
        macs = add(macs, f.macs().getAsLong(), "the total MACs of ", network.name());
      } else {
        macsKnown = false;
      }
      if (f.neurons().isPresent()) {
        neurons = add(neurons, f.neurons().getAsLong(), "the total neurons of ", network.name());
      } else {
        neuronsKnown = false;
      }
    }
    this.layers = Collections.unmodifiableList(facts);
    this.totalParams = params;
    this.trainableParams = trainable;
    this.totalMacs = macsKnown ? OptionalLong.of(macs) : OptionalLong.empty();
    this.totalNeurons = neuronsKnown ? OptionalLong.of(neurons) : OptionalLong.empty();
  }

  /** Counts every layer of {@code network}. */
  public static Counts of(Network network) {
    return new Counts(network);
  }

  /** The facts of one layer at one input; package-visible so comparisons can ask "what if". */
  static LayerFacts factsOf(int index, Layer layer, Shape in, Shape out) {
    List<Weight> weights = layer.weights(in);
    long params = 0;
    long trainable = 0;
    for (Weight w : weights) {
      params = add(params, w.count(), "the parameters of ", layer.name());
      if (w.trainable()) trainable += w.count();
    }
    return new LayerFacts(index, layer, in, out, weights, params, trainable, out.elements(), layer.macs(in, out));
  }

  /** a + b exactly; the message is put together only on overflow, not for every layer counted. */
  private static long add(long a, long b, String what, String of) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException overflow) {
      return Counting.add(a, b, what + of);
    }
  }

  public Network network() { return network; }

  public List<LayerFacts> layers() { return layers; }

  public LayerFacts layer(String name) {
    return layers.get(network.indexOf(name));
  }

  public long totalParams() { return totalParams; }

  public long trainableParams() { return trainableParams; }

  public long nonTrainableParams() { return totalParams - trainableParams; }

  /** Multiply-accumulates per sample (weights only); empty if an unknown dimension hides them. */
  public OptionalLong totalMacs() { return totalMacs; }

  /** Output elements of every layer, summed; empty if an unknown dimension hides them. */
  public OptionalLong totalNeurons() { return totalNeurons; }

  /** Bytes of all parameters at float32. */
  public long paramBytes() {
    return Counting.multiply(totalParams, LayerFacts.FLOAT32_BYTES, "the parameter bytes of " + network.name());
  }

  /** The fraction (0..1) of all parameters that {@code layer} holds; 0 for a network without any. */
  public double shareOf(LayerFacts layer) {
    return totalParams == 0 ? 0.0 : (double) layer.params() / totalParams;
  }

  /** Parameters per layer family, in the enum's order, families without layers left out. */
  public Map<LayerKind, Long> paramsByKind() {
    Map<LayerKind, Long> byKind = new EnumMap<>(LayerKind.class);
    for (LayerFacts f : layers) byKind.merge(f.layer().kind(), f.params(), Long::sum);
    return Collections.unmodifiableMap(byKind);
  }

  @Override
  public String toString() {
    return String.format("%s: %,d params (%,d trainable) in %d layers", network.name(), totalParams,
        trainableParams, layers.size());
  }
}
