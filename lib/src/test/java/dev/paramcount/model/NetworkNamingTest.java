package dev.paramcount.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Automatic names skip the ones already taken, and stay linear for very deep networks. */
class NetworkNamingTest {

  @Test
  void automaticNamesSkipExplicitNamesTakenAnywhereInTheNetwork() {
    Network net = Network.builder("n").input(8, 8, 1)
        .conv2d(1, 1)
        .add(Conv2D.of(1, 1).withName("conv2d_2"))
        .conv2d(1, 1)
        .conv2d(1, 1)
        .build();
    assertEquals(List.of("conv2d", "conv2d_2", "conv2d_1", "conv2d_3"),
        net.layers().stream().map(Layer::name).toList());
  }

  @Test
  void twentyThousandUnnamedLayersGetConsecutiveNames() {
    Network.Builder b = Network.builder("deep").input(4);
    for (int i = 0; i < 20_000; i++) b.add(Dropout.of(0.1));
    Network net = b.build();
    assertEquals("dropout", net.layers().get(0).name());
    assertEquals("dropout_19999", net.layers().get(19_999).name());
  }
}
