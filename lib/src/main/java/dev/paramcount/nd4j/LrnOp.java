package dev.paramcount.nd4j;

import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.LocalResponseNorm;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.LocalResponseNormalization;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.LocalResponseNormalizationConfig;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The paper's local response normalization (section 3.3):
 * b_i = a_i / (k + α·Σ a_j²)^β over the channels j from i − n/2 to i + n/2 at the same position.
 * α multiplies the plain sum (torch's LocalResponseNorm divides it by n first); ND4J's
 * {@code lrn} op takes the half-width n/2 as its depth and works on the last axis (channels).
 */
final class LrnOp implements Nd4jLayer {
  private final LocalResponseNorm lrn;
  private final LayerFacts facts;

  LrnOp(LocalResponseNorm lrn, LayerFacts facts) {
    this.lrn = lrn;
    this.facts = facts;
  }

  @Override public LayerFacts facts() { return facts; }


  @Override
  public INDArray forward(INDArray input) {
    LocalResponseNormalizationConfig config = LocalResponseNormalizationConfig.builder()
        .alpha(lrn.alpha()).beta(lrn.beta()).bias(lrn.k()).depth(lrn.size() / 2)
        .build();
    return Nd4j.exec(new LocalResponseNormalization(input, null, config))[0];
  }
}
