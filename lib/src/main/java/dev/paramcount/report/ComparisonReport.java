package dev.paramcount.report;

import dev.paramcount.count.Comparison;
import dev.paramcount.count.Comparison.Pair;
import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;

/**
 * {@code compare A B}: both networks' layers lined up side by side, then every difference with
 * its exact delta, then the check that the deltas add up to the difference of the totals.
 */
public final class ComparisonReport {
  private ComparisonReport() {}

  /** Labelled with the networks' own names. */
  public static String render(Comparison comparison) {
    return render(comparison, comparison.before().network().name(), comparison.after().network().name());
  }

  /** Labelled as the caller calls the two sides (a preset id, a file name). */
  public static String render(Comparison comparison, String beforeLabel, String afterLabel) {
    Counts a = comparison.before();
    Counts b = comparison.after();
    StringBuilder out = new StringBuilder();
    out.append(beforeLabel).append(": ").append(Numbers.grouped(a.totalParams())).append(" params, ")
        .append(a.layers().size()).append(" layers, input ").append(Numbers.dims(a.network().input())).append('\n');
    out.append(afterLabel).append(": ").append(Numbers.grouped(b.totalParams())).append(" params, ")
        .append(b.layers().size()).append(" layers, input ").append(Numbers.dims(b.network().input())).append('\n');
    out.append('\n').append("Layers lined up:\n");
    alignment(out, comparison, beforeLabel, afterLabel);
    out.append('\n');
    if (comparison.differences().isEmpty()) {
      out.append("No differences: both count ").append(Numbers.grouped(a.totalParams())).append(" parameters.\n");
      return out.toString();
    }
    out.append("Differences:\n");
    DifferenceLines.append(out, "  ", comparison.differences());
    out.append('\n');
    out.append(Numbers.grouped(a.totalParams())).append(' ').append(Numbers.signed(comparison.totalDelta()))
        .append(" = ").append(Numbers.grouped(b.totalParams()))
        .append(" (the differences above add up to ").append(Numbers.signed(comparison.totalDelta())).append(")\n");
    return out.toString();
  }

  private static void alignment(StringBuilder out, Comparison comparison, String beforeLabel, String afterLabel) {
    int left = beforeLabel.length();
    int right = afterLabel.length();
    for (Pair p : comparison.alignment()) {
      left = Math.max(left, cell(p.before()).length());
      right = Math.max(right, cell(p.after()).length());
    }
    row(out, beforeLabel, afterLabel, "params", left, right);
    for (Pair p : comparison.alignment()) {
      String params;
      if (p.matched()) {
        params = p.before().params() == p.after().params() ? Numbers.grouped(p.after().params())
            : Numbers.grouped(p.before().params()) + " \u2192 " + Numbers.grouped(p.after().params());
      } else {
        params = Numbers.grouped(p.before() != null ? p.before().params() : p.after().params());
      }
      row(out, cell(p.before()), cell(p.after()), params, left, right);
    }
  }

  private static String cell(LayerFacts f) {
    return f == null ? "-" : f.name() + " (" + f.kerasType() + ")";
  }

  private static void row(StringBuilder out, String a, String b, String params, int left, int right) {
    out.append("  ").append(a).append(" ".repeat(left - a.length() + 2))
        .append(b).append(" ".repeat(right - b.length() + 2)).append(params).append('\n');
  }
}
