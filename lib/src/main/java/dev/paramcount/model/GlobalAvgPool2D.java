package dev.paramcount.model;

/**
 * The average over each channel's whole grid: no parameters; the output is one value per channel
 * (or a 1×1 grid with {@code keepdims}).
 */
public record GlobalAvgPool2D(String name, boolean keepDims, DataFormat dataFormat) implements Layer {

  public GlobalAvgPool2D {
    if (dataFormat == null) dataFormat = DataFormat.CHANNELS_LAST;
  }

  public static GlobalAvgPool2D of() {
    return new GlobalAvgPool2D(null, false, DataFormat.CHANNELS_LAST);
  }

  @Override public String kerasType() { return "GlobalAveragePooling2D"; }
  @Override public LayerKind kind() { return LayerKind.POOLING; }
  @Override public String autoNamePrefix() { return "global_average_pooling2d"; }

  @Override
  public Shape outputShape(Shape input) {
    return Windows.global(name, input, keepDims, dataFormat);
  }

  @Override public GlobalAvgPool2D withName(String name) {
    return new GlobalAvgPool2D(name, keepDims, dataFormat);
  }
}
