package dev.paramcount.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.count.Counts;
import dev.paramcount.presets.AlexNets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {

  @Test
  void unnamedLayersGetKerasStyleNames() {
    Network n = Network.builder("m").input(32, 32, 3)
        .conv2d(8, 3).conv2d(8, 3).maxPool(2, 2).flatten().dense(10).dense(2).build();
    assertEquals(List.of("conv2d", "conv2d_1", "max_pooling2d", "flatten", "dense", "dense_1"),
        n.layers().stream().map(Layer::name).toList());
  }

  @Test
  void editsReturnNewNetworksAndLeaveTheOriginalAlone() {
    Network seed = AlexNets.kerasSeed();
    Network wider = seed.withUnits("dense", 8192);
    assertEquals(25_678_184L, Counts.of(seed).totalParams());
    assertNotEquals(Counts.of(seed).totalParams(), Counts.of(wider).totalParams());
    assertEquals(8192, ((Dense) wider.layer("dense")).units());
  }

  @Test
  void insertedLayersTakeTheNextFreeKerasName() {
    Network fixed = AlexNets.kerasSeed().insertAfter("conv2d_4", MaxPool2D.of(3, 2));
    assertEquals("max_pooling2d_2", fixed.layers().get(fixed.indexOf("conv2d_4") + 1).name());
  }

  @Test
  void anEditThatBreaksAShapeFailsAtTheEdit() {
    ModelException e = assertThrows(ModelException.class, () -> AlexNets.paper().withInput(40, 40, 3));
    assertTrue(e.getMessage().startsWith("layer '"), e.getMessage());
  }

  @Test
  void editingAFieldTheLayerDoesNotHaveNamesLayerAndField() {
    ModelException e = assertThrows(ModelException.class, () -> AlexNets.paper().withFilters("pool1", 8));
    assertEquals("layer 'pool1': field 'filters': a MaxPooling2D layer has no filters", e.getMessage());
    ModelException missing = assertThrows(ModelException.class, () -> AlexNets.paper().withUnits("fc9", 8));
    assertTrue(missing.getMessage().startsWith("layer 'fc9': no such layer in network 'paper'"), missing.getMessage());
  }

  @Test
  void typedEditsReachEveryField() {
    Network n = AlexNets.singleTower().with("conv2", Conv2D.class, c -> c.withGroups(2));
    assertEquals(307_456, Counts.of(n).layer("conv2").params());
  }

  @Test
  void duplicateNamesAreRejected() {
    assertThrows(ModelException.class, () -> Network.builder("m").input(4)
        .dense(2).named("x").dense(2).named("x").build());
  }

  @Test
  void aHugeNetworkIsCountedWithoutAllocating() {
    // 300 billion parameters: counted exactly in long arithmetic, nothing allocated.
    Network huge = Network.builder("huge").input(100_000).dense(1_000_000).dense(299_900).build();
    long expected = 100_000L * 1_000_000 + 1_000_000 + 1_000_000L * 299_900 + 299_900;
    assertEquals(expected, Counts.of(huge).totalParams());
    assertTrue(expected > 299_000_000_000L);
  }
}
