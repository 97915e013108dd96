package dev.paramcount.report;

import dev.paramcount.model.Shape;
import java.util.Locale;
import java.util.OptionalLong;

/** How numbers and shapes are written, in one place so every renderer writes them alike. */
final class Numbers {
  private Numbers() {}

  /** {@code 25,678,184}: thousands separated by commas, whatever the JVM's locale. */
  static String grouped(long n) {
    String digits = Long.toString(n);
    int sign = n < 0 ? 1 : 0;
    int len = digits.length() - sign;
    if (len <= 3) return digits;
    StringBuilder s = new StringBuilder(digits.length() + len / 3);
    s.append(digits, 0, sign);
    int first = len % 3 == 0 ? 3 : len % 3;
    s.append(digits, sign, sign + first);
    for (int i = sign + first; i < digits.length(); i += 3) s.append(',').append(digits, i, i + 3);
    return s.toString();
  }

  /** {@code +36,700,160}, {@code −1,413,120} (a real minus sign) or {@code +0}. */
  static String signed(long n) {
    return n < 0 ? "\u2212" + grouped(-n) : "+" + grouped(n);
  }

  /** Grouped, or {@code ?} when an unknown dimension hides the number. */
  static String groupedOrUnknown(OptionalLong n) {
    return n.isPresent() ? grouped(n.getAsLong()) : "?";
  }

  /** {@code 61.91%} with two decimals; the share is a fraction 0..1. */
  static String percent(double share) {
    // By hand rather than String.format, which costs microseconds per call in a 10,000-row table.
    long hundredths = Math.round(share * 10_000);
    long whole = hundredths / 100;
    long fraction = Math.abs(hundredths % 100);
    return (hundredths < 0 && whole == 0 ? "-" : "") + whole + (fraction < 10 ? ".0" : ".") + fraction + "%";
  }

  /** {@code 232.6 MiB}: a byte count in binary units, one decimal. */
  static String bytes(long bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  /**
   * A per-sample shape as Keras 2.x printed a batched one, i.e. Python's {@code str} of a
   * tuple: {@code (None, 55, 55, 96)}, unknown dimensions as {@code None}.
   */
  static String pythonTuple(Shape shape) {
    return appendPythonTuple(new StringBuilder(24), shape).toString();
  }

  static StringBuilder appendPythonTuple(StringBuilder out, Shape shape) {
    out.append("(None");
    for (int i = 0; i < shape.rank(); i++) {
      long d = shape.dim(i);
      out.append(", ");
      if (d == Shape.UNKNOWN) out.append("None"); else out.append(d);
    }
    return out.append(')');
  }

  /** {@code 55×55×96}, {@code ?} for an unknown dimension. */
  static String dims(Shape shape) {
    return shape.toString();
  }
}
