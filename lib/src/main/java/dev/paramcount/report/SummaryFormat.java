package dev.paramcount.report;

import dev.paramcount.count.Counts;
import dev.paramcount.model.ModelException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The four ways to print a summary, as the CLI's {@code --format} names them. */
public enum SummaryFormat {
  /** The wide table: output shape, params, % of total, MACs, formula, totals. */
  TEXT(TextSummary::render),
  /** tf.keras 2.x {@code model.summary()}, character for character. */
  CLASSIC(ClassicSummary::render),
  /** One line of JSON per network. */
  JSON(JsonSummary::render),
  /** A header and one row per layer. */
  CSV(CsvSummary::render);

  private final Function<Counts, String> renderer;

  SummaryFormat(Function<Counts, String> renderer) {
    this.renderer = renderer;
  }

  public String render(Counts counts) {
    return renderer.apply(counts);
  }

  /**
   * Several networks, in order: JSON gives one line each, CSV one table with one header, the
   * tables one after another with a blank line between them.
   */
  public String render(List<Counts> networks) {
    if (this == CSV) return CsvSummary.render(networks);
    StringBuilder out = new StringBuilder();
    for (Counts counts : networks) {
      if (out.length() > 0 && this != JSON) out.append('\n');
      out.append(render(counts));
    }
    return out.toString();
  }

  /** The lower-case name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SummaryFormat byId(String id) {
    for (SummaryFormat f : values()) if (f.id().equals(id)) return f;
    throw ModelException.field(null, "format", "\"" + id + "\"", "expected one of text, classic, json, csv");
  }
}
