package dev.paramcount.report;

import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.Weight;

/**
 * A layer's parameter count written out from its weight tensors, e.g. a grouped conv2
 * {@code 5·5·48·256 + 256 = 307,456}: the kernel's dimensions multiplied, plus the bias.
 */
public final class Formula {
  private Formula() {}

  /** The formula for one layer; empty for a layer without weights. */
  public static String of(LayerFacts layer) {
    if (layer.weights().isEmpty()) return "";
    StringBuilder s = new StringBuilder();
    for (Weight w : layer.weights()) {
      if (s.length() > 0) s.append(" + ");
      product(s, w);
    }
    if (layer.weights().size() > 1 || layer.weights().get(0).shape().rank() > 1) {
      s.append(" = ").append(Numbers.grouped(layer.params()));
    }
    return s.toString();
  }

  /** Only the left side, {@code 5·5·48·256 + 256}, for prose that states the result itself. */
  public static String terms(LayerFacts layer) {
    StringBuilder s = new StringBuilder();
    for (Weight w : layer.weights()) {
      if (s.length() > 0) s.append(" + ");
      product(s, w);
    }
    return s.toString();
  }

  private static void product(StringBuilder s, Weight w) {
    long[] dims = w.shape().dims();
    if (dims.length == 0) {
      s.append('1');
      return;
    }
    for (int i = 0; i < dims.length; i++) {
      if (i > 0) s.append('\u00b7');
      s.append(dims[i]);
    }
  }
}
