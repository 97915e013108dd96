package dev.paramcount.table;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * How number columns print: counts with thousands separators (25,678,184), shares as percents.
 * Fixed to English symbols so a table prints the same on every machine, as the DESIGN's
 * numbers do.
 */
final class Formats {
  private Formats() {}

  /** What a cell without a value prints: a layer a variant does not have, an unknown count. */
  static final String MISSING = "-";

  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

  static NumberColumnFormatter grouped() {
    return new NumberColumnFormatter(new DecimalFormat("#,##0", SYMBOLS), MISSING);
  }

  /** Signed differences: +36,700,160 and -1,413,120. */
  static NumberColumnFormatter signed() {
    return new NumberColumnFormatter(new DecimalFormat("+#,##0;-#,##0", SYMBOLS), MISSING);
  }

  /** A fraction 0..1 as a percent with two decimals: 0.6193 prints 61.93%. */
  static NumberColumnFormatter percent() {
    NumberFormat f = NumberFormat.getPercentInstance(Locale.US);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return new NumberColumnFormatter(f, MISSING);
  }

  /** A knob value: 256 prints 256, 0.5 prints 0.5. */
  static NumberColumnFormatter plain() {
    return new NumberColumnFormatter(new DecimalFormat("#,##0.###", SYMBOLS), MISSING);
  }

  static String grouped(long value) {
    return String.format(Locale.US, "%,d", value);
  }
}
