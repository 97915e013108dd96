package dev.paramcount.report;

import dev.paramcount.count.Comparison;
import dev.paramcount.count.Comparison.Difference;
import dev.paramcount.count.Comparison.FieldChange;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.Shape;
import java.util.List;

/** Differences of a {@link Comparison} as lines: the delta, right-aligned, then what changed. */
final class DifferenceLines {
  private DifferenceLines() {}

  /** Each difference on one line, with the layer's formula before → after under it where it has weights. */
  static void append(StringBuilder out, String indent, List<Difference> differences) {
    int width = 2;
    for (Difference d : differences) width = Math.max(width, Numbers.signed(d.delta()).length());
    String blank = " ".repeat(width + 2);
    for (int k = 0; k < differences.size(); k++) {
      Difference d = differences.get(k);
      String delta = Numbers.signed(d.delta());
      out.append(indent).append(" ".repeat(width - delta.length())).append(delta).append("  ")
          .append(describe(d)).append('\n');
      String formulas = formulas(d, k + 1 < differences.size() ? differences.get(k + 1) : null);
      if (!formulas.isEmpty()) out.append(indent).append(blank).append(formulas).append('\n');
    }
  }

  static String describe(Difference d) {
    switch (d.kind()) {
      case INPUT: return fields(d.fields());
      case ADDED: return "added " + layer(d.after());
      case REMOVED: return "removed " + layer(d.before());
      case REPLACED: return "replaced " + layer(d.before()) + " by " + layer(d.after());
      case CHANGED: return pair(d) + ": " + fields(d.fields());
      case UPSTREAM: return pair(d) + ": " + fields(d.fields()) + ", changed upstream";
      default: throw new AssertionError(d.kind());
    }
  }

  /**
   * The weights' formula before → after. A matched layer whose change was split in two (its own
   * fields, then its input) shows it once, under the second part.
   */
  private static String formulas(Difference d, Difference next) {
    LayerFacts before = d.before();
    LayerFacts after = d.after();
    boolean splitContinues = next != null && before != null && next.before() == before && next.after() == after;
    if (splitContinues) return "";
    String f0 = before == null ? "" : Formula.of(before);
    String f1 = after == null ? "" : Formula.of(after);
    if (f0.isEmpty() && f1.isEmpty()) return "";
    if (before == null) return f1;
    if (after == null) return f0;
    return (f0.isEmpty() ? "0" : f0) + " \u2192 " + (f1.isEmpty() ? "0" : f1);
  }

  private static String pair(Difference d) {
    String a = d.before().name();
    String b = d.after().name();
    return (a.equals(b) ? a : a + " \u2192 " + b) + " (" + d.after().kerasType() + ")";
  }

  private static String layer(LayerFacts f) {
    return f.name() + " (" + f.kerasType() + ")";
  }

  private static String fields(List<FieldChange> fields) {
    StringBuilder s = new StringBuilder();
    for (FieldChange c : fields) {
      if (s.length() > 0) s.append(", ");
      s.append(c.field()).append(' ').append(value(c.before())).append(" \u2192 ").append(value(c.after()));
    }
    return s.toString();
  }

  private static String value(Object v) {
    if (v instanceof Shape) return Numbers.dims((Shape) v);
    if (v instanceof String) return "\"" + v + "\"";
    return String.valueOf(v);
  }
}
