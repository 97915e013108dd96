package dev.paramcount.model;

/** Adds rows and columns of zeros around each image. No parameters. */
public record ZeroPadding2D(String name, int top, int bottom, int left, int right, DataFormat dataFormat)
    implements Layer {

  public ZeroPadding2D {
    if (top < 0 || bottom < 0 || left < 0 || right < 0) {
      throw ModelException.field(name, "padding", "((" + top + ", " + bottom + "), (" + left + ", " + right + "))",
          "cannot be negative");
    }
    if (dataFormat == null) dataFormat = DataFormat.CHANNELS_LAST;
  }

  /** {@code p} zeros on every side. */
  public static ZeroPadding2D of(int p) {
    return new ZeroPadding2D(null, p, p, p, p, DataFormat.CHANNELS_LAST);
  }

  @Override public String kerasType() { return "ZeroPadding2D"; }
  @Override public LayerKind kind() { return LayerKind.RESHAPE; }
  @Override public String autoNamePrefix() { return "zero_padding2d"; }

  @Override
  public Shape outputShape(Shape input) {
    Windows.requireImage(name, input);
    long h = input.dim(dataFormat.heightAxis());
    long w = input.dim(dataFormat.widthAxis());
    return dataFormat.image(h == Shape.UNKNOWN ? h : Counting.add(h, (long) top + bottom, "the padded height of " + name),
        w == Shape.UNKNOWN ? w : Counting.add(w, (long) left + right, "the padded width of " + name),
        input.dim(dataFormat.channelAxis()));
  }

  @Override public ZeroPadding2D withName(String name) {
    return new ZeroPadding2D(name, top, bottom, left, right, dataFormat);
  }
}
