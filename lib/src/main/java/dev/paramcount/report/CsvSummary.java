package dev.paramcount.report;

import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import java.util.List;

/**
 * The per-layer table as CSV (RFC 4180: CRLF line ends, a field quoted when it holds a comma,
 * a quote or a line break, quotes doubled). One header, then one row per layer; the first
 * column names the model, so the tables of several networks concatenate into one.
 */
public final class CsvSummary {
  /** The header row's fields. */
  public static final List<String> HEADER = List.of("model", "name", "type", "output_shape", "params",
      "trainable_params", "non_trainable_params", "macs");
  private static final String EOL = "\r\n";

  private CsvSummary() {}

  public static String render(Counts counts) {
    return render(List.of(counts));
  }

  /** One table for several networks, one header. */
  public static String render(List<Counts> networks) {
    StringBuilder out = new StringBuilder();
    record(out, HEADER.toArray(new String[0]));
    for (Counts counts : networks) {
      String model = counts.network().name();
      for (LayerFacts f : counts.layers()) {
        record(out, model, f.name(), f.kerasType(), Numbers.pythonTuple(f.outputShape()),
            Long.toString(f.params()), Long.toString(f.trainableParams()), Long.toString(f.nonTrainableParams()),
            f.macs().isPresent() ? Long.toString(f.macs().getAsLong()) : "");
      }
    }
    return out.toString();
  }

  private static void record(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) out.append(',');
      out.append(quoted(fields[i]));
    }
    out.append(EOL);
  }

  static String quoted(String field) {
    boolean needs = false;
    for (int i = 0; i < field.length() && !needs; i++) {
      char c = field.charAt(i);
      needs = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
