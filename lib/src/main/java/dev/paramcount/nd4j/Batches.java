package dev.paramcount.nd4j;

import dev.paramcount.model.DataFormat;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Padding;
import dev.paramcount.model.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.Pad;
import org.nd4j.linalg.factory.Nd4j;

/** Small helpers between the core's per-sample shapes and ND4J's batched arrays. */
final class Batches {
  private Batches() {}

  /** Throws unless every dimension of the network's input is known: a forward pass needs a size. */
  static void requireKnownInput(Shape input) {
    if (!input.isFullyKnown()) {
      throw ModelException.field("input", "input_shape", input,
          "the ND4J forward pass needs every dimension known; give the model a fixed input size "
              + "(e.g. network.withInput(227, 227, 3))");
    }
  }

  /** {@code [batch, ...perSample]}; the per-sample shape must be fully known. */
  static long[] shape(long batch, Shape perSample) {
    requireKnownInput(perSample);
    long[] dims = perSample.dims();
    long[] full = new long[dims.length + 1];
    full[0] = batch;
    System.arraycopy(dims, 0, full, 1, dims.length);
    return full;
  }

  /** The channel axis of a batched image: 3 for NHWC, 1 for NCHW. */
  static int channelAxis(DataFormat format) {
    return format == DataFormat.CHANNELS_LAST ? 3 : 1;
  }

  /** The height axis of a batched image: 1 for NHWC, 2 for NCHW (width is the next one). */
  static int heightAxis(DataFormat format) {
    return format == DataFormat.CHANNELS_LAST ? 1 : 2;
  }

  /** ND4J's name for the layout. */
  static String nd4jFormat(DataFormat format) {
    return format == DataFormat.CHANNELS_LAST ? "NHWC" : "NCHW";
  }

  /**
   * The batch with {@code value} rows and columns added around each image: zeros for
   * convolutions and ZeroPadding2D, −∞ for max pooling (a padded cell never wins).
   */
  static INDArray pad(INDArray x, DataFormat format, int top, int bottom, int left, int right, double value) {
    int[][] pads = new int[4][2];
    int h = heightAxis(format);
    pads[h] = new int[] {top, bottom};
    pads[h + 1] = new int[] {left, right};
    return Nd4j.pad(x, pads, Pad.Mode.CONSTANT, value);
  }

  /** Values per sample of an image after explicit padding (0 when the padding is not explicit). */
  static long paddedElements(Shape image, DataFormat format, Padding padding) {
    if (padding.mode() != Padding.Mode.EXPLICIT) return 0;
    long[] d = image.dims();
    int h = format == DataFormat.CHANNELS_LAST ? 0 : 1;
    d[h] += padding.top() + padding.bottom();
    d[h + 1] += padding.left() + padding.right();
    return d[0] * d[1] * d[2];
  }

  /** The number of values a per-sample shape holds (which must be known). */
  static long elements(Shape perSample) {
    return perSample.elements().orElseThrow(() -> ModelException.field(null, "shape", perSample,
        "the ND4J forward pass needs every dimension known"));
  }
}
