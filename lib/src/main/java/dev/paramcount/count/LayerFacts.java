package dev.paramcount.count;

import dev.paramcount.model.Counting;
import dev.paramcount.model.Layer;
import dev.paramcount.model.Shape;
import dev.paramcount.model.Weight;
import java.util.List;
import java.util.OptionalLong;

/**
 * What one layer of a network amounts to: its shapes, its weight tensors, its parameters
 * (trainable and not), its neurons (output elements per sample) and its multiply-accumulates.
 * Pure facts: rendering them is the report package's job.
 */
public record LayerFacts(int index, Layer layer, Shape inputShape, Shape outputShape, List<Weight> weights,
                         long params, long trainableParams, OptionalLong neurons, OptionalLong macs) {

  /** Bytes per float32 value. */
  public static final int FLOAT32_BYTES = 4;

  public LayerFacts {
    weights = List.copyOf(weights);
  }

  public String name() {
    return layer.name();
  }

  public String kerasType() {
    return layer.kerasType();
  }

  public long nonTrainableParams() {
    return params - trainableParams;
  }

  /** Bytes of this layer's parameters at float32. */
  public long paramBytes() {
    return Counting.multiply(params, FLOAT32_BYTES, "the parameter bytes of " + name());
  }

  /** Bytes of one sample's output activations at float32, when the output size is known. */
  public OptionalLong activationBytes() {
    return neurons.isPresent()
        ? OptionalLong.of(Counting.multiply(neurons.getAsLong(), FLOAT32_BYTES, "the activation bytes of " + name()))
        : OptionalLong.empty();
  }
}
