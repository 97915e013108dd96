package dev.paramcount.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.Shape;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AlexNetsTest {

  @ParameterizedTest(name = "{0} has {1} params")
  @CsvSource({
      "keras-seed, 25678184",
      "keras-fixed, 62378344",
      "single-tower, 62378344",
      "paper, 60965224",
      "paper-224, 49430888",
      "torchvision, 61100840"})
  void presetTotalsMatchTheDesign(String preset, long total) {
    Counts counts = Counts.of(Preset.byId(preset).network());
    assertEquals(total, counts.totalParams());
    assertEquals(total, counts.trainableParams());
    assertEquals(0, counts.nonTrainableParams());
    assertEquals(total, counts.layers().stream().mapToLong(LayerFacts::params).sum());
  }

  @Test
  void seedLayersMatchTheQuestionsKerasSummary() {
    Counts counts = Counts.of(AlexNets.kerasSeed());
    List<String> rows = counts.layers().stream()
        .map(f -> f.name() + " " + f.kerasType() + " " + f.outputShape() + " " + f.params())
        .toList();
    assertEquals(List.of(
        "conv2d Conv2D 55×55×96 34944",
        "max_pooling2d MaxPooling2D 27×27×96 0",
        "conv2d_1 Conv2D 27×27×256 614656",
        "max_pooling2d_1 MaxPooling2D 13×13×256 0",
        "conv2d_2 Conv2D 13×13×384 885120",
        "conv2d_3 Conv2D 13×13×384 1327488",
        "conv2d_4 Conv2D 13×13×256 884992",
        "dense Dense 13×13×4096 1052672",
        "dense_1 Dense 13×13×4096 16781312",
        "dense_2 Dense 13×13×1000 4097000"), rows);
    assertEquals("sequential", counts.network().name());
  }

  @Test
  void paperMacsMatchTheFvcoreConvention() {
    Counts counts = Counts.of(AlexNets.paper());
    assertEquals(724_406_816L, counts.totalMacs().getAsLong());
    assertEquals(105_415_200L, counts.layer("conv1").macs().getAsLong());
    assertEquals(223_948_800L, counts.layer("conv2").macs().getAsLong());
    assertEquals(149_520_384L, counts.layer("conv3").macs().getAsLong());
    assertEquals(112_140_288L, counts.layer("conv4").macs().getAsLong());
    assertEquals(74_760_192L, counts.layer("conv5").macs().getAsLong());
    assertEquals(37_748_736L, counts.layer("fc6").macs().getAsLong());
    assertEquals(16_777_216L, counts.layer("fc7").macs().getAsLong());
    assertEquals(4_096_000L, counts.layer("fc8").macs().getAsLong());
  }

  @Test
  void seedDenseLayersRunAt169PositionsAndCostFiveTimesThePapersCompute() {
    Counts counts = Counts.of(AlexNets.kerasSeed());
    long denseMacs = counts.layers().stream()
        .filter(f -> f.kerasType().equals("Dense"))
        .mapToLong(f -> f.macs().getAsLong()).sum();
    assertEquals(3_704_782_848L, denseMacs);
  }

  @Test
  void groupedConvolutionsHaveThePapersKernelShapes() {
    Counts counts = Counts.of(AlexNets.paper());
    assertEquals(Shape.of(5, 5, 48, 256), counts.layer("conv2").weights().get(0).shape());
    assertEquals(Shape.of(3, 3, 192, 384), counts.layer("conv4").weights().get(0).shape());
    assertEquals(Shape.of(3, 3, 192, 256), counts.layer("conv5").weights().get(0).shape());
    assertEquals(307_456, counts.layer("conv2").params());
    assertEquals(663_936, counts.layer("conv4").params());
    assertEquals(442_624, counts.layer("conv5").params());
  }

  @Test
  void paper224ShrinksPool5ToFiveByFive() {
    Counts counts = Counts.of(AlexNets.paper224());
    assertEquals(Shape.of(54, 54, 96), counts.layer("conv1").outputShape());
    assertEquals(Shape.of(5, 5, 256), counts.layer("pool5").outputShape());
    assertEquals(Shape.of(6400), counts.layer("flatten").outputShape());
  }

  @Test
  void torchvisionPadsConv1SoThat224Gives55() {
    Counts counts = Counts.of(AlexNets.torchvision());
    assertEquals(Shape.of(55, 55, 64), counts.layer("conv1").outputShape());
    assertEquals(Shape.of(6, 6, 256), counts.layer("avgpool").outputShape());
  }
}
