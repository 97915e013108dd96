package dev.paramcount.report;

import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The wide summary: one row per layer with output shape, params, share of the total, MACs
 * and the formula that gives the params, then the totals (params, trainable, non-trainable,
 * MACs, float32 bytes). Columns are as wide as their widest cell.
 */
public final class TextSummary {
  private static final String GAP = "  ";

  private TextSummary() {}

  /** Every column. */
  public static String render(Counts counts) {
    return render(counts, EnumSet.allOf(TextColumn.class));
  }

  /** Only the chosen columns, in their enum order, after the layer column. */
  public static String render(Counts counts, Set<TextColumn> columns) {
    EnumSet<TextColumn> ordered = EnumSet.noneOf(TextColumn.class);
    ordered.addAll(columns);
    List<TextColumn> chosen = new ArrayList<>(ordered);
    int n = chosen.size() + 1;
    List<String[]> rows = new ArrayList<>(counts.layers().size() + 1);
    String[] header = new String[n];
    header[0] = "Layer (type)";
    for (int c = 0; c < chosen.size(); c++) header[c + 1] = chosen.get(c).header();
    rows.add(header);
    for (LayerFacts layer : counts.layers()) {
      String[] row = new String[n];
      row[0] = layer.name() + " (" + layer.kerasType() + ")";
      for (int c = 0; c < chosen.size(); c++) row[c + 1] = cell(chosen.get(c), counts, layer);
      rows.add(row);
    }
    int[] widths = new int[n];
    for (String[] row : rows) {
      for (int c = 0; c < n; c++) widths[c] = Math.max(widths[c], row[c].length());
    }
    int lineLength = (n - 1) * GAP.length();
    for (int w : widths) lineLength += w;

    StringBuilder out = new StringBuilder((lineLength + 1) * (rows.size() + 12));
    out.append("Model: ").append(counts.network().name())
        .append(" (input ").append(Numbers.dims(counts.network().input())).append(")\n");
    out.append("=".repeat(lineLength)).append('\n');
    line(out, header, widths, chosen);
    out.append("-".repeat(lineLength)).append('\n');
    for (int r = 1; r < rows.size(); r++) line(out, rows.get(r), widths, chosen);
    out.append("=".repeat(lineLength)).append('\n');
    totals(out, counts);
    return out.toString();
  }

  private static String cell(TextColumn column, Counts counts, LayerFacts layer) {
    switch (column) {
      case OUTPUT_SHAPE: return Numbers.dims(layer.outputShape());
      case PARAMS: return Numbers.grouped(layer.params());
      case SHARE: return Numbers.percent(counts.shareOf(layer));
      case MACS: return Numbers.groupedOrUnknown(layer.macs());
      case FORMULA: return Formula.of(layer);
      default: throw new AssertionError(column);
    }
  }

  private static void line(StringBuilder out, String[] cells, int[] widths, List<TextColumn> chosen) {
    int start = out.length();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) out.append(GAP);
      boolean right = c > 0 && chosen.get(c - 1).rightAligned();
      int pad = widths[c] - cells[c].length();
      if (right) spaces(out, pad);
      out.append(cells[c]);
      if (!right) spaces(out, pad);
    }
    // No trailing spaces: they only get in the way of copying and diffing.
    int end = out.length();
    while (end > start && out.charAt(end - 1) == ' ') end--;
    out.setLength(end);
    out.append('\n');
  }

  private static void spaces(StringBuilder out, int n) {
    for (int i = 0; i < n; i++) out.append(' ');
  }

  private static void totals(StringBuilder out, Counts counts) {
    String[][] lines = {
        {"Total params:", Numbers.grouped(counts.totalParams()), ""},
        {"Trainable params:", Numbers.grouped(counts.trainableParams()), ""},
        {"Non-trainable params:", Numbers.grouped(counts.nonTrainableParams()), ""},
        {"Total MACs:", Numbers.groupedOrUnknown(counts.totalMacs()), ""},
        {"Params at float32:", Numbers.grouped(counts.paramBytes()),
            " bytes (" + Numbers.bytes(counts.paramBytes()) + ")"},
    };
    int label = 0;
    int value = 0;
    for (String[] l : lines) {
      label = Math.max(label, l[0].length());
      value = Math.max(value, l[1].length());
    }
    for (String[] l : lines) {
      out.append(l[0]).append(" ".repeat(label - l[0].length() + 1))
          .append(" ".repeat(value - l[1].length())).append(l[1]).append(l[2]).append('\n');
    }
  }
}
