package dev.paramcount.report;

import dev.paramcount.count.Bridge;
import dev.paramcount.count.Bridge.Step;
import dev.paramcount.count.Comparison;
import dev.paramcount.count.Comparison.Difference;
import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.LayerKind;
import dev.paramcount.model.Shape;
import dev.paramcount.model.Weight;
import java.util.ArrayList;
import java.util.List;

/**
 * The bridge as text: each step with its delta, one sentence on why it changes the count (or
 * does not), and the layer-level differences that make up its delta. Every number in the
 * sentences is taken from the counted networks of the steps.
 */
public final class BridgeReport {
  private BridgeReport() {}

  public static String render(Bridge bridge) {
    Step start = bridge.start();
    StringBuilder out = new StringBuilder();
    out.append(Numbers.grouped(start.totalParams())).append(" \u2014 ").append(start.label()).append(" (")
        .append(start.counts().network().name()).append(", input ")
        .append(Numbers.dims(start.counts().network().input())).append(")\n");
    List<Step> steps = bridge.steps();
    for (int i = 1; i < steps.size(); i++) {
      Step previous = steps.get(i - 1);
      Step step = steps.get(i);
      Comparison comparison = Comparison.of(previous.counts(), step.counts());
      out.append('\n').append(i).append(". ").append(step.label()).append(": ")
          .append(Numbers.signed(step.delta())).append(" \u2192 ").append(Numbers.grouped(step.totalParams()))
          .append('\n');
      String why = why(step.change(), comparison);
      if (!why.isEmpty()) out.append("   ").append(why).append('\n');
      DifferenceLines.append(out, "     ", comparison.differences());
    }
    out.append('\n').append(chain(bridge)).append('\n');
    return out.toString();
  }

  /** {@code 25,678,184 → +0 (pool) → +36,700,160 (Flatten) → −1,413,120 (groups) → 60,965,224}. */
  public static String chain(Bridge bridge) {
    StringBuilder s = new StringBuilder(Numbers.grouped(bridge.start().totalParams()));
    for (Step step : bridge.steps().subList(1, bridge.steps().size())) {
      s.append(" \u2192 ").append(Numbers.signed(step.delta())).append(" (").append(tag(step.change())).append(')');
    }
    return s.append(" \u2192 ").append(Numbers.grouped(bridge.end().totalParams())).toString();
  }

  private static String tag(Bridge.Change change) {
    switch (change) {
      case ADD_POOL: return "pool";
      case ADD_FLATTEN: return "Flatten";
      case SPLIT_GROUPS: return "groups";
      default: return "edit";
    }
  }

  /** One sentence on why the step changes the count as it does, from the counted networks. */
  static String why(Bridge.Change change, Comparison c) {
    switch (change) {
      case ADD_POOL: return whyPool(c);
      case ADD_FLATTEN: return whyFlatten(c);
      case SPLIT_GROUPS: return whyGroups(c);
      default: return "";
    }
  }

  private static String whyPool(Comparison c) {
    LayerFacts before = firstDense(c.before());
    LayerFacts after = firstDense(c.after());
    String outputs = "the output goes from " + Numbers.dims(c.before().network().output()) + " to "
        + Numbers.dims(c.after().network().output());
    if (before == null || after == null || before.inputShape().rank() < 2) {
      return "Pooling has no parameters of its own; " + outputs + ".";
    }
    return "A Dense layer on a rank-" + (before.inputShape().rank() + 1) + " tensor acts on the last axis only"
        + " (a 1\u00d71 convolution applied at every position), so the spatial size never enters its count:"
        + " the Dense layers keep their parameters and now run at " + positions(after.inputShape())
        + " positions instead of " + positions(before.inputShape()) + "; only " + outputs + ".";
  }

  private static String whyFlatten(Comparison c) {
    for (Difference d : c.differences()) {
      if (d.kind() != Comparison.Kind.UPSTREAM || d.after().layer().kind() != LayerKind.DENSE) continue;
      Shape in0 = d.before().inputShape();
      Shape in1 = d.after().inputShape();
      return "Flatten lays the " + Numbers.dims(in0) + " grid out as one vector of "
          + Numbers.grouped(in1.dim(-1)) + " values, and a Dense layer connects every value of its last axis"
          + " to each of its units, so " + d.after().name() + " now has " + Numbers.grouped(in1.dim(-1))
          + " inputs per unit instead of " + Numbers.grouped(in0.dim(-1)) + ".";
    }
    return "Flatten has no parameters of its own; it changes what the next layer sees.";
  }

  private static String whyGroups(Comparison c) {
    List<String> kernels = new ArrayList<>();
    for (Difference d : c.differences()) {
      if (d.kind() != Comparison.Kind.CHANGED || d.after().weights().isEmpty()) continue;
      Weight kernel = d.after().weights().get(0);
      long[] dims = kernel.shape().dims();
      if (dims.length == 4) kernels.add(dims[0] + "\u00d7" + dims[1] + "\u00d7" + dims[2]);
    }
    return "On the paper's two GPUs each half of a split layer sees only the channels on its own GPU, so each"
        + " kernel is half as deep" + (kernels.isEmpty() ? "" : " (" + String.join(", ", kernels) + ")")
        + ": the weights halve and the biases stay.";
  }

  private static LayerFacts firstDense(Counts counts) {
    for (LayerFacts f : counts.layers()) if (f.layer().kind() == LayerKind.DENSE) return f;
    return null;
  }

  /** {@code 13×13 = 169}: the spatial positions of an image-shaped input. */
  private static String positions(Shape image) {
    long[] d = image.dims();
    StringBuilder s = new StringBuilder();
    long product = 1;
    for (int i = 0; i < d.length - 1; i++) {
      if (i > 0) s.append('\u00d7');
      s.append(d[i] == Shape.UNKNOWN ? "?" : Long.toString(d[i]));
      product = d[i] == Shape.UNKNOWN || product < 0 ? -1 : product * d[i];
    }
    return d.length > 2 && product >= 0 ? s + " = " + Numbers.grouped(product) : s.toString();
  }
}
