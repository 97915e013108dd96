package dev.paramcount.nd4j;

import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.AvgPool2D;
import dev.paramcount.model.DataFormat;
import dev.paramcount.model.MaxPool2D;
import dev.paramcount.model.Padding;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.AvgPooling2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.MaxPooling2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Pooling2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Max or average pooling over 2-D windows. With {@code same} padding the average counts only
 * real cells, as Keras does; explicit (torch-style) padding is added first — −∞ for max, zeros
 * for average, which then count, as torch's default {@code count_include_pad=True} does.
 */
final class PoolOp implements Nd4jLayer {
  private final LayerFacts facts;
  private final boolean max;
  private final int poolHeight;
  private final int poolWidth;
  private final int strideHeight;
  private final int strideWidth;
  private final Padding padding;
  private final DataFormat format;

  private PoolOp(LayerFacts facts, boolean max, int poolHeight, int poolWidth, int strideHeight, int strideWidth,
                 Padding padding, DataFormat format) {
    this.facts = facts;
    this.max = max;
    this.poolHeight = poolHeight;
    this.poolWidth = poolWidth;
    this.strideHeight = strideHeight;
    this.strideWidth = strideWidth;
    this.padding = padding;
    this.format = format;
  }

  static PoolOp max(MaxPool2D p, LayerFacts facts) {
    return new PoolOp(facts, true, p.poolHeight(), p.poolWidth(), p.strideHeight(), p.strideWidth(), p.padding(),
        p.dataFormat());
  }

  static PoolOp average(AvgPool2D p, LayerFacts facts) {
    return new PoolOp(facts, false, p.poolHeight(), p.poolWidth(), p.strideHeight(), p.strideWidth(), p.padding(),
        p.dataFormat());
  }

  @Override public LayerFacts facts() { return facts; }

  @Override
  public long keptElementsPerSample() {
    return Batches.elements(facts.outputShape()) + Batches.paddedElements(facts.inputShape(), format, padding);
  }

  @Override
  public INDArray forward(INDArray input) {
    INDArray x = padding.mode() == Padding.Mode.EXPLICIT
        ? Batches.pad(input, format, padding.top(), padding.bottom(), padding.left(), padding.right(),
            max ? Double.NEGATIVE_INFINITY : 0.0)
        : input;
    Pooling2DConfig config = Pooling2DConfig.builder()
        .kH(poolHeight).kW(poolWidth)
        .sH(strideHeight).sW(strideWidth)
        .pH(0).pW(0).dH(1).dW(1)
        .paddingMode(padding.mode() == Padding.Mode.SAME ? PaddingMode.SAME : PaddingMode.VALID)
        .type(max ? Pooling2D.Pooling2DType.MAX : Pooling2D.Pooling2DType.AVG)
        .divisor(Pooling2D.Divisor.EXCLUDE_PADDING)
        .isNHWC(format == DataFormat.CHANNELS_LAST)
        .build();
    return max
        ? Nd4j.exec(new MaxPooling2D(x, null, config))[0]
        : Nd4j.exec(new AvgPooling2D(x, null, config))[0];
  }
}
