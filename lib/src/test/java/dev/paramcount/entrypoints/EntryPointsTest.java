package dev.paramcount.entrypoints;

import static dev.paramcount.entrypoints.Errors.oneLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.ParamCount;
import dev.paramcount.model.Activation;
import dev.paramcount.model.AdaptiveAvgPool2D;
import dev.paramcount.model.AvgPool2D;
import dev.paramcount.model.Conv2D;
import dev.paramcount.model.Dense;
import dev.paramcount.model.Dropout;
import dev.paramcount.model.MaxPool2D;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Padding;
import dev.paramcount.model.Shape;
import dev.paramcount.model.ZeroPadding2D;
import dev.paramcount.nd4j.Nd4jModels;
import dev.paramcount.presets.AlexNets;
import dev.paramcount.sweep.Sweep;
import dev.paramcount.sweep.Sweeps;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every library call a notebook cell makes, given the bad values a student types: each either
 * works or throws {@link ModelException} whose one-line message names the layer, the field and the
 * value. (Layers built on their own have no name yet: their messages name the field and the value.)
 */
class EntryPointsTest {
  static final Network PAPER = AlexNets.paper();

  @Nested
  class BuildingLayers {
    @Test
    void aConvolutionWithoutFiltersNamesFiltersAndZero() {
      oneLine(() -> Conv2D.of(0, 3), "field 'filters' = 0", "at least 1");
    }

    @Test
    void aConvolutionWithoutAKernelNamesKernelSize() {
      oneLine(() -> Conv2D.of(8, 0), "field 'kernel_size' = 0×0");
    }

    @Test
    void negativeStridesAreNamedWithTheirValue() {
      oneLine(() -> Conv2D.of(8, 3).withStrides(-1), "field 'strides' = -1×-1");
      oneLine(() -> MaxPool2D.of(3, -2), "field 'strides' = -2×-2");
      oneLine(() -> AvgPool2D.of(2, 0), "field 'strides' = 0×0");
    }

    @Test
    void zeroDilationIsNamed() {
      oneLine(() -> Conv2D.of(8, 3).withDilation(0, 1), "field 'dilation_rate' = 0×1");
    }

    @Test
    void groupsThatDoNotDivideTheFiltersAreNamed() {
      oneLine(() -> Conv2D.of(8, 3).withGroups(3), "field 'groups' = 3", "divide the filters (8)");
      oneLine(() -> Conv2D.of(8, 3).withGroups(0), "field 'groups' = 0");
    }

    @Test
    void negativePaddingIsNamed() {
      oneLine(() -> Padding.of(-1), "field 'padding' = -1,-1,-1,-1", "cannot be negative");
      oneLine(() -> ZeroPadding2D.of(-2), "field 'padding'", "-2");
    }

    @Test
    void denseUnitsPoolSizesRatesAndNamesAreChecked() {
      oneLine(() -> Dense.of(-5), "field 'units' = -5");
      oneLine(() -> MaxPool2D.of(0, 2), "field 'pool_size' = 0×0");
      oneLine(() -> AdaptiveAvgPool2D.of(0, 6), "field 'output_size' = 0×6");
      oneLine(() -> Dropout.of(1.5), "field 'rate' = 1.5");
      oneLine(() -> Dropout.of(Double.NaN), "field 'rate' = NaN");
      oneLine(() -> Activation.of(" "), "field 'activation'");
    }

    @Test
    void badInputShapesAreNamed() {
      oneLine(() -> Shape.parse("227x0x3"), "field 'shape' = \"227x0x3\"", "dimension 1 is 0");
      oneLine(() -> Shape.parse("227xtwox3"), "'two' is not a whole number");
      oneLine(() -> Shape.of(227, -3, 3), "dimension 1 is -3");
    }

    /**
     * KNOWN DEFECT, pinned so that it is seen: a bad value in a builder step names neither the
     * layer it would have become ({@code conv2d_1}) nor its kind, and {@link ModelException} has no
     * stack trace, so in a twenty-line builder cell a student cannot tell which step is wrong.
     * When the builder names the layer, this test fails: turn it into the assertion in its comment.
     */
    @Test
    void aBadValueInABuilderStepNamesTheLayerItWouldHaveBeen() {
      ModelException e = oneLine(() -> Network.builder("n").input(32, 32, 3)
          .conv2d(8, 3).conv2d(8, 3, c -> c.withStrides(0)).build(), "layer 'conv2d_1'", "field 'strides' = 0×0");
      assertEquals("conv2d_1", e.layerName());
      assertEquals(0, e.getStackTrace().length);
      ModelException dense = oneLine(() -> Network.builder("n").input(8).dense(4).named("fc1").dense(-2).build(),
          "layer 'dense'", "field 'units' = -2");
      assertEquals("dense", dense.layerName());
    }

    @Test
    void aNetworkWithoutAnInputShapeSaysSo() {
      oneLine(() -> Network.builder("no_input").conv2d(8, 3).build(), "network 'no_input' has no input shape");
    }
  }

  @Nested
  class EditingANetwork {
    @Test
    void anUnknownLayerIsNamedWithTheLayersThatExist() {
      ModelException e = oneLine(() -> PAPER.withUnits("nope", 3), "layer 'nope'", "no such layer",
          "conv1", "fc8");
      assertEquals("nope", e.layerName());
    }

    @Test
    void zeroUnitsNameTheLayerTheFieldAndTheValue() {
      ModelException e = oneLine(() -> PAPER.withUnits("fc6", 0), "layer 'fc6'", "field 'units' = 0");
      assertEquals("fc6", e.layerName());
      assertEquals("units", e.fieldName());
      assertEquals("0", e.value());
    }

    @Test
    void groupsThatDoNotDivideAreNamed() {
      oneLine(() -> PAPER.withGroups("conv2", 3), "layer 'conv2'", "field 'groups' = 3", "must divide the filters (256)");
      oneLine(() -> PAPER.withGroups("conv1", 2), "layer 'conv1'", "field 'groups' = 2",
          "must divide the input channels (3)");
    }

    @Test
    void aFieldTheLayerDoesNotHaveIsNamed() {
      oneLine(() -> PAPER.withUnits("conv1", 3), "layer 'conv1'", "field 'units'", "a Conv2D layer has no units");
      oneLine(() -> PAPER.withGroups("fc6", 2), "layer 'fc6'", "field 'groups'", "a Dense layer has no groups");
      oneLine(() -> PAPER.with("fc6", Conv2D.class, c -> c.withFilters(2)), "layer 'fc6'", "is a Dense, not a Conv2D");
    }

    @Test
    void anInputTooSmallForTheFirstKernelNamesLayerFieldAndSize() {
      oneLine(() -> PAPER.withInput(10, 10, 3), "layer 'conv1'", "field 'kernel_size' = 11",
          "larger than its input (10 high)");
      oneLine(() -> PAPER.withKernel("conv1", 300), "layer 'conv1'", "field 'kernel_size' = 300");
    }

    @Test
    void anInputOfTheWrongRankNamesTheLayerThatNeedsAnImage() {
      oneLine(() -> PAPER.withInput(227, 227), "layer 'conv1'", "field 'input_shape' = 227×227", "rank-2");
    }

    @Test
    void aPoolInsertedAfterFlattenGetsItsAutomaticNameInTheMessage() {
      oneLine(() -> PAPER.insertBefore("fc6", MaxPool2D.of(3, 2)), "layer 'max_pooling2d'", "field 'input_shape' = 9216");
    }

    @Test
    void removingAnUnknownLayerIsNamed() {
      oneLine(() -> PAPER.remove("pool6"), "layer 'pool6'", "no such layer");
    }

    @Test
    void aValidEditStillCounts() {
      assertEquals(33_700_200, ParamCount.count(PAPER.withUnits("fc6", 2048)).totalParams());
    }
  }

  @Nested
  class LoadingKerasFiles {
    @Test
    void aMissingFileIsNamed() {
      ModelException e = oneLine(() -> ParamCount.keras(Path.of("no-such-model.json")), "no-such-model.json");
      assertEquals("no-such-model.json", e.file());
    }

    @Test
    void aBadLayerInAFileNamesFileLayerFieldAndValue() {
      Path file = Path.of("src/test/resources/bad-input/negative-filters.model.json");
      oneLine(() -> ParamCount.keras(file), "negative-filters.model.json", "layer 'conv2d'", "field 'filters' = -8");
    }

    @Test
    void aFileThatIsNotJsonIsNamed() {
      oneLine(() -> ParamCount.keras(Path.of("src/test/resources/bad-input/text-not-json.json")),
          "text-not-json.json", "not valid JSON");
    }
  }

  @Nested
  class Sweeping {
    @Test
    void aBackwardRangeAndAZeroStepAreNamed() {
      oneLine(() -> Sweeps.units(PAPER, "fc6", 10, 1, 1), "field 'range' = 10..1");
      oneLine(() -> Sweeps.units(PAPER, "fc6", 1, 10, 0), "field 'step' = 0");
    }

    @Test
    void anUnknownOrWrongLayerFailsAtOnce() {
      oneLine(() -> Sweeps.units(PAPER, "nope", 1, 4, 1), "layer 'nope'", "no such layer");
      oneLine(() -> Sweeps.units(PAPER, "conv1", 1, 4, 1), "layer 'conv1'", "is a Conv2D, not a Dense");
      oneLine(() -> Sweeps.filters(PAPER, "fc6", 1, 4, 1), "layer 'fc6'", "is a Dense, not a Conv2D");
      oneLine(() -> Sweeps.groups(PAPER, "pool1", 1, 4), "layer 'pool1'", "is a MaxPooling2D, not a Conv2D");
    }

    @Test
    void valuesTheNetworkCannotTakeBecomeGapsWithTheLibrarysReason() {
      Sweep sweep = Sweeps.units(PAPER, "fc6", -1, 1, 1);
      assertEquals(3, sweep.points().size());
      assertEquals("layer 'fc6': field 'units' = -1: must be at least 1", sweep.points().get(0).gap().orElseThrow());
      assertEquals("layer 'fc6': field 'units' = 0: must be at least 1", sweep.points().get(1).gap().orElseThrow());
      assertTrue(sweep.points().get(2).totalParams().isPresent());
      Sweep width = Sweeps.width(PAPER, -1, Double.NaN, 1);
      assertTrue(width.points().get(0).gap().orElseThrow().contains("field 'width multiplier' = -1.0"));
      assertTrue(width.points().get(1).gap().orElseThrow().contains("field 'width multiplier' = NaN"));
    }

    @Test
    void aSweepOfOnlyGapsHasATableButNoChart() {
      Sweep tooSmall = Sweeps.inputSize(PAPER, 1, 5, 1);
      assertEquals(5, tooSmall.gaps().size());
      assertEquals(5, tooSmall.table().rowCount());
      oneLine(tooSmall::chart, "gap");
    }

    @Test
    void anInputSizeSweepOfANonImageNetworkIsNamed() {
      Network vector = Network.builder("vector").input(100).dense(10).build();
      oneLine(() -> Sweeps.inputSize(vector, 1, 4, 1), "field 'shape' = 100", "image input");
    }

    @Test
    void askingASweepAboutAnUnknownLayerOrABadShapeIsNamed() {
      Sweep sweep = Sweeps.inputSize(PAPER, 226, 228, 1);
      oneLine(() -> sweep.valuesWhere("pool5", "six by six"), "field 'shape' = \"six by six\"");
      oneLine(() -> sweep.valuesWhere("pool9", "6x6x256"), "layer 'pool9'", "no such layer");
      oneLine(() -> sweep.table("pool9"), "layer 'pool9'");
    }
  }

  @Nested
  class Materializing {
    @Test
    void aNetworkTooLargeForMemoryIsRefusedBeforeAnythingIsAllocated() {
      Network huge = Network.builder("huge").input(100_000).dense(1_000_000).dense(200_000).build();
      oneLine(() -> Nd4jModels.materialize(huge, 42), "huge", "budget");
    }

    @Test
    void aNetworkPastTwoToTheSixtyThreeParametersIsRefusedWhenCounted() {
      oneLine(() -> ParamCount.count(Network.builder("vast").input(Integer.MAX_VALUE)
          .dense(Integer.MAX_VALUE).dense(Integer.MAX_VALUE).dense(Integer.MAX_VALUE).build()),
          "too large to count", "vast");
    }
  }
}
