package dev.paramcount.nd4j;

import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.DataFormat;
import dev.paramcount.model.GlobalAvgPool2D;
import dev.paramcount.model.GlobalMaxPool2D;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The mean or the maximum over each channel's whole grid; a 1×1 grid with {@code keepdims}. */
final class GlobalPoolOp implements Nd4jLayer {
  private final LayerFacts facts;
  private final boolean max;
  private final boolean keepDims;
  private final DataFormat format;

  private GlobalPoolOp(LayerFacts facts, boolean max, boolean keepDims, DataFormat format) {
    this.facts = facts;
    this.max = max;
    this.keepDims = keepDims;
    this.format = format;
  }

  static GlobalPoolOp average(GlobalAvgPool2D p, LayerFacts facts) {
    return new GlobalPoolOp(facts, false, p.keepDims(), p.dataFormat());
  }

  static GlobalPoolOp max(GlobalMaxPool2D p, LayerFacts facts) {
    return new GlobalPoolOp(facts, true, p.keepDims(), p.dataFormat());
  }

  @Override public LayerFacts facts() { return facts; }


  @Override
  public INDArray forward(INDArray input) {
    int h = Batches.heightAxis(format);
    INDArray pooled = max ? input.max(h, h + 1) : input.mean(h, h + 1);
    if (!keepDims) return pooled;
    long batch = input.size(0);
    long channels = input.size(Batches.channelAxis(format));
    return format == DataFormat.CHANNELS_LAST
        ? pooled.reshape('c', batch, 1, 1, channels)
        : pooled.reshape('c', batch, channels, 1, 1);
  }
}
