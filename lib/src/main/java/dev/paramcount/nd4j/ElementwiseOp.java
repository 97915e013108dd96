package dev.paramcount.nd4j;

import dev.paramcount.count.LayerFacts;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer that maps each value on its own: an activation layer ({@code Activation("relu")},
 * {@code ReLU()}, {@code Softmax()}), or Dropout, which at inference passes values through.
 */
final class ElementwiseOp implements Nd4jLayer {
  private final LayerFacts facts;
  private final Activations.Function function;

  private ElementwiseOp(LayerFacts facts, Activations.Function function) {
    this.facts = facts;
    this.function = function;
  }

  static ElementwiseOp activation(String layer, String function, LayerFacts facts) {
    return new ElementwiseOp(facts, Activations.of(layer, function));
  }

  /** Dropout at inference: the identity. */
  static ElementwiseOp identity(LayerFacts facts) {
    return new ElementwiseOp(facts, null);
  }

  @Override public LayerFacts facts() { return facts; }

  @Override
  public long keptElementsPerSample() {
    return function == null ? 0 : Batches.elements(facts.outputShape());
  }

  @Override
  public INDArray forward(INDArray input) {
    return function == null ? input : function.applyInPlace(input.dup());
  }
}
