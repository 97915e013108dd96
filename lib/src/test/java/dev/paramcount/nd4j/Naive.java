package dev.paramcount.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A reference implementation of the layers in plain Java loops over doubles, written from the
 * definitions (Keras/TensorFlow docs, the AlexNet paper), independent of ND4J and of the code it
 * checks. Tensors are batched and channels-last: [n, h, w, c].
 */
final class Naive {
  private Naive() {}

  /** A dense row-major tensor of doubles. */
  record Tensor(int[] shape, double[] data) {
    static Tensor zeros(int... shape) {
      int n = 1;
      for (int d : shape) n *= d;
      return new Tensor(shape.clone(), new double[n]);
    }

    static Tensor of(INDArray a) {
      long[] s = a.shape();
      int[] shape = new int[s.length];
      for (int i = 0; i < s.length; i++) shape[i] = (int) s[i];
      double[] data = a.dup('c').castTo(DataType.DOUBLE).data().asDouble();
      return new Tensor(shape, data);
    }

    int index(int... i) {
      int k = 0;
      for (int d = 0; d < shape.length; d++) k = k * shape[d] + i[d];
      return k;
    }

    double get(int... i) { return data[index(i)]; }

    void set(double v, int... i) { data[index(i)] = v; }
  }

  /** TensorFlow's "same" padding before (top or left) for one axis. */
  static int samePadBefore(int n, int k, int s, int d) {
    int out = (n + s - 1) / s;
    int total = Math.max((out - 1) * s + (k - 1) * d + 1 - n, 0);
    return total / 2;
  }

  static int sameOut(int n, int s) {
    return (n + s - 1) / s;
  }

  /**
   * Convolution with groups: output channel o of group g sees input channels g·cin/G … and the
   * kernel {@code kernels[g]} of shape [kh, kw, cin/G, cout/G]. Padding is given per side;
   * cells outside the input are zero.
   */
  static Tensor conv(Tensor x, Tensor[] kernels, Tensor[] biases, int sh, int sw, int dh, int dw,
                     int padTop, int padLeft, int outH, int outW) {
    int n = x.shape[0], h = x.shape[1], w = x.shape[2];
    int groups = kernels.length;
    int kh = kernels[0].shape[0], kw = kernels[0].shape[1], cinG = kernels[0].shape[2], coutG = kernels[0].shape[3];
    Tensor y = Tensor.zeros(n, outH, outW, coutG * groups);
    for (int b = 0; b < n; b++)
      for (int oy = 0; oy < outH; oy++)
        for (int ox = 0; ox < outW; ox++)
          for (int g = 0; g < groups; g++)
            for (int o = 0; o < coutG; o++) {
              double sum = biases == null ? 0 : biases[g].data[o];
              for (int i = 0; i < kh; i++)
                for (int j = 0; j < kw; j++) {
                  int iy = oy * sh + i * dh - padTop, ix = ox * sw + j * dw - padLeft;
                  if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
                  for (int c = 0; c < cinG; c++) {
                    sum += x.get(b, iy, ix, g * cinG + c) * kernels[g].get(i, j, c, o);
                  }
                }
              y.set(sum, b, oy, ox, g * coutG + o);
            }
    return y;
  }

  /** Dense on the last axis: every leading index is a separate row. */
  static Tensor dense(Tensor x, Tensor kernel, Tensor bias) {
    int in = kernel.shape[0], units = kernel.shape[1];
    int rows = x.data.length / in;
    int[] shape = x.shape.clone();
    shape[shape.length - 1] = units;
    Tensor y = Tensor.zeros(shape);
    for (int r = 0; r < rows; r++)
      for (int u = 0; u < units; u++) {
        double sum = bias == null ? 0 : bias.data[u];
        for (int i = 0; i < in; i++) sum += x.data[r * in + i] * kernel.data[i * units + u];
        y.data[r * units + u] = sum;
      }
    return y;
  }

  /**
   * Max or average pooling. Padded cells never win a max; for the average they are skipped when
   * {@code countPadding} is false (Keras "same") and count as zeros when it is true (torch).
   */
  static Tensor pool(Tensor x, boolean max, int kh, int kw, int sh, int sw, int padTop, int padLeft,
                     int outH, int outW, boolean countPadding) {
    int n = x.shape[0], h = x.shape[1], w = x.shape[2], c = x.shape[3];
    Tensor y = Tensor.zeros(n, outH, outW, c);
    for (int b = 0; b < n; b++)
      for (int oy = 0; oy < outH; oy++)
        for (int ox = 0; ox < outW; ox++)
          for (int ch = 0; ch < c; ch++) {
            double best = Double.NEGATIVE_INFINITY, sum = 0;
            int count = 0;
            for (int i = 0; i < kh; i++)
              for (int j = 0; j < kw; j++) {
                int iy = oy * sh + i - padTop, ix = ox * sw + j - padLeft;
                boolean inside = iy >= 0 && iy < h && ix >= 0 && ix < w;
                if (inside) {
                  double v = x.get(b, iy, ix, ch);
                  best = Math.max(best, v);
                  sum += v;
                  count++;
                } else if (countPadding) {
                  count++;
                }
              }
            y.set(max ? best : sum / count, b, oy, ox, ch);
          }
    return y;
  }

  /** torch's AdaptiveAvgPool2d windows: floor(i·in/out) to ceil((i+1)·in/out). */
  static Tensor adaptiveAvg(Tensor x, int outH, int outW) {
    int n = x.shape[0], h = x.shape[1], w = x.shape[2], c = x.shape[3];
    Tensor y = Tensor.zeros(n, outH, outW, c);
    for (int b = 0; b < n; b++)
      for (int i = 0; i < outH; i++)
        for (int j = 0; j < outW; j++) {
          int h0 = i * h / outH, h1 = ((i + 1) * h + outH - 1) / outH;
          int w0 = j * w / outW, w1 = ((j + 1) * w + outW - 1) / outW;
          for (int ch = 0; ch < c; ch++) {
            double sum = 0;
            for (int yy = h0; yy < h1; yy++) for (int xx = w0; xx < w1; xx++) sum += x.get(b, yy, xx, ch);
            y.set(sum / ((h1 - h0) * (w1 - w0)), b, i, j, ch);
          }
        }
    return y;
  }

  /** The paper's LRN: a / (k + α Σ_{j=max(0,i−n/2)}^{min(N−1,i+n/2)} a_j²)^β. */
  static Tensor lrn(Tensor x, int size, double alpha, double beta, double k) {
    Tensor y = Tensor.zeros(x.shape);
    int c = x.shape[x.shape.length - 1];
    for (int p = 0; p < x.data.length / c; p++)
      for (int i = 0; i < c; i++) {
        double sum = 0;
        for (int j = Math.max(0, i - size / 2); j <= Math.min(c - 1, i + size / 2); j++) {
          double a = x.data[p * c + j];
          sum += a * a;
        }
        y.data[p * c + i] = x.data[p * c + i] / Math.pow(k + alpha * sum, beta);
      }
    return y;
  }

  static Tensor softmaxLastAxis(Tensor x) {
    Tensor y = Tensor.zeros(x.shape);
    int c = x.shape[x.shape.length - 1];
    for (int p = 0; p < x.data.length / c; p++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < c; i++) max = Math.max(max, x.data[p * c + i]);
      double sum = 0;
      for (int i = 0; i < c; i++) sum += Math.exp(x.data[p * c + i] - max);
      for (int i = 0; i < c; i++) y.data[p * c + i] = Math.exp(x.data[p * c + i] - max) / sum;
    }
    return y;
  }

  static Tensor relu(Tensor x) {
    Tensor y = Tensor.zeros(x.shape);
    for (int i = 0; i < x.data.length; i++) y.data[i] = Math.max(0, x.data[i]);
    return y;
  }

  /** NCHW → NHWC. */
  static Tensor toChannelsLast(Tensor x) {
    int n = x.shape[0], c = x.shape[1], h = x.shape[2], w = x.shape[3];
    Tensor y = Tensor.zeros(n, h, w, c);
    for (int b = 0; b < n; b++)
      for (int ch = 0; ch < c; ch++)
        for (int i = 0; i < h; i++)
          for (int j = 0; j < w; j++) y.set(x.get(b, ch, i, j), b, i, j, ch);
    return y;
  }
}
