package dev.paramcount.sweep;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/** The Tablesaw table of a sweep, printed like the other tables (thousands separators, "-" for none). */
final class SweepTable {
  private SweepTable() {}

  static final String PARAMS = "params";
  static final String MACS = "MACs";
  static final String GAP = "gap";
  static final String OUTPUT_SUFFIX = " output";

  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

  static Table of(Sweep sweep, List<String> layers) {
    DoubleColumn knob = DoubleColumn.create(sweep.knob());
    knob.setPrintFormatter(new NumberColumnFormatter(plainFormat(), "-"));
    LongColumn params = grouped(PARAMS);
    LongColumn macs = grouped(MACS);
    StringColumn[] outputs = new StringColumn[layers.size()];
    for (int i = 0; i < outputs.length; i++) outputs[i] = StringColumn.create(layers.get(i) + OUTPUT_SUFFIX);
    StringColumn gap = StringColumn.create(GAP);
    for (Sweep.Point p : sweep.points()) {
      knob.append(p.value());
      append(params, p.totalParams());
      append(macs, p.totalMacs());
      for (int i = 0; i < outputs.length; i++) {
        outputs[i].append(p.outputOf(layers.get(i)).map(Object::toString).orElse("-"));
      }
      gap.append(p.gap().orElse(""));
    }
    Table table = Table.create(title(sweep), knob, params, macs);
    table.addColumns(outputs);
    table.addColumns(gap);
    return table;
  }

  /** 256 → "256", 0.5 → "0.5", 1024 → "1,024". */
  static String plain(double value) {
    return plainFormat().format(value);
  }

  private static NumberFormat plainFormat() {
    return new DecimalFormat("#,##0.###", SYMBOLS);
  }

  private static String title(Sweep sweep) {
    return (sweep.subject().isEmpty() ? "" : sweep.subject() + ": ") + "sweep of " + sweep.knob()
        + " (" + sweep.points().size() + " points, " + sweep.gaps().size() + " gaps)";
  }

  private static LongColumn grouped(String name) {
    LongColumn c = LongColumn.create(name);
    c.setPrintFormatter(new NumberColumnFormatter(new DecimalFormat("#,##0", SYMBOLS), "-"));
    return c;
  }

  private static void append(LongColumn column, OptionalLong value) {
    if (value.isPresent()) column.append(value.getAsLong());
    else column.appendMissing();
  }
}
