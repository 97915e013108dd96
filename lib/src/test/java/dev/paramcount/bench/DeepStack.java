package dev.paramcount.bench;

import dev.paramcount.model.Activation;
import dev.paramcount.model.BatchNorm;
import dev.paramcount.model.Conv2D;
import dev.paramcount.model.Network;
import dev.paramcount.model.Padding;

/**
 * The "deep stack" both the Java and the Keras benchmarks build: input 32×32×16, then
 * Conv2D(16, 3, padding same) → BatchNormalization → ReLU repeated (and cut) to N − 2 layers,
 * then GlobalAveragePooling2D and Dense(10): N layers in all.
 */
public final class DeepStack {
  private DeepStack() {}

  public static Network of(int layers) {
    if (layers < 3) throw new IllegalArgumentException("a deep stack needs at least 3 layers, got " + layers);
    Network.Builder b = Network.builder("deep_stack_" + layers).input(32, 32, 16);
    Conv2D conv = Conv2D.of(16, 3).withPadding(Padding.SAME);
    for (int i = 0; i < layers - 2; i++) {
      switch (i % 3) {
        case 0: b.add(conv); break;
        case 1: b.add(BatchNorm.of()); break;
        default: b.add(Activation.relu()); break;
      }
    }
    return b.globalAvgPool().dense(10).build();
  }
}
