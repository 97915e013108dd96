package dev.paramcount.report;

import dev.paramcount.model.Activation;
import dev.paramcount.model.AvgPool2D;
import dev.paramcount.model.BatchNorm;
import dev.paramcount.model.Conv2D;
import dev.paramcount.model.Dense;
import dev.paramcount.model.Dropout;
import dev.paramcount.model.Flatten;
import dev.paramcount.model.Layer;
import dev.paramcount.model.LocalResponseNorm;
import dev.paramcount.model.MaxPool2D;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Padding;
import dev.paramcount.model.ZeroPadding2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random CNNs and random edits of them, for properties that must hold for any network. */
public final class RandomNetworks {
  private RandomNetworks() {}

  /** {@code count} valid networks from {@code seed}. */
  public static List<Network> some(int count, long seed) {
    Random random = new Random(seed);
    List<Network> out = new ArrayList<>(count);
    while (out.size() < count) {
      try {
        out.add(one(random, "random_" + seed + "_" + out.size()));
      } catch (ModelException e) {
        // a random draw that does not fit (a window larger than its input): draw again
      }
    }
    return out;
  }

  static Network one(Random r, String name) {
    int size = 8 + r.nextInt(57);
    Network.Builder b = Network.builder(name).input(size, size, 1 + r.nextInt(8));
    int convs = 1 + r.nextInt(5);
    for (int i = 0; i < convs; i++) {
      b.add(conv(r));
      int extra = r.nextInt(6);
      if (extra == 0) b.add(BatchNorm.of().withTrainable(r.nextInt(4) != 0));
      if (extra == 1) b.add(MaxPool2D.of(2, 2).withPadding(Padding.SAME));
      if (extra == 2) b.add(Activation.relu());
      if (extra == 3) b.add(LocalResponseNorm.paper());
      if (extra == 4) b.add(ZeroPadding2D.of(1));
    }
    if (r.nextBoolean()) b.flatten(); else b.globalAvgPool();
    int dense = r.nextInt(3);
    for (int i = 0; i < dense; i++) {
      b.dense(1 + r.nextInt(300));
      if (r.nextBoolean()) b.dropout(0.5);
    }
    return b.dense(1 + r.nextInt(20)).build();
  }

  static Conv2D conv(Random r) {
    int groups = r.nextInt(4) == 0 ? 2 : 1;
    return Conv2D.of(groups * (1 + r.nextInt(24)), 1 + r.nextInt(5))
        .withPadding(r.nextBoolean() ? Padding.SAME : Padding.VALID)
        .withStrides(1 + r.nextInt(2))
        .withBias(r.nextInt(5) != 0);
  }

  /** {@code network} after one random edit that still fits; may take several draws. */
  public static Network edited(Network network, Random r) {
    for (int attempt = 0; attempt < 100; attempt++) {
      try {
        return edit(network, r);
      } catch (ModelException e) {
        // the edit does not fit this network (e.g. groups that do not divide): draw another
      }
    }
    return network;
  }

  private static Network edit(Network n, Random r) {
    Layer target = n.layers().get(r.nextInt(n.size()));
    String name = target.name();
    switch (r.nextInt(9)) {
      case 0: return n.with(name, Conv2D.class, c -> c.withFilters(c.groups() * (1 + r.nextInt(40))));
      case 1: return n.with(name, Conv2D.class, c -> c.withGroups(1 + r.nextInt(3)));
      case 2: return n.with(name, Dense.class, d -> d.withUnits(1 + r.nextInt(500)));
      case 3: return n.insertAfter(name, randomLayer(r));
      case 4: return n.insertBefore(name, randomLayer(r));
      case 5: return n.remove(name);
      case 6: return n.withInput(n.input().with(0, n.input().dim(0) + r.nextInt(9) - 4)
          .with(1, n.input().dim(1) + r.nextInt(9) - 4));
      case 7: return n.with(name, Conv2D.class, c -> c.withKernel(1 + r.nextInt(5)).withBias(r.nextBoolean()));
      default: return n.replace(name, randomLayer(r).withName(name));
    }
  }

  private static Layer randomLayer(Random r) {
    switch (r.nextInt(7)) {
      case 0: return conv(r);
      case 1: return BatchNorm.of();
      case 2: return Dropout.of(0.25);
      case 3: return MaxPool2D.of(2, 2).withPadding(Padding.SAME);
      case 4: return AvgPool2D.of(2, 1).withPadding(Padding.SAME);
      case 5: return Flatten.of();
      default: return Dense.of(1 + r.nextInt(64));
    }
  }
}
