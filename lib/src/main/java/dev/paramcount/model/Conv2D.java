package dev.paramcount.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A 2-D convolution. Params = kh·kw·(cin/groups)·filters + filters (bias); with groups &gt; 1
 * each group of filters sees only its share of the input channels, as the paper's two GPUs did.
 */
public record Conv2D(String name, int filters, int kernelHeight, int kernelWidth,
                     int strideHeight, int strideWidth, Padding padding,
                     int dilationHeight, int dilationWidth, int groups, boolean useBias,
                     String activation, DataFormat dataFormat, boolean trainable) implements Layer {

  public Conv2D {
    Windows.requirePositive(name, "filters", filters);
    if (kernelHeight < 1 || kernelWidth < 1) {
      throw ModelException.field(name, "kernel_size", kernelHeight + "×" + kernelWidth, "must be at least 1×1");
    }
    if (strideHeight < 1 || strideWidth < 1) {
      throw ModelException.field(name, "strides", strideHeight + "×" + strideWidth, "must be at least 1");
    }
    if (dilationHeight < 1 || dilationWidth < 1) {
      throw ModelException.field(name, "dilation_rate", dilationHeight + "×" + dilationWidth, "must be at least 1");
    }
    Windows.requirePositive(name, "groups", groups);
    if (filters % groups != 0) {
      throw ModelException.field(name, "groups", groups, "must divide the filters (" + filters + ")");
    }
    if (padding == null) throw ModelException.field(name, "padding", null, "a padding is required");
    if (activation == null) activation = "linear";
    if (dataFormat == null) dataFormat = DataFormat.CHANNELS_LAST;
  }

  /** {@code filters} filters of size {@code kernel×kernel}, stride 1, valid padding, with bias. */
  public static Conv2D of(int filters, int kernel) {
    return new Conv2D(null, filters, kernel, kernel, 1, 1, Padding.VALID, 1, 1, 1, true, "linear",
        DataFormat.CHANNELS_LAST, true);
  }

  @Override public String kerasType() { return "Conv2D"; }
  @Override public LayerKind kind() { return LayerKind.CONVOLUTION; }
  @Override public String autoNamePrefix() { return "conv2d"; }

  @Override
  public Shape outputShape(Shape input) {
    Windows.requireImage(name, input);
    inputChannels(input); // validates the channels against groups before any size is computed
    long h = Windows.outputSize(name, "kernel_size", input.dim(dataFormat.heightAxis()), kernelHeight,
        strideHeight, dilationHeight, padding, true);
    long w = Windows.outputSize(name, "kernel_size", input.dim(dataFormat.widthAxis()), kernelWidth,
        strideWidth, dilationWidth, padding, false);
    return dataFormat.image(h, w, filters);
  }

  @Override
  public List<Weight> weights(Shape input) {
    long cin = inputChannels(input);
    List<Weight> ws = new ArrayList<>(2);
    ws.add(new Weight("kernel", Shape.of(kernelHeight, kernelWidth, cin / groups, filters), trainable));
    if (useBias) ws.add(new Weight("bias", Shape.of(filters), trainable));
    return List.copyOf(ws);
  }

  @Override
  public OptionalLong macs(Shape input, Shape output) {
    OptionalLong positions = output.elements();
    if (positions.isEmpty()) return OptionalLong.empty();
    long cinPerGroup = inputChannels(input) / groups;
    return OptionalLong.of(Counting.product("MACs of " + name,
        positions.getAsLong(), kernelHeight, kernelWidth, cinPerGroup));
  }

  private long inputChannels(Shape input) {
    if (!input.isKnown(dataFormat.channelAxis())) {
      throw ModelException.field(name, "input_shape", input, "the channel dimension must be known to count a convolution");
    }
    long cin = input.dim(dataFormat.channelAxis());
    if (cin % groups != 0) {
      throw ModelException.field(name, "groups", groups, "must divide the input channels (" + cin + ")");
    }
    return cin;
  }

  @Override public Conv2D withName(String name) {
    return new Conv2D(name, filters, kernelHeight, kernelWidth, strideHeight, strideWidth, padding,
        dilationHeight, dilationWidth, groups, useBias, activation, dataFormat, trainable);
  }
  public Conv2D withFilters(int filters) {
    return new Conv2D(name, filters, kernelHeight, kernelWidth, strideHeight, strideWidth, padding,
        dilationHeight, dilationWidth, groups, useBias, activation, dataFormat, trainable);
  }
  public Conv2D withKernel(int kernel) {
    return withKernel(kernel, kernel);
  }
  public Conv2D withKernel(int height, int width) {
    return new Conv2D(name, filters, height, width, strideHeight, strideWidth, padding,
        dilationHeight, dilationWidth, groups, useBias, activation, dataFormat, trainable);
  }
  public Conv2D withStrides(int stride) {
    return withStrides(stride, stride);
  }
  public Conv2D withStrides(int height, int width) {
    return new Conv2D(name, filters, kernelHeight, kernelWidth, height, width, padding,
        dilationHeight, dilationWidth, groups, useBias, activation, dataFormat, trainable);
  }
  public Conv2D withPadding(Padding padding) {
    return new Conv2D(name, filters, kernelHeight, kernelWidth, strideHeight, strideWidth, padding,
        dilationHeight, dilationWidth, groups, useBias, activation, dataFormat, trainable);
  }
  public Conv2D withDilation(int dilation) {
    return withDilation(dilation, dilation);
  }
  public Conv2D withDilation(int height, int width) {
    return new Conv2D(name, filters, kernelHeight, kernelWidth, strideHeight, strideWidth, padding,
        height, width, groups, useBias, activation, dataFormat, trainable);
  }
  public Conv2D withGroups(int groups) {
    return new Conv2D(name, filters, kernelHeight, kernelWidth, strideHeight, strideWidth, padding,
        dilationHeight, dilationWidth, groups, useBias, activation, dataFormat, trainable);
  }
  public Conv2D withBias(boolean useBias) {
    return new Conv2D(name, filters, kernelHeight, kernelWidth, strideHeight, strideWidth, padding,
        dilationHeight, dilationWidth, groups, useBias, activation, dataFormat, trainable);
  }
  public Conv2D withActivation(String activation) {
    return new Conv2D(name, filters, kernelHeight, kernelWidth, strideHeight, strideWidth, padding,
        dilationHeight, dilationWidth, groups, useBias, activation, dataFormat, trainable);
  }
  public Conv2D withDataFormat(DataFormat dataFormat) {
    return new Conv2D(name, filters, kernelHeight, kernelWidth, strideHeight, strideWidth, padding,
        dilationHeight, dilationWidth, groups, useBias, activation, dataFormat, trainable);
  }
  public Conv2D withTrainable(boolean trainable) {
    return new Conv2D(name, filters, kernelHeight, kernelWidth, strideHeight, strideWidth, padding,
        dilationHeight, dilationWidth, groups, useBias, activation, dataFormat, trainable);
  }
}
