package dev.paramcount.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paramcount.model.ModelException;
import dev.paramcount.presets.AlexNets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeuronsTest {

  @Test
  void thePapersListSumsTo622312() {
    assertEquals(622_312L, Neurons.ofPaper().statedTotal());
  }

  @Test
  void countingThePapersNetworkGivesConv1At290400AndASumOf659272() {
    Neurons n = Neurons.ofPaper();
    assertEquals(290_400L, n.entries().get(0).counted());
    assertEquals(659_272L, n.countedTotal());
    assertEquals(List.of("conv1"), n.mismatches().stream().map(e -> e.layer().name()).toList());
    assertEquals(290_400L - 253_440L, n.mismatches().get(0).difference());
  }

  @Test
  void countsTheSameLayersOfAnyEightLayerAlexNet() {
    Neurons n = Neurons.of(Counts.of(AlexNets.paper224()));
    assertEquals(54L * 54 * 96, n.entries().get(0).counted());
    assertEquals(List.of("conv1", "conv2", "conv3", "conv4", "conv5", "fc6", "fc7", "fc8"),
        n.entries().stream().map(e -> e.layer().name()).toList());
  }

  @Test
  void refusesANetworkWithoutEightWeightedLayers() {
    ModelException e = assertThrows(ModelException.class,
        () -> Neurons.of(Counts.of(AlexNets.paper().remove("fc7").remove("dropout7"))));
    assertEquals("network 'paper' has 7 layers with parameters; the paper's neuron list has 8 (conv1-5, fc6-8)",
        e.getMessage());
  }
}
