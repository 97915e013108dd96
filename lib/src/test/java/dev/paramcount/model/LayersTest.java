package dev.paramcount.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayersTest {

  private static long params(Layer layer, Shape input) {
    return layer.weights(input).stream().mapToLong(Weight::count).sum();
  }

  @Test
  void validPaddingFloorsAndSamePaddingCeils() {
    Conv2D conv1 = Conv2D.of(96, 11).withStrides(4).withName("conv1");
    assertEquals(Shape.of(55, 55, 96), conv1.outputShape(Shape.of(227, 227, 3)));
    assertEquals(Shape.of(54, 54, 96), conv1.outputShape(Shape.of(224, 224, 3)));
    assertEquals(Shape.of(57, 57, 96), conv1.withPadding(Padding.SAME).outputShape(Shape.of(227, 227, 3)));
    assertEquals(Shape.of(55, 55, 96), conv1.withPadding(Padding.of(2)).outputShape(Shape.of(224, 224, 3)));
  }

  @Test
  void dilationWidensTheWindow() {
    Conv2D c = Conv2D.of(8, 3).withDilation(2).withName("c");
    // span = 2·(3−1)+1 = 5, so 10 → 6
    assertEquals(Shape.of(6, 6, 8), c.outputShape(Shape.of(10, 10, 4)));
  }

  @Test
  void groupedConvolutionSeesItsShareOfChannels() {
    Conv2D conv2 = Conv2D.of(256, 5).withPadding(Padding.SAME).withGroups(2).withName("conv2");
    Shape in = Shape.of(27, 27, 96);
    assertEquals(List.of(new Weight("kernel", Shape.of(5, 5, 48, 256), true), new Weight("bias", Shape.of(256), true)),
        conv2.weights(in));
    assertEquals(307_456, params(conv2, in));
    assertEquals(27L * 27 * 256 * 5 * 5 * 48, conv2.macs(in, conv2.outputShape(in)).getAsLong());
  }

  @Test
  void groupsMustDivideFiltersAndChannels() {
    ModelException filters = assertThrows(ModelException.class,
        () -> Conv2D.of(10, 3).withName("c").withGroups(3));
    assertEquals("layer 'c': field 'groups' = 3: must divide the filters (10)", filters.getMessage());
    Conv2D c = Conv2D.of(12, 3).withGroups(4).withName("c");
    ModelException channels = assertThrows(ModelException.class, () -> c.outputShape(Shape.of(9, 9, 6)));
    assertEquals("layer 'c': field 'groups' = 4: must divide the input channels (6)", channels.getMessage());
  }

  @Test
  void aKernelLargerThanItsInputIsAnErrorNamingTheLayer() {
    Conv2D c = Conv2D.of(8, 11).withName("big");
    ModelException e = assertThrows(ModelException.class, () -> c.outputShape(Shape.of(5, 5, 3)));
    assertTrue(e.getMessage().startsWith("layer 'big': field 'kernel_size' = 11: the window is larger than its input"),
        e.getMessage());
    MaxPool2D p = MaxPool2D.of(3, 2).withName("pool");
    assertThrows(ModelException.class, () -> p.outputShape(Shape.of(2, 2, 3)));
  }

  @Test
  void zeroOrNegativeSizesAreRejectedWhenBuilt() {
    assertThrows(ModelException.class, () -> Conv2D.of(0, 3));
    assertThrows(ModelException.class, () -> Conv2D.of(4, 3).withStrides(0));
    assertThrows(ModelException.class, () -> Dense.of(-1));
    assertThrows(ModelException.class, () -> Dropout.of(1.0));
    assertThrows(ModelException.class, () -> MaxPool2D.of(0, 1));
  }

  @Test
  void denseActsOnTheLastAxisOfAnyRank() {
    Dense dense = Dense.of(4096).withName("dense");
    Shape grid = Shape.of(13, 13, 256);
    assertEquals(Shape.of(13, 13, 4096), dense.outputShape(grid));
    assertEquals(1_052_672, params(dense, grid));
    assertEquals(params(dense, Shape.of(256)), params(dense, grid));
    assertEquals(169L * 256 * 4096, dense.macs(grid, dense.outputShape(grid)).getAsLong());
  }

  @Test
  void batchNormHasHalfItsParametersNonTrainable() {
    BatchNorm bn = BatchNorm.of().withName("bn");
    List<Weight> ws = bn.weights(Shape.of(7, 7, 64));
    assertEquals(256, ws.stream().mapToLong(Weight::count).sum());
    assertEquals(128, ws.stream().filter(Weight::trainable).mapToLong(Weight::count).sum());
    assertEquals(0, bn.withTrainable(false).weights(Shape.of(7, 7, 64)).stream().filter(Weight::trainable).count());
  }

  @Test
  void channelsFirstReadsChannelsFromTheFirstAxis() {
    Conv2D c = Conv2D.of(16, 3).withDataFormat(DataFormat.CHANNELS_FIRST).withName("c");
    assertEquals(Shape.of(16, 30, 30), c.outputShape(Shape.of(3, 32, 32)));
    assertEquals(3 * 3 * 3 * 16 + 16, params(c, Shape.of(3, 32, 32)));
  }

  @Test
  void unknownSpatialSizesStillCountParameters() {
    Conv2D c = Conv2D.of(16, 3).withName("c");
    Shape in = Shape.of(Shape.UNKNOWN, Shape.UNKNOWN, 3);
    Shape out = c.outputShape(in);
    assertEquals(Shape.of(Shape.UNKNOWN, Shape.UNKNOWN, 16), out);
    assertEquals(448, params(c, in));
    assertTrue(c.macs(in, out).isEmpty());
    assertEquals(Shape.of(16), GlobalAvgPool2D.of().outputShape(out));
  }

  @Test
  void zeroPaddingAddsToEachSide() {
    ZeroPadding2D z = new ZeroPadding2D("z", 1, 2, 0, 3, DataFormat.CHANNELS_LAST);
    assertEquals(Shape.of(13, 13, 8), z.outputShape(Shape.of(10, 10, 8)));
  }
}
