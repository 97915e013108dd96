package dev.paramcount.model;

/**
 * Max pooling over 2-D windows. Pooling has no parameters: it only shrinks the grid.
 */
public record MaxPool2D(String name, int poolHeight, int poolWidth, int strideHeight, int strideWidth,
                        Padding padding, DataFormat dataFormat) implements Layer {

  public MaxPool2D {
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
  public static MaxPool2D of(int pool, int stride) {
    return new MaxPool2D(null, pool, pool, stride, stride, Padding.VALID, DataFormat.CHANNELS_LAST);
  }

  @Override public String kerasType() { return "MaxPooling2D"; }
  @Override public LayerKind kind() { return LayerKind.POOLING; }
  @Override public String autoNamePrefix() { return "max_pooling2d"; }

  @Override
  public Shape outputShape(Shape input) {
    return Windows.pool(name, input, poolHeight, poolWidth, strideHeight, strideWidth, padding, dataFormat);
  }

  @Override public MaxPool2D withName(String name) {
    return new MaxPool2D(name, poolHeight, poolWidth, strideHeight, strideWidth, padding, dataFormat);
  }
  public MaxPool2D withPool(int pool) {
    return new MaxPool2D(name, pool, pool, strideHeight, strideWidth, padding, dataFormat);
  }
  public MaxPool2D withStrides(int stride) {
    return new MaxPool2D(name, poolHeight, poolWidth, stride, stride, padding, dataFormat);
  }
  public MaxPool2D withPadding(Padding padding) {
    return new MaxPool2D(name, poolHeight, poolWidth, strideHeight, strideWidth, padding, dataFormat);
  }
}
