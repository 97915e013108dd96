package dev.paramcount.nd4j;

import dev.paramcount.model.ModelException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte sizes as people write them. Decimal units, as the rest of the project prints them
 * ({@code paper}'s weights are "244 MB" = 243,860,896 bytes): {@code 6GB}, {@code 6g} and
 * {@code 6 G} all mean 6,000,000,000 bytes; {@code KiB}, {@code MiB}, {@code GiB} and
 * {@code TiB} are the binary ones. A bare number is bytes.
 */
public final class MemorySize {
  private static final Pattern SIZE =
      Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)\\s*");
  private static final String[] UNITS = {"bytes", "kB", "MB", "GB", "TB", "PB", "EB"};

  private MemorySize() {}

  /** Parses {@code 6GB}, {@code 512m}, {@code 1.5 TiB} or {@code 1000000}; throws a one-line {@link ModelException}. */
  public static long parse(String text) {
    Matcher m = text == null ? null : SIZE.matcher(text.toLowerCase(Locale.ROOT));
    if (m == null || !m.matches()) {
      throw ModelException.field(null, "memory-budget", "\"" + text + "\"",
          "expected a size such as 6GB, 512MB, 2GiB or a number of bytes");
    }
    double number = Double.parseDouble(m.group(1));
    double bytes = number * multiplier(m.group(2));
    if (bytes < 1 || bytes >= 0x1p63) {
      throw ModelException.field(null, "memory-budget", "\"" + text + "\"", "must be at least 1 byte and below 9.2 EB");
    }
    return (long) bytes;
  }

  private static double multiplier(String unit) {
    if (unit.isEmpty() || unit.equals("b")) return 1;
    double base = unit.endsWith("ib") ? 1024 : 1000;
    int power = "kmgt".indexOf(unit.charAt(0)) + 1;
    return Math.pow(base, power);
  }

  /** {@code 243,860,896} bytes as {@code 243.9 MB}; below a kilobyte as {@code 512 bytes}. */
  public static String format(long bytes) {
    if (bytes < 1000) return bytes + " bytes";
    double value = bytes;
    int unit = 0;
    while (value >= 999.95 && unit < UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }
}
