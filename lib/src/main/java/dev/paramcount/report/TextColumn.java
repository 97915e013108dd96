package dev.paramcount.report;

/** The optional columns of the {@link SummaryFormat#TEXT text} summary; the layer column is always there. */
public enum TextColumn {
  /** Per-sample output shape, e.g. {@code 55×55×96}. */
  OUTPUT_SHAPE("Output shape", false),
  /** Parameters of the layer. */
  PARAMS("Params", true),
  /** The layer's share of all parameters. */
  SHARE("% of total", true),
  /** Multiply-accumulates per sample (weights only). */
  MACS("MACs", true),
  /** The count written out from the weight shapes, e.g. {@code 5·5·48·256 + 256 = 307,456}. */
  FORMULA("Formula", false);

  private final String header;
  private final boolean numeric;

  TextColumn(String header, boolean numeric) {
    this.header = header;
    this.numeric = numeric;
  }

  String header() { return header; }

  /** Numbers are right-aligned so their digits line up. */
  boolean rightAligned() { return numeric; }
}
