package dev.paramcount.model;

/**
 * Average pooling over 2-D windows. Pooling has no parameters: it only shrinks the grid.
 */
public record AvgPool2D(String name, int poolHeight, int poolWidth, int strideHeight, int strideWidth,
                        Padding padding, DataFormat dataFormat) implements Layer {

  public AvgPool2D {
    if (poolHeight < 1 || poolWidth < 1) {
      throw ModelException.field(name, "pool_size", poolHeight + "×" + poolWidth, "must be at least 1×1");
    }
    if (strideHeight < 1 || strideWidth < 1) {
      throw ModelException.field(name, "strides", strideHeight + "×" + strideWidth, "must be at least 1");
    }
    if (padding == null) throw ModelException.field(name, "padding", null, "a padding is required");
    if (dataFormat == null) dataFormat = DataFormat.CHANNELS_LAST;
  }

  /** A {@code pool×pool} window moved {@code stride} at a time, valid padding. */
  public static AvgPool2D of(int pool, int stride) {
    return new AvgPool2D(null, pool, pool, stride, stride, Padding.VALID, DataFormat.CHANNELS_LAST);
  }

  @Override public String kerasType() { return "AveragePooling2D"; }
  @Override public LayerKind kind() { return LayerKind.POOLING; }
  @Override public String autoNamePrefix() { return "average_pooling2d"; }

  @Override
  public Shape outputShape(Shape input) {
    return Windows.pool(name, input, poolHeight, poolWidth, strideHeight, strideWidth, padding, dataFormat);
  }

  @Override public AvgPool2D withName(String name) {
    return new AvgPool2D(name, poolHeight, poolWidth, strideHeight, strideWidth, padding, dataFormat);
  }
  public AvgPool2D withPool(int pool) {
    return new AvgPool2D(name, pool, pool, strideHeight, strideWidth, padding, dataFormat);
  }
  public AvgPool2D withStrides(int stride) {
    return new AvgPool2D(name, poolHeight, poolWidth, stride, stride, padding, dataFormat);
  }
  public AvgPool2D withPadding(Padding padding) {
    return new AvgPool2D(name, poolHeight, poolWidth, strideHeight, strideWidth, padding, dataFormat);
  }
}
