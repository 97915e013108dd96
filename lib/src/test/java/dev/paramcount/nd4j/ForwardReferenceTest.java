package dev.paramcount.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.model.Activation;
import dev.paramcount.model.AvgPool2D;
import dev.paramcount.model.BatchNorm;
import dev.paramcount.model.Conv2D;
import dev.paramcount.model.DataFormat;
import dev.paramcount.model.GlobalAvgPool2D;
import dev.paramcount.model.GlobalMaxPool2D;
import dev.paramcount.model.LocalResponseNorm;
import dev.paramcount.model.MaxPool2D;
import dev.paramcount.model.Network;
import dev.paramcount.model.Padding;
import dev.paramcount.model.ZeroPadding2D;
import dev.paramcount.nd4j.Naive.Tensor;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The ND4J forward pass against {@link Naive}, a loop-by-loop reference written from the layer
 * definitions. Inputs are shifted to [−0.5, 0.5) so that negative values (max pooling's padding,
 * ReLU) matter, and the batch is 2 so that samples cannot leak into each other.
 */
class ForwardReferenceTest {
  private static final long SEED = 7;
  private static final MemoryBudget BUDGET = MemoryBudget.parse("1GB");

  /** Runs a one-input network on a seeded batch of 2; returns the input, output and arrays. */
  private static final class Ran {
    final Nd4jNetwork m;
    final Tensor in;
    final Tensor out;
    final ForwardRun run;

    Ran(Network net, double inputScale) {
      m = Nd4jModels.materialize(net, SEED, BUDGET);
      INDArray x = m.input(2).subi(0.5).muli(inputScale);
      in = Tensor.of(x);
      run = m.forward(x);
      out = Tensor.of(run.output());
      assertTrue(run.shapesAgree(), () -> "shapes disagree: " + run.mismatches());
    }

    Tensor param(String layer, String name) {
      return m.arrays(layer).stream().filter(a -> a.name().equals(name)).findFirst()
          .map(a -> Tensor.of(a.array())).orElseThrow(() -> new AssertionError("no array " + layer + "/" + name));
    }
  }

  private static Ran run(Network net) {
    return new Ran(net, 1.0);
  }

  private static void assertClose(Tensor expected, Tensor actual) {
    assertArrayEquals(expected.shape(), actual.shape(), "shape");
    double worst = 0;
    int at = -1;
    for (int i = 0; i < expected.data().length; i++) {
      double err = Math.abs(expected.data()[i] - actual.data()[i]) / Math.max(1.0, Math.abs(expected.data()[i]));
      if (err > worst) {
        worst = err;
        at = i;
      }
    }
    final int where = at;
    final double w = worst;
    assertTrue(worst < 1e-4, () -> "largest relative error " + w + " at flat index " + where + ": expected "
        + expected.data()[where] + ", ND4J gave " + actual.data()[where]);
  }

  private static Network oneLayer(long h, long w, long c, dev.paramcount.model.Layer layer) {
    return Network.builder("t").input(h, w, c).add(layer).build();
  }

  private static Network oneConv(long h, long w, long c, Conv2D conv) {
    return oneLayer(h, w, c, conv.withName("conv"));
  }

  // ---- convolution ----

  @ParameterizedTest(name = "{0}x{1} input, kernel {2}, stride {3}, dilation {4}")
  @CsvSource({
      "11, 13, 3, 2, 1",
      "12, 12, 4, 2, 1",
      "13, 13, 4, 2, 1",
      "9, 10, 3, 1, 2"})
  void validConvolutionMatchesTheLoopReference(int h, int w, int k, int s, int d) {
    Ran r = run(oneConv(h, w, 3, Conv2D.of(4, k).withStrides(s).withDilation(d)));
    int outH = (h - d * (k - 1) - 1) / s + 1, outW = (w - d * (k - 1) - 1) / s + 1;
    Tensor expected = Naive.conv(r.in, new Tensor[] {r.param("conv", "kernel")},
        new Tensor[] {r.param("conv", "bias")}, s, s, d, d, 0, 0, outH, outW);
    assertClose(expected, r.out);
  }

  @ParameterizedTest(name = "{0}x{1} input, kernel {2}, stride {3}, dilation {4}")
  @CsvSource({
      "12, 12, 4, 2, 1",
      "13, 13, 4, 2, 1",
      "13, 12, 5, 3, 1",
      "10, 10, 3, 1, 2",
      "27, 27, 5, 1, 1"})
  void sameConvolutionPadsAsTensorFlowDoes(int h, int w, int k, int s, int d) {
    Ran r = run(oneConv(h, w, 3, Conv2D.of(5, k).withStrides(s).withDilation(d).withPadding(Padding.SAME)));
    Tensor expected = Naive.conv(r.in, new Tensor[] {r.param("conv", "kernel")},
        new Tensor[] {r.param("conv", "bias")}, s, s, d, d,
        Naive.samePadBefore(h, k, s, d), Naive.samePadBefore(w, k, s, d), Naive.sameOut(h, s), Naive.sameOut(w, s));
    assertClose(expected, r.out);
  }

  @Test
  void explicitAsymmetricPaddingAddsZerosOnEachSide() {
    Padding p = new Padding(Padding.Mode.EXPLICIT, 1, 2, 0, 3);
    Ran r = run(oneConv(8, 7, 2, Conv2D.of(3, 3).withPadding(p).withStrides(2)));
    Tensor expected = Naive.conv(r.in, new Tensor[] {r.param("conv", "kernel")},
        new Tensor[] {r.param("conv", "bias")}, 2, 2, 1, 1, 1, 0, (8 + 3 - 3) / 2 + 1, (7 + 3 - 3) / 2 + 1);
    assertClose(expected, r.out);
  }

  @Test
  void convolutionWithoutBiasHasOnlyAKernel() {
    Ran r = run(oneConv(6, 6, 2, Conv2D.of(3, 3).withBias(false)));
    assertEquals(1, r.m.arrays("conv").size());
    Tensor expected = Naive.conv(r.in, new Tensor[] {r.param("conv", "kernel")}, null, 1, 1, 1, 1, 0, 0, 4, 4);
    assertClose(expected, r.out);
  }

  @ParameterizedTest(name = "{0} input channels, {1} filters, {2} groups")
  @CsvSource({"6, 4, 2", "6, 6, 3", "4, 8, 4"})
  void groupedConvolutionRunsOneTowerPerGroupOnItsShareOfChannels(int cin, int filters, int groups) {
    Ran r = run(oneConv(9, 9, cin, Conv2D.of(filters, 3).withGroups(groups).withPadding(Padding.SAME)));
    Tensor[] kernels = new Tensor[groups];
    Tensor[] biases = new Tensor[groups];
    for (int g = 0; g < groups; g++) {
      kernels[g] = r.param("conv", "group" + g + "/kernel");
      biases[g] = r.param("conv", "group" + g + "/bias");
      assertArrayEquals(new int[] {3, 3, cin / groups, filters / groups}, kernels[g].shape());
    }
    Tensor expected = Naive.conv(r.in, kernels, biases, 1, 1, 1, 1, 1, 1, 9, 9);
    assertClose(expected, r.out);
  }

  @Test
  void channelsFirstConvolutionKeepsChannelsFirstOutside() {
    Network net = Network.builder("t").input(3, 9, 8)
        .add(Conv2D.of(4, 3).withStrides(2).withDataFormat(DataFormat.CHANNELS_FIRST).withName("conv"))
        .build();
    Ran r = run(net);
    assertEquals(java.util.List.of(2L, 4L, 4L, 3L), r.run.outputShape());
    Tensor expected = Naive.conv(Naive.toChannelsLast(r.in), new Tensor[] {r.param("conv", "kernel")},
        new Tensor[] {r.param("conv", "bias")}, 2, 2, 1, 1, 0, 0, 4, 3);
    assertClose(expected, Naive.toChannelsLast(r.out));
  }

  // ---- dense ----

  @Test
  void denseOnAGridIsAMatrixProductAtEveryPosition() {
    Ran r = run(Network.builder("t").input(5, 4, 6).dense(7).named("fc").build());
    assertEquals(java.util.List.of(2L, 5L, 4L, 7L), r.run.outputShape());
    assertClose(Naive.dense(r.in, r.param("fc", "kernel"), r.param("fc", "bias")), r.out);
  }

  @Test
  void flattenThenDenseSeesChannelsVaryingFastest() {
    Ran r = run(Network.builder("t").input(3, 2, 4).flatten().named("flat").dense(5).named("fc").build());
    Tensor flat = new Tensor(new int[] {2, 24}, r.in.data().clone());
    assertClose(Naive.dense(flat, r.param("fc", "kernel"), r.param("fc", "bias")), r.out);
  }

  // ---- pooling ----

  @ParameterizedTest(name = "max={0}, {1}x{1} input, pool {2}, stride {3}")
  @CsvSource({"true, 13, 3, 2", "false, 13, 3, 2", "true, 12, 2, 2", "false, 11, 3, 1"})
  void validPoolingMatchesTheLoopReference(boolean max, int n, int k, int s) {
    dev.paramcount.model.Layer pool = max ? MaxPool2D.of(k, s) : AvgPool2D.of(k, s);
    Ran r = run(oneLayer(n, n, 3, pool));
    int out = (n - k) / s + 1;
    assertClose(Naive.pool(r.in, max, k, k, s, s, 0, 0, out, out, false), r.out);
  }

  @ParameterizedTest(name = "max={0}, {1}x{1} input, pool {2}, stride {3}")
  @CsvSource({"true, 12, 3, 2", "false, 12, 3, 2", "true, 13, 2, 2", "false, 13, 2, 2", "false, 7, 3, 1"})
  void samePoolingSkipsPaddedCellsAsKerasDoes(boolean max, int n, int k, int s) {
    dev.paramcount.model.Layer pool = max ? MaxPool2D.of(k, s).withPadding(Padding.SAME)
        : AvgPool2D.of(k, s).withPadding(Padding.SAME);
    Ran r = run(oneLayer(n, n, 2, pool));
    int pad = Naive.samePadBefore(n, k, s, 1);
    assertClose(Naive.pool(r.in, max, k, k, s, s, pad, pad, Naive.sameOut(n, s), Naive.sameOut(n, s), false), r.out);
  }

  @ParameterizedTest(name = "max={0}")
  @CsvSource({"true", "false"})
  void explicitPoolingPaddingNeverWinsAMaxAndCountsInAnAverageAsTorchDoes(boolean max) {
    dev.paramcount.model.Layer pool = max ? MaxPool2D.of(3, 2).withPadding(Padding.of(1))
        : AvgPool2D.of(3, 2).withPadding(Padding.of(1));
    Ran r = run(oneLayer(8, 8, 2, pool));
    assertClose(Naive.pool(r.in, max, 3, 3, 2, 2, 1, 1, 4, 4, true), r.out);
  }

  @ParameterizedTest(name = "{0}x{0} to {1}x{1}")
  @CsvSource({"7, 3", "5, 2", "6, 6", "13, 6"})
  void adaptiveAveragePoolingUsesTorchsWindows(int in, int out) {
    Ran r = run(Network.builder("t").input(in, in, 3).adaptiveAvgPool(out, out).build());
    assertClose(Naive.adaptiveAvg(r.in, out, out), r.out);
  }

  @Test
  void globalPoolingReducesEachChannelsGrid() {
    Ran avg = run(Network.builder("t").input(4, 5, 3).globalAvgPool().build());
    Ran max = run(oneLayer(4, 5, 3, new GlobalMaxPool2D(null, true, DataFormat.CHANNELS_LAST)));
    Tensor a = Naive.pool(avg.in, false, 4, 5, 1, 1, 0, 0, 1, 1, false);
    Tensor m = Naive.pool(max.in, true, 4, 5, 1, 1, 0, 0, 1, 1, false);
    assertClose(new Tensor(new int[] {2, 3}, a.data()), avg.out);
    assertClose(m, max.out);
    assertEquals(java.util.List.of(2L, 1L, 1L, 3L), max.run.outputShape());
    assertEquals(GlobalAvgPool2D.of().keepDims(), false);
  }

  // ---- normalization ----

  @ParameterizedTest(name = "n={0}, alpha={1}, beta={2}, k={3}")
  @CsvSource({"5, 0.0001, 0.75, 2.0", "5, 0.1, 0.75, 2.0", "3, 0.5, 0.5, 1.0", "4, 0.2, 0.75, 1.5"})
  void localResponseNormalizationFollowsThePapersFormula(int n, double alpha, double beta, double k) {
    // Inputs up to ±10 so that the sum of squares moves the result even with the paper's α.
    Ran r = new Ran(oneLayer(3, 3, 9, new LocalResponseNorm(null, n, alpha, beta, k)), 20.0);
    assertClose(Naive.lrn(r.in, n, alpha, beta, k), r.out);
  }

  @Test
  void batchNormalizationUsesTheMovingStatisticsAtInference() {
    Ran r = run(Network.builder("t").input(3, 3, 4).batchNorm().named("bn").build());
    Tensor gamma = r.param("bn", "gamma"), beta = r.param("bn", "beta");
    Tensor mean = r.param("bn", "moving_mean"), var = r.param("bn", "moving_variance");
    Tensor expected = Tensor.zeros(r.in.shape());
    for (int i = 0; i < expected.data().length; i++) {
      int c = i % 4;
      expected.data()[i] = (r.in.data()[i] - mean.data()[c]) / Math.sqrt(var.data()[c] + 1e-3) * gamma.data()[c]
          + beta.data()[c];
    }
    assertClose(expected, r.out);
  }

  @Test
  void batchNormalizationOnTheChannelAxisOfChannelsFirstData() {
    Network net = Network.builder("t").input(4, 3, 2).add(new BatchNorm("bn", 0, true, true, true)).build();
    Ran r = run(net);
    Tensor gamma = r.param("bn", "gamma"), beta = r.param("bn", "beta");
    Tensor mean = r.param("bn", "moving_mean"), var = r.param("bn", "moving_variance");
    Tensor expected = Tensor.zeros(r.in.shape());
    for (int i = 0; i < expected.data().length; i++) {
      int c = (i / 6) % 4;
      expected.data()[i] = (r.in.data()[i] - mean.data()[c]) / Math.sqrt(var.data()[c] + 1e-3) * gamma.data()[c]
          + beta.data()[c];
    }
    assertClose(expected, r.out);
  }

  // ---- shape-only layers ----

  @Test
  void zeroPaddingSurroundsEachImageWithZeros() {
    Ran r = run(oneLayer(2, 3, 2, new ZeroPadding2D(null, 1, 2, 3, 0, DataFormat.CHANNELS_LAST)));
    Tensor expected = Tensor.zeros(2, 5, 6, 2);
    for (int b = 0; b < 2; b++)
      for (int i = 0; i < 2; i++)
        for (int j = 0; j < 3; j++)
          for (int c = 0; c < 2; c++) expected.set(r.in.get(b, i, j, c), b, i + 1, j + 3, c);
    assertClose(expected, r.out);
  }

  @Test
  void dropoutPassesValuesThroughAtInference() {
    Ran r = run(Network.builder("t").input(3, 4).dropout(0.5).build());
    assertClose(r.in, r.out);
  }

  // ---- activations ----

  @Test
  void softmaxNormalizesTheLastAxisAtEveryPosition() {
    Ran r = new Ran(Network.builder("t").input(3, 2, 5).softmax().build(), 6.0);
    assertClose(Naive.softmaxLastAxis(r.in), r.out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"linear", "relu", "sigmoid", "tanh", "elu", "selu", "softplus", "softsign", "swish", "silu", "relu6",
      "exponential"})
  void activationsComputeKerasDefinitions(String name) {
    Ran r = new Ran(oneLayer(2, 3, 4, Activation.of(name)), 8.0);
    DoubleUnaryOperator f = keras(name);
    Tensor expected = Tensor.zeros(r.in.shape());
    for (int i = 0; i < expected.data().length; i++) expected.data()[i] = f.applyAsDouble(r.in.data()[i]);
    assertClose(expected, r.out);
  }

  private static DoubleUnaryOperator keras(String name) {
    double seluAlpha = 1.6732632423543772, seluScale = 1.0507009873554805;
    switch (name) {
      case "linear": return x -> x;
      case "relu": return x -> Math.max(0, x);
      case "sigmoid": return x -> 1 / (1 + Math.exp(-x));
      case "tanh": return Math::tanh;
      case "elu": return x -> x > 0 ? x : Math.exp(x) - 1;
      case "selu": return x -> seluScale * (x > 0 ? x : seluAlpha * (Math.exp(x) - 1));
      case "softplus": return x -> Math.log1p(Math.exp(x));
      case "softsign": return x -> x / (1 + Math.abs(x));
      case "swish":
      case "silu": return x -> x / (1 + Math.exp(-x));
      case "relu6": return x -> Math.min(6, Math.max(0, x));
      case "exponential": return Math::exp;
      default: throw new AssertionError(name);
    }
  }

  @Test
  void aStridedViewAsInputGivesWhatItsPackedCopyGives() {
    Network net = Network.builder("t").input(9, 9, 4).conv2d(4, 3).named("conv").maxPool(3, 2)
        .build();
    try (Nd4jNetwork m = Nd4jModels.materialize(net, SEED, BUDGET)) {
      INDArray wide = m.input(2).subi(0.5);
      INDArray interleaved = org.nd4j.linalg.factory.Nd4j.valueArrayOf(new long[] {4, 9, 9, 4}, 7f);
      INDArray everyOtherSample = interleaved.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 2, 4));
      everyOtherSample.assign(wide);
      assertTrue(everyOtherSample.isView());
      assertClose(Tensor.of(m.forward(everyOtherSample.dup('c')).output()), Tensor.of(m.forward(everyOtherSample).output()));
      assertClose(Tensor.of(m.forward(wide).output()), Tensor.of(m.forward(everyOtherSample).output()));
    }
  }

  // ---- a small network end to end ----

  @Test
  void aSmallAlexNetMatchesTheChainedReference() {
    Network net = Network.builder("mini").input(19, 19, 3)
        .conv2d(8, 5, c -> c.withStrides(2).withActivation("relu")).named("c1")
        .lrn().named("n1")
        .maxPool(3, 2).named("p1")
        .conv2d(6, 3, c -> c.withPadding(Padding.SAME).withGroups(2).withActivation("relu")).named("c2")
        .flatten().named("f")
        .dense(5, d -> d.withActivation("softmax")).named("fc")
        .build();
    Ran r = new Ran(net, 4.0);
    Tensor x = Naive.relu(Naive.conv(r.in, new Tensor[] {r.param("c1", "kernel")}, new Tensor[] {r.param("c1", "bias")},
        2, 2, 1, 1, 0, 0, 8, 8));
    x = Naive.lrn(x, 5, 1e-4, 0.75, 2.0);
    x = Naive.pool(x, true, 3, 3, 2, 2, 0, 0, 3, 3, false);
    x = Naive.relu(Naive.conv(x,
        new Tensor[] {r.param("c2", "group0/kernel"), r.param("c2", "group1/kernel")},
        new Tensor[] {r.param("c2", "group0/bias"), r.param("c2", "group1/bias")}, 1, 1, 1, 1, 1, 1, 3, 3));
    x = new Tensor(new int[] {2, 54}, x.data());
    x = Naive.softmaxLastAxis(Naive.dense(x, r.param("fc", "kernel"), r.param("fc", "bias")));
    assertClose(x, r.out);
  }

}
