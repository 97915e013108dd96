package dev.paramcount.model;

/** Output sizes of sliding windows (convolution and pooling), with Keras's arithmetic. */
final class Windows {
  private Windows() {}

  /**
   * One spatial axis: {@code valid} gives floor((n − d·(k−1) − 1)/s) + 1, {@code same} gives
   * ceil(n/s), explicit padding adds its zeros first. Unknown in, unknown out.
   */
  static long outputSize(String layer, String field, long n, int k, int s, int d,
                         Padding padding, boolean vertical) {
    if (n == Shape.UNKNOWN) return Shape.UNKNOWN;
    if (padding.mode() == Padding.Mode.SAME) return ceilDiv(n, s);
    long padded = Counting.add(n, vertical ? (long) padding.top() + padding.bottom() : (long) padding.left() + padding.right(),
        "the padded input of " + layer);
    long span = (long) d * (k - 1) + 1;
    if (span > padded) {
      String extent = d == 1 ? Integer.toString(k) : k + " (dilated to " + span + ")";
      String where = padding.mode() == Padding.Mode.EXPLICIT ? "padded input" : "input";
      throw ModelException.field(layer, field, extent,
          "the window is larger than its " + where + " (" + padded + (vertical ? " high" : " wide") + ")");
    }
    return (padded - span) / s + 1;
  }

  private static long ceilDiv(long n, long s) {
    return n / s + (n % s == 0 ? 0 : 1); // (n + s - 1) / s would wrap for n near 2^63
  }

  /** The output of a pooling window over an image in either data format. */
  static Shape pool(String layer, Shape input, int poolHeight, int poolWidth, int strideHeight,
                    int strideWidth, Padding padding, DataFormat format) {
    requireImage(layer, input);
    long h = outputSize(layer, "pool_size", input.dim(format.heightAxis()), poolHeight, strideHeight, 1, padding, true);
    long w = outputSize(layer, "pool_size", input.dim(format.widthAxis()), poolWidth, strideWidth, 1, padding, false);
    return format.image(h, w, input.dim(format.channelAxis()));
  }

  /** The output of a global pooling over an image in either data format. */
  static Shape global(String layer, Shape input, boolean keepDims, DataFormat format) {
    requireImage(layer, input);
    long channels = input.dim(format.channelAxis());
    return keepDims ? format.image(1, 1, channels) : Shape.of(channels);
  }

  static void requireImage(String layer, Shape input) {
    if (input.rank() != 3) {
      throw ModelException.field(layer, "input_shape", input,
          "expects an image (height, width, channels), got a rank-" + input.rank() + " input");
    }
  }

  static void requirePositive(String layer, String field, int value) {
    if (value < 1) throw ModelException.field(layer, field, value, "must be at least 1");
  }
}
