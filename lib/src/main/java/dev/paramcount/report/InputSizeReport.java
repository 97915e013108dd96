package dev.paramcount.report;

import dev.paramcount.count.InputSizes.Case;
import dev.paramcount.count.InputSizes.WindowArithmetic;
import dev.paramcount.count.LayerFacts;
import java.util.List;

/** The 224-vs-227 arithmetic, one paragraph per input size. */
public final class InputSizeReport {
  private InputSizeReport() {}

  public static String render(List<Case> cases) {
    StringBuilder out = new StringBuilder();
    if (!cases.isEmpty()) {
      WindowArithmetic w = cases.get(0).firstConv();
      out.append(w.layer()).append("'s window is ").append(w.span()).append(" pixels wide and moves ").append(w.stride())
          .append(" pixels at a time: it fits (input + padding \u2212 ").append(w.span()).append(")/")
          .append(w.stride()).append(" + 1 times, a whole number only when input + padding \u2212 ")
          .append(w.span()).append(" divides by ").append(w.stride()).append(".\n");
    }
    for (Case c : cases) {
      out.append('\n').append(c.label()).append(":\n");
      out.append("  ").append(arithmetic(c.firstConv())).append('\n');
      if (c.flatten().isPresent()) {
        LayerFacts flatten = c.flatten().get();
        out.append("  the last pool gives ").append(Numbers.dims(flatten.inputShape())).append(" = ")
            .append(Numbers.groupedOrUnknown(flatten.neurons())).append(" inputs for fc6\n");
      }
      out.append("  total: ").append(Numbers.grouped(c.totalParams())).append(" parameters\n");
    }
    return out.toString();
  }

  /** {@code (224 − 11)/4 + 1 = 54.25: not a whole number, so 54 (the last 1 pixel is never seen)}. */
  static String arithmetic(WindowArithmetic w) {
    StringBuilder s = new StringBuilder("(").append(w.input());
    if (w.padBefore() + w.padAfter() > 0) s.append(" + ").append(w.padBefore()).append(" + ").append(w.padAfter());
    s.append(" \u2212 ").append(w.span()).append(")/").append(w.stride()).append(" + 1 = ")
        .append(w.exactOutput().toPlainString());
    if (w.fitsExactly()) {
      s.append(": ").append(w.layer()).append(" gives ").append(w.output()).append('\u00d7').append(w.output());
    } else {
      long unseen = w.travel() % w.stride();
      s.append(": not a whole number, so ").append(w.layer()).append(" gives ").append(w.output()).append('\u00d7')
          .append(w.output()).append(" and the last ").append(unseen).append(unseen == 1 ? " pixel" : " pixels")
          .append(" of each row and column never meet the window");
    }
    return s.toString();
  }
}
