package dev.paramcount.report;

import dev.paramcount.model.BatchNorm;
import dev.paramcount.model.Conv2D;
import dev.paramcount.model.Network;
import dev.paramcount.model.Padding;
import dev.paramcount.model.Shape;
import dev.paramcount.presets.Preset;
import java.util.ArrayList;
import java.util.List;

/** The presets plus networks that stress the renderers: long names, unknown sizes, huge counts, frozen layers. */
final class SampleNetworks {
  private SampleNetworks() {}

  static List<Network> presets() {
    List<Network> all = new ArrayList<>();
    for (Preset p : Preset.values()) all.add(p.network());
    return all;
  }

  /** What a sample is called in golden file names: the preset id, or the network's own name. */
  static String id(Network network) {
    for (Preset p : Preset.values()) if (p.network().equals(network)) return p.id();
    return network.name();
  }

  static List<Network> stress() {
    Network longNames = Network.builder("long_names_and_batch_norm")
        .input(64, 64, 3)
        .add(Conv2D.of(32, 3).withPadding(Padding.SAME).withName("a_really_long_layer_name_for_testing"))
        .add(BatchNorm.of().withTrainable(false))
        .add(BatchNorm.of())
        .relu()
        .add(Conv2D.of(64, 3).withStrides(2).withBias(false))
        .globalAvgPool()
        .dense(10, d -> d.withActivation("softmax"))
        .build();
    Network unknown = Network.builder("unknown_height_and_width")
        .input(Shape.parse("?x?x3"))
        .conv2d(16, 3)
        .maxPool(2, 2)
        .conv2d(32, 3, c -> c.withPadding(Padding.SAME))
        .globalMaxPool()
        .dense(5)
        .build();
    Network huge = Network.builder("three_hundred_billion")
        .input(1_000_000)
        .dense(300_000)
        .dropout(0.5)
        .dense(1)
        .build();
    return List.of(longNames, unknown, huge);
  }

  static List<Network> all() {
    List<Network> all = new ArrayList<>(presets());
    all.addAll(stress());
    return all;
  }
}
