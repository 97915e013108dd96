package dev.paramcount.report;

import dev.paramcount.count.Neurons;
import dev.paramcount.count.Neurons.Entry;

/** The neuron reconciliation as a table and the sentence that resolves it. */
public final class NeuronReport {
  private NeuronReport() {}

  public static String render(Neurons neurons) {
    String[] header = {"layer", "output", "counted", "paper says", ""};
    int rows = neurons.entries().size();
    String[][] cells = new String[rows + 2][];
    cells[0] = header;
    for (int i = 0; i < rows; i++) {
      Entry e = neurons.entries().get(i);
      cells[i + 1] = new String[] {e.layer().name(), Numbers.dims(e.layer().outputShape()),
          Numbers.grouped(e.counted()), Numbers.grouped(e.stated()),
          e.matches() ? "" : "differs by " + Numbers.signed(e.difference())};
    }
    cells[rows + 1] = new String[] {"sum", "", Numbers.grouped(neurons.countedTotal()),
        Numbers.grouped(neurons.statedTotal()), ""};
    int[] widths = new int[header.length];
    for (String[] row : cells) for (int c = 0; c < row.length; c++) widths[c] = Math.max(widths[c], row[c].length());

    StringBuilder out = new StringBuilder();
    out.append("Neurons (output elements per sample) of the ").append(rows).append(" layers with parameters of ")
        .append(neurons.counts().network().name()).append(":\n\n");
    for (String[] row : cells) {
      StringBuilder line = new StringBuilder("  ");
      for (int c = 0; c < row.length; c++) {
        boolean right = c == 2 || c == 3;
        int pad = widths[c] - row[c].length();
        if (right) line.append(" ".repeat(pad));
        line.append(row[c]);
        if (!right) line.append(" ".repeat(pad));
        line.append("  ");
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    out.append('\n').append(conclusion(neurons)).append('\n');
    return out.toString();
  }

  static String conclusion(Neurons neurons) {
    StringBuilder s = new StringBuilder("The paper's list sums to ").append(Numbers.grouped(neurons.statedTotal()))
        .append('.');
    if (neurons.mismatches().isEmpty()) {
      return s.append(" Counting the outputs gives the same numbers.").toString();
    }
    s.append(" Counting ");
    for (int i = 0; i < neurons.mismatches().size(); i++) {
      Entry e = neurons.mismatches().get(i);
      if (i > 0) s.append(", ");
      s.append(e.layer().name()).append(" as ").append(Numbers.dims(e.layer().outputShape())).append(" = ")
          .append(Numbers.grouped(e.counted()));
    }
    s.append(" instead, the sum is ").append(Numbers.grouped(neurons.countedTotal()));
    long claim = Neurons.PAPER_CLAIM;
    long nearer = Math.abs(neurons.countedTotal() - claim) < Math.abs(neurons.statedTotal() - claim)
        ? neurons.countedTotal() : neurons.statedTotal();
    if (nearer == neurons.countedTotal()) {
      s.append(" \u2248 \"").append(Numbers.grouped(claim)).append("\", the abstract's figure.");
    } else {
      s.append('.');
    }
    return s.toString();
  }
}
