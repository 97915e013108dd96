package dev.paramcount.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.Layer;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import dev.paramcount.presets.AlexNets;
import dev.paramcount.presets.Preset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaterializeTest {
  private static final MemoryBudget BUDGET = MemoryBudget.parse("2GB");

  @ParameterizedTest(name = "{0} is {1} values in ND4J")
  @CsvSource({
      "keras-seed, 25678184",
      "keras-fixed, 62378344",
      "single-tower, 62378344",
      "paper, 60965224",
      "paper-224, 49430888",
      "torchvision, 61100840"})
  void everyPresetsArraysAddUpToItsKnownTotal(String preset, long knownTotal) {
    try (Nd4jNetwork m = Nd4jModels.materialize(Preset.byId(preset).network(), 42, BUDGET)) {
      assertEquals(knownTotal, m.totalLength());
      assertEquals(knownTotal, m.analyticParams());
      assertTrue(m.countsAgree());
      TorchFixture torch = TorchFixture.of(preset);
      assertEquals(torch.totalParams(), m.totalLength(), "PyTorch's total");
      int compared = 0;
      for (LayerFacts f : m.counts().layers()) {
        long lengths = m.arrays(f.name()).stream().mapToLong(ParamArray::length).sum();
        assertEquals(f.params(), lengths, f.name());
        TorchFixture.Layer t = torch.layers().get(f.name());
        if (t != null) {
          assertEquals(t.params(), lengths, "PyTorch's count for " + f.name());
          compared++;
        }
      }
      assertTrue(compared >= 8, "layers compared with PyTorch: " + compared);
    }
  }

  @Test
  void thePapersGroupedLayersAreTwoTowersEachWithItsOwnKernelAndBias() {
    try (Nd4jNetwork m = Nd4jModels.materialize(AlexNets.paper(), 42, BUDGET)) {
      assertEquals(List.of(
          "group0/kernel [5, 5, 48, 128]", "group0/bias [128]", "group1/kernel [5, 5, 48, 128]", "group1/bias [128]"),
          describe(m.arrays("conv2")));
      assertEquals(List.of("kernel [3, 3, 256, 384]", "bias [384]"), describe(m.arrays("conv3")));
      assertEquals(List.of(
          "group0/kernel [3, 3, 192, 192]", "group0/bias [192]", "group1/kernel [3, 3, 192, 192]", "group1/bias [192]"),
          describe(m.arrays("conv4")));
      assertEquals(List.of(
          "group0/kernel [3, 3, 192, 128]", "group0/bias [128]", "group1/kernel [3, 3, 192, 128]", "group1/bias [128]"),
          describe(m.arrays("conv5")));
      assertEquals(List.of("kernel [9216, 4096]", "bias [4096]"), describe(m.arrays("fc6")));
      // DESIGN.md: conv2 614,656 → 307,456 once split in two groups.
      assertEquals(307_456L, m.arrays("conv2").stream().mapToLong(ParamArray::length).sum());
      assertEquals(16 + 3 * 2, m.arrays().size());
    }
  }

  @Test
  void batchNormalizationIsFourVectorsOfWhichTheStatisticsAreNotTrainable() {
    Network net = Network.builder("bn").input(8, 8, 3).conv2d(16, 3).batchNorm().named("bn").build();
    try (Nd4jNetwork m = Nd4jModels.materialize(net, 1, BUDGET)) {
      assertEquals(List.of("gamma [16]", "beta [16]", "moving_mean [16]", "moving_variance [16]"),
          describe(m.arrays("bn")));
      assertEquals(3 * 3 * 3 * 16 + 16 + 4 * 16, m.totalLength());
      assertEquals(Counts.of(net).totalParams(), m.totalLength());
      assertEquals(32, Counts.of(net).nonTrainableParams());
    }
  }

  @Test
  void theSameSeedGivesTheSameValuesAndAnotherSeedOtherValues() {
    Network net = AlexNets.kerasSeed().withInput(67, 67, 3);
    try (Nd4jNetwork a = Nd4jModels.materialize(net, 42, BUDGET);
         Nd4jNetwork b = Nd4jModels.materialize(net, 42, BUDGET);
         Nd4jNetwork c = Nd4jModels.materialize(net, 43, BUDGET)) {
      for (int i = 0; i < a.arrays().size(); i++) {
        assertEquals(a.arrays().get(i).array(), b.arrays().get(i).array(), a.arrays().get(i).path());
        assertNotEquals(a.arrays().get(i).array(), c.arrays().get(i).array(), a.arrays().get(i).path());
      }
      assertEquals(a.input(2), b.input(2));
      assertEquals(a.forward(1).output(), b.forward(1).output());
    }
  }

  @Test
  void editingOneLayerLeavesTheOtherLayersValuesAlone() {
    Network before = AlexNets.kerasSeed().withInput(67, 67, 3);
    Network after = before.withUnits("dense_1", 512);
    try (Nd4jNetwork a = Nd4jModels.materialize(before, 42, BUDGET);
         Nd4jNetwork b = Nd4jModels.materialize(after, 42, BUDGET)) {
      assertEquals(a.arrays("conv2d_1").get(0).array(), b.arrays("conv2d_1").get(0).array());
      assertEquals(a.arrays("dense").get(0).array(), b.arrays("dense").get(0).array());
      assertNotEquals(a.totalLength(), b.totalLength());
      assertEquals(Counts.of(after).totalParams(), b.totalLength());
    }
  }

  @Test
  void everyKindOfLayerHasAnNd4jImplementation() {
    Set<Class<?>> permitted = Arrays.stream(Layer.class.getPermittedSubclasses()).collect(Collectors.toSet());
    assertEquals(permitted, Set.copyOf(Nd4jLayers.supportedKinds()));
  }

  @Test
  void anUnsupportedActivationIsRefusedBeforeAnythingIsAllocated() {
    Network net = Network.builder("g").input(4).dense(3, d -> d.withActivation("gelu")).named("fc").build();
    ModelException e = assertThrows(ModelException.class, () -> Nd4jModels.materialize(net, 1, BUDGET));
    assertTrue(e.getMessage().startsWith("layer 'fc': field 'activation' = \"gelu\": the ND4J forward pass does not "
        + "support this activation; it supports linear, relu, softmax"), e.getMessage());
  }

  @Test
  void unknownImageSizeCanBeMaterializedButNotRun() {
    Network net = Network.builder("any-size").input(Shape.of(Shape.UNKNOWN, Shape.UNKNOWN, 3))
        .conv2d(4, 3).named("conv").globalAvgPool().dense(2).build();
    try (Nd4jNetwork m = Nd4jModels.materialize(net, 1, BUDGET)) {
      assertEquals(Counts.of(net).totalParams(), m.totalLength());
      ModelException e = assertThrows(ModelException.class, () -> m.forward(1));
      assertTrue(e.getMessage().contains("the ND4J forward pass needs every dimension known"), e.getMessage());
    }
  }

  @Test
  void aBatchOfTheWrongShapeIsRefused() {
    Network net = Network.builder("small").input(5, 5, 2).flatten().dense(3).build();
    try (Nd4jNetwork m = Nd4jModels.materialize(net, 1, BUDGET)) {
      ModelException e = assertThrows(ModelException.class,
          () -> m.forward(org.nd4j.linalg.factory.Nd4j.zeros(1, 5, 5, 3)));
      assertEquals("layer 'input': field 'shape' = [1, 5, 5, 3]: expected [1, 5, 5, 2] (batch first, then 5×5×2)",
          e.getMessage());
    }
  }

  @Test
  void aClosedNetworkSaysSoInsteadOfCrashing() {
    Network net = Network.builder("small").input(5, 5, 2).flatten().dense(3).build();
    Nd4jNetwork m = Nd4jModels.materialize(net, 1, BUDGET);
    m.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.forward(1));
    assertTrue(e.getMessage().contains("was closed"), e.getMessage());
  }

  private static List<String> describe(List<ParamArray> arrays) {
    return arrays.stream().map(a -> a.name() + " " + Arrays.toString(a.shape())).collect(Collectors.toList());
  }

  @Test
  void arrayShapesAreCopiesThatCannotCorruptTheArray() {
    Network net = Network.builder("small").input(3).dense(2).named("fc").build();
    try (Nd4jNetwork m = Nd4jModels.materialize(net, 1, BUDGET)) {
      long[] shape = m.arrays("fc").get(0).shape();
      shape[0] = 99;
      assertArrayEquals(new long[] {3, 2}, m.arrays("fc").get(0).shape());
    }
  }
}
