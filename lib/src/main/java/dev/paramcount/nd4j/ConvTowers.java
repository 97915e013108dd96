package dev.paramcount.nd4j;

import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.Conv2D;
import dev.paramcount.model.Padding;
import dev.paramcount.model.Weight;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A convolution built the way the paper built it: with {@code groups} &gt; 1, one tower per
 * group, each with its own kernel (kh, kw, cin/groups, cout/groups) and bias, run on its share
 * of the input channels; the towers' outputs are concatenated along the channel axis. Explicit
 * (torch-style) padding is added as zeros first, then the convolution is valid.
 */
final class ConvTowers implements Nd4jLayer {
  private final Conv2D conv;
  private final LayerFacts facts;
  private final Activations.Function activation;
  private final int channelAxis;
  private final List<INDArray> kernels = new ArrayList<>();
  private final List<INDArray> biases = new ArrayList<>();

  ConvTowers(Conv2D conv, LayerFacts facts) {
    this.conv = conv;
    this.facts = facts;
    this.activation = Activations.of(conv.name(), conv.activation());
    this.channelAxis = Batches.channelAxis(conv.dataFormat());
  }

  @Override public LayerFacts facts() { return facts; }

  @Override
  public List<ParamArray> allocate(SeededArrays init) {
    int groups = conv.groups();
    Weight kernel = facts.weights().get(0);
    long[] tower = kernel.shape().dims();
    tower[3] /= groups;
    long fanIn = tower[0] * tower[1] * tower[2];
    List<ParamArray> arrays = new ArrayList<>(2 * groups);
    for (int g = 0; g < groups; g++) {
      String prefix = groups == 1 ? "" : "group" + g + "/";
      INDArray k = init.heUniform(conv.name() + "/" + prefix + "kernel", tower, fanIn);
      kernels.add(k);
      arrays.add(new ParamArray(conv.name(), prefix + "kernel", k));
      if (conv.useBias()) {
        INDArray b = init.uniform(conv.name() + "/" + prefix + "bias", new long[] {tower[3]}, -0.1, 0.1);
        biases.add(b);
        arrays.add(new ParamArray(conv.name(), prefix + "bias", b));
      }
    }
    return arrays;
  }

  @Override
  public long keptElementsPerSample() {
    long out = Batches.elements(facts.outputShape());
    long padded = explicitPadding() ? Batches.paddedElements(facts.inputShape(), conv.dataFormat(), conv.padding()) : 0;
    return conv.groups() == 1 ? out + padded : 2 * out + Batches.elements(facts.inputShape()) + padded;
  }

  @Override
  public long scratchElementsPerSample() {
    long positions = Batches.elements(facts.outputShape()) / conv.filters();
    long cinPerGroup = facts.weights().get(0).shape().dim(2);
    return positions * conv.kernelHeight() * conv.kernelWidth() * cinPerGroup;
  }

  @Override
  public INDArray forward(INDArray input) {
    Padding p = conv.padding();
    INDArray x = explicitPadding()
        ? Batches.pad(input, conv.dataFormat(), p.top(), p.bottom(), p.left(), p.right(), 0.0)
        : input;
    INDArray out;
    if (kernels.size() == 1) {
      out = convolve(contiguous(x), 0);
    } else {
      INDArray[] towers = new INDArray[kernels.size()];
      long share = x.size(channelAxis) / towers.length;
      for (int g = 0; g < towers.length; g++) {
        towers[g] = convolve(contiguous(channels(x, g * share, (g + 1) * share)), g);
      }
      out = Nd4j.concat(channelAxis, towers);
    }
    return activation.applyInPlace(out);
  }

  /**
   * A packed copy of a strided view such as a tower's share of the channels: ND4J 1.0.0-M2.1's
   * oneDNN convolution reads a view as if it were packed (wrong values, or a crash).
   */
  private static INDArray contiguous(INDArray x) {
    return x.isView() || x.ordering() != 'c' ? x.dup('c') : x;
  }

  private INDArray convolve(INDArray x, int tower) {
    Conv2DConfig config = Conv2DConfig.builder()
        .kH(conv.kernelHeight()).kW(conv.kernelWidth())
        .sH(conv.strideHeight()).sW(conv.strideWidth())
        .pH(0).pW(0)
        .dH(conv.dilationHeight()).dW(conv.dilationWidth())
        .paddingMode(conv.padding().mode() == Padding.Mode.SAME ? PaddingMode.SAME : PaddingMode.VALID)
        .dataFormat(Batches.nd4jFormat(conv.dataFormat()))
        .weightsFormat(WeightsFormat.YXIO)
        .build();
    INDArray[] inputs = conv.useBias()
        ? new INDArray[] {x, kernels.get(tower), biases.get(tower)}
        : new INDArray[] {x, kernels.get(tower)};
    org.nd4j.linalg.api.ops.impl.layers.convolution.Conv2D op =
        new org.nd4j.linalg.api.ops.impl.layers.convolution.Conv2D(inputs, null, config);
    if (conv.dilationHeight() == 1 && conv.dilationWidth() == 1) return Nd4j.exec(op)[0];
    // ND4J 1.0.0-M2.1's oneDNN convolution fails on dilated kernels; its own im2col one works.
    boolean helpers = Nd4j.getEnvironment().helpersAllowed();
    Nd4j.getEnvironment().allowHelpers(false);
    try {
      return Nd4j.exec(op)[0];
    } finally {
      Nd4j.getEnvironment().allowHelpers(helpers);
    }
  }

  private INDArray channels(INDArray x, long from, long to) {
    INDArrayIndex[] index = {NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all()};
    index[channelAxis] = NDArrayIndex.interval(from, to);
    return x.get(index);
  }

  private boolean explicitPadding() {
    return conv.padding().mode() == Padding.Mode.EXPLICIT;
  }
}
