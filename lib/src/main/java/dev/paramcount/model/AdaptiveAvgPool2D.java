package dev.paramcount.model;

/**
 * Average pooling to a fixed output grid, as torchvision's AlexNet does before its classifier
 * ({@code AdaptiveAvgPool2d((6, 6))}). No parameters; on a 6×6 input it changes nothing.
 */
public record AdaptiveAvgPool2D(String name, int outputHeight, int outputWidth, DataFormat dataFormat)
    implements Layer {

  public AdaptiveAvgPool2D {
    if (outputHeight < 1 || outputWidth < 1) {
      throw ModelException.field(name, "output_size", outputHeight + "×" + outputWidth, "must be at least 1×1");
    }
    if (dataFormat == null) dataFormat = DataFormat.CHANNELS_LAST;
  }

  public static AdaptiveAvgPool2D of(int height, int width) {
    return new AdaptiveAvgPool2D(null, height, width, DataFormat.CHANNELS_LAST);
  }

  @Override public String kerasType() { return "AdaptiveAvgPool2d"; }
  @Override public LayerKind kind() { return LayerKind.POOLING; }
  @Override public String autoNamePrefix() { return "adaptive_avg_pool2d"; }

  @Override
  public Shape outputShape(Shape input) {
    Windows.requireImage(name, input);
    return dataFormat.image(outputHeight, outputWidth, input.dim(dataFormat.channelAxis()));
  }

  @Override public AdaptiveAvgPool2D withName(String name) {
    return new AdaptiveAvgPool2D(name, outputHeight, outputWidth, dataFormat);
  }
}
