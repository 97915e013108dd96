package dev.paramcount.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.count.Counts;
import dev.paramcount.model.Conv2D;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Padding;
import dev.paramcount.model.Shape;
import dev.paramcount.model.ZeroPadding2D;
import dev.paramcount.table.Tables;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The cases {@link CountingFuzzTest} found, kept by name. Each failed before its fix: a wrapped
 * number shown as a count, or a countable network refused with a meaningless message.
 */
class FuzzRegressionTest {

  @Test
  void aLayerPastTwoToTheSixtyOneParametersHasNoWrappedByteCountInThePerLayerTable() {
    // Fuzz case 782: params 6·2^60 fit a long, their float32 bytes (4×) do not; the table showed them as missing.
    Network net = Network.builder("wide").input(Shape.UNKNOWN, 1L << 31, 1L << 60).dense(6, d -> d.withBias(false)).build();
    assertEquals(6L << 60, Counts.of(net).totalParams());
    ModelException e = assertThrows(ModelException.class, () -> Tables.perLayer(net));
    assertTrue(e.getMessage().contains("too large to count: the parameter bytes of dense"), e.getMessage());
  }

  @Test
  void explicitPaddingOfTwoToTheThirtyOnePixelsIsNotWrappedIntoShrinkingTheImage() {
    // Padding.of(2^31 - 1) on both sides overflowed an int sum: a 10×10 input came out 6×6.
    Network net = Network.builder("padded").input(10, 10, 1)
        .add(Conv2D.of(4, 3).withPadding(Padding.of(Integer.MAX_VALUE))).build();
    long side = 10 + 2L * Integer.MAX_VALUE - 3 + 1;
    assertEquals(Shape.of(side, side, 4), net.output());
  }

  @Test
  void paddingAnInputNearTwoToTheSixtyThreeIsRefusedAsTooLargeNotAsANegativeSize() {
    // Fuzz case 845: "the window is larger than its padded input (-9223372036854775804 high)".
    ModelException e = assertThrows(ModelException.class, () -> Network.builder("tall")
        .input(Long.MAX_VALUE - 1, 8, 1).add(Conv2D.of(2, 5).withPadding(Padding.of(3))).build());
    assertTrue(e.getMessage().contains("too large to count: the padded input of conv2d"), e.getMessage());
    assertFalse(e.getMessage().contains("-9"), e.getMessage());
  }

  @Test
  void samePaddingOnAnInputNearTwoToTheSixtyThreeCountsItsOutput() {
    // ceil(n / s) computed as (n + s - 1) / s wrapped and blamed the input shape.
    Network net = Network.builder("tall").input(Long.MAX_VALUE, 4, 3)
        .add(Conv2D.of(1, 1).withPadding(Padding.SAME).withStrides(2)).build();
    assertEquals(Long.MAX_VALUE / 2 + 1, net.output().dim(0));
  }

  @Test
  void zeroPaddingPastTwoToTheSixtyThreeNamesTheLayerNotTheInput() {
    // It said "layer 'input': field 'shape' = -9223372036854775807×6×3".
    ModelException e = assertThrows(ModelException.class, () -> Network.builder("tall")
        .input(Long.MAX_VALUE, 4, 3).add(ZeroPadding2D.of(1)).build());
    assertTrue(e.getMessage().contains("the padded height of zero_padding2d"), e.getMessage());
  }

  @Test
  void aShapeWithAnUnknownDimensionHasUnknownElementsEvenWhenTheKnownOnesAreHuge() {
    // Fuzz case 2463: 63 × (2^63 - 3) × ? was "too large to count" instead of unknown.
    assertEquals(OptionalLong.empty(), Shape.of(63, Long.MAX_VALUE - 2, Shape.UNKNOWN).elements());
    Network net = Network.builder("lrn").input(63, Long.MAX_VALUE - 2, Shape.UNKNOWN).lrn().build();
    assertEquals(OptionalLong.empty(), Counts.of(net).totalNeurons());
  }
}
