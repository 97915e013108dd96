package dev.paramcount.nd4j;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One real parameter array of a materialized network, e.g. {@code conv2/group1/kernel}
 * (5×5×48×128) — the second of the two towers the paper's GPUs each held.
 *
 * @param layer the layer's name
 * @param name  the weight's name ({@code kernel}, {@code bias}, {@code gamma}, …), prefixed with
 *              {@code groupN/} for the towers of a grouped convolution
 * @param array the float32 values, in Keras's layout (a kernel is kh×kw×cin×cout)
 */
public record ParamArray(String layer, String name, INDArray array) {

  /** The number of values the array holds: what it adds to the network's count. */
  public long length() {
    return array.length();
  }

  /** The array's dimensions. */
  public long[] shape() {
    return array.shape().clone();
  }

  /** {@code layer/name}, e.g. {@code conv2/group0/bias}. */
  public String path() {
    return layer + "/" + name;
  }

  @Override
  public String toString() {
    return path() + " " + Arrays.toString(array.shape()) + " = " + array.length();
  }
}
