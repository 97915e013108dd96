package dev.paramcount.nd4j;

import dev.paramcount.count.LayerFacts;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras's Flatten: each sample's values in the order they are stored (row-major over the
 * per-sample shape), so 6×6×256 becomes 9,216 values with the channel varying fastest.
 */
final class FlattenOp implements Nd4jLayer {
  private final LayerFacts facts;

  FlattenOp(LayerFacts facts) {
    this.facts = facts;
  }

  @Override public LayerFacts facts() { return facts; }


  @Override
  public INDArray forward(INDArray input) {
    return input.reshape('c', input.size(0), input.length() / input.size(0));
  }
}
