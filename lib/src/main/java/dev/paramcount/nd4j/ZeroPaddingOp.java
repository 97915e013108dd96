package dev.paramcount.nd4j;

import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.ZeroPadding2D;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Rows and columns of zeros around each image. */
final class ZeroPaddingOp implements Nd4jLayer {
  private final ZeroPadding2D padding;
  private final LayerFacts facts;

  ZeroPaddingOp(ZeroPadding2D padding, LayerFacts facts) {
    this.padding = padding;
    this.facts = facts;
  }

  @Override public LayerFacts facts() { return facts; }


  @Override
  public INDArray forward(INDArray input) {
    return Batches.pad(input, padding.dataFormat(), padding.top(), padding.bottom(), padding.left(),
        padding.right(), 0.0);
  }
}
