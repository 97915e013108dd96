package dev.paramcount.model;

/**
 * The maximum over each channel's whole grid: no parameters; the output is one value per channel
 * (or a 1×1 grid with {@code keepdims}).
 */
public record GlobalMaxPool2D(String name, boolean keepDims, DataFormat dataFormat) implements Layer {

  public GlobalMaxPool2D {
    if (dataFormat == null) dataFormat = DataFormat.CHANNELS_LAST;
  }

  public static GlobalMaxPool2D of() {
    return new GlobalMaxPool2D(null, false, DataFormat.CHANNELS_LAST);
  }

  @Override public String kerasType() { return "GlobalMaxPooling2D"; }
  @Override public LayerKind kind() { return LayerKind.POOLING; }
  @Override public String autoNamePrefix() { return "global_max_pooling2d"; }

  @Override
  public Shape outputShape(Shape input) {
    return Windows.global(name, input, keepDims, dataFormat);
  }

  @Override public GlobalMaxPool2D withName(String name) {
    return new GlobalMaxPool2D(name, keepDims, dataFormat);
  }
}
