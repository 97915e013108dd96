package dev.paramcount.table;

import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.Counting;
import dev.paramcount.model.LayerKind;
import dev.paramcount.model.Network;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tablesaw tables of a network's counts. Print one with
 * {@code System.out.println(Tables.perLayer(AlexNets.paper()).printAll())}.
 *
 * <p>Tables hold data only, one row per layer (or kind, or variant); totals live in the table's
 * name and in {@link #totals}, so a column still sums to its total and sorting or filtering a
 * table never mixes a total in with the layers. Counts print with thousands separators, shares as
 * percents; a cell without a value (a layer a variant lacks, a count an unknown dimension hides)
 * prints {@code -}.
 */
public final class Tables {
  private Tables() {}

  // Column names, shared by every table that has the column.
  public static final String INDEX = "#";
  public static final String LAYER = "layer";
  public static final String KIND = "kind";
  public static final String OUTPUT = "output shape";
  public static final String PARAMS = "params";
  public static final String TRAINABLE = "trainable";
  public static final String SHARE = "% of total";
  public static final String MACS = "MACs";
  public static final String BYTES = "bytes (float32)";
  public static final String LAYERS = "layers";
  public static final String VARIANT = "variant";
  public static final String INPUT = "input";
  public static final String NON_TRAINABLE = "non-trainable";

  /**
   * One row per layer, in network order: index, name, kind, output shape, params, trainable
   * params, share of the total, MACs per image, float32 bytes of the params.
   */
  public static Table perLayer(Network network) {
    return perLayer(Counts.of(network));
  }

  /** {@link #perLayer(Network)} for a network already counted. */
  public static Table perLayer(Counts counts) {
    IntColumn index = IntColumn.create(INDEX);
    StringColumn name = StringColumn.create(LAYER);
    StringColumn kind = StringColumn.create(KIND);
    StringColumn output = StringColumn.create(OUTPUT);
    LongColumn params = counts(PARAMS);
    LongColumn trainable = counts(TRAINABLE);
    DoubleColumn share = DoubleColumn.create(SHARE);
    share.setPrintFormatter(Formats.percent());
    LongColumn macs = counts(MACS);
    LongColumn bytes = counts(BYTES);
    for (LayerFacts f : counts.layers()) {
      index.append(f.index());
      name.append(f.name());
      kind.append(f.layer().kind().label());
      output.append(f.outputShape().toString());
      params.append(f.params());
      trainable.append(f.trainableParams());
      share.append(counts.shareOf(f));
      append(macs, f.macs());
      bytes.append(f.paramBytes());
    }
    return Table.create(title(counts), index, name, kind, output, params, trainable, share, macs, bytes);
  }

  /**
   * Several variants lined up layer by layer (see {@link LayerAlignment} for how rows match):
   * one params column per variant, named after it, and with two or more variants a last column
   * of last minus first, a layer that a variant lacks counting as 0 there. Every layer appears,
   * including those without parameters. Totals are in the table's name and in {@link #totals}.
   */
  public static Table compare(Network... networks) {
    return compare(Variant.all(networks));
  }

  /** {@link #compare(Network...)} for variants named by you. */
  public static Table compare(List<Variant> variants) {
    LayerAlignment alignment = LayerAlignment.of(Variant.unique(variants));
    List<Variant> vs = alignment.variants();
    StringColumn label = StringColumn.create(LAYER);
    StringColumn kind = StringColumn.create(KIND);
    List<LongColumn> columns = new ArrayList<>(vs.size());
    for (Variant v : vs) columns.add(counts(v.name()));
    boolean withChange = vs.size() >= 2;
    LongColumn change = LongColumn.create(vs.get(vs.size() - 1).name() + " - " + vs.get(0).name());
    change.setPrintFormatter(Formats.signed());
    for (LayerAlignment.Row row : alignment.rows()) {
      label.append(row.label());
      kind.append(row.kind().label());
      for (int i = 0; i < vs.size(); i++) append(columns.get(i), row.params(i));
      change.append(row.params(vs.size() - 1).orElse(0) - row.params(0).orElse(0));
    }
    Table table = Table.create(compareTitle(alignment), label, kind);
    columns.forEach(table::addColumns);
    if (withChange) table.addColumns(change);
    return table;
  }

  /**
   * One row per kind of layer present (convolution, dense, and each other kind — pooling,
   * normalization, reshape, regularization, activation — on its own row, so that their zeros
   * show): number of layers, params, share of the total, MACs.
   */
  public static Table byKind(Network network) {
    return byKind(Counts.of(network));
  }

  /** {@link #byKind(Network)} for a network already counted. */
  public static Table byKind(Counts counts) {
    Map<LayerKind, List<LayerFacts>> groups = counts.layers().stream()
        .collect(Collectors.groupingBy(f -> f.layer().kind(), () -> new EnumMap<>(LayerKind.class), Collectors.toList()));
    Map<LayerKind, Long> paramsByKind = counts.paramsByKind();
    StringColumn kind = StringColumn.create(KIND);
    IntColumn layers = IntColumn.create(LAYERS);
    LongColumn params = counts(PARAMS);
    DoubleColumn share = DoubleColumn.create(SHARE);
    share.setPrintFormatter(Formats.percent());
    LongColumn macs = counts(MACS);
    for (Map.Entry<LayerKind, List<LayerFacts>> e : groups.entrySet()) {
      long p = paramsByKind.get(e.getKey());
      kind.append(e.getKey().label());
      layers.append(e.getValue().size());
      params.append(p);
      share.append(counts.totalParams() == 0 ? 0.0 : (double) p / counts.totalParams());
      append(macs, sumMacs(e.getValue()));
    }
    return Table.create(title(counts) + ", by kind of layer", kind, layers, params, share, macs);
  }

  /** One row per variant: input, layers, params (trainable and not), MACs, bytes. */
  public static Table totals(Network... networks) {
    return totals(Variant.all(networks));
  }

  /** {@link #totals(Network...)} for variants named by you. */
  public static Table totals(List<Variant> variants) {
    StringColumn name = StringColumn.create(VARIANT);
    StringColumn input = StringColumn.create(INPUT);
    IntColumn layers = IntColumn.create(LAYERS);
    LongColumn params = counts(PARAMS);
    LongColumn trainable = counts(TRAINABLE);
    LongColumn nonTrainable = counts(NON_TRAINABLE);
    LongColumn macs = counts(MACS);
    LongColumn bytes = counts(BYTES);
    for (Variant v : Variant.unique(variants)) {
      Counts c = v.counts();
      name.append(v.name());
      input.append(c.network().input().toString());
      layers.append(c.layers().size());
      params.append(c.totalParams());
      trainable.append(c.trainableParams());
      nonTrainable.append(c.nonTrainableParams());
      append(macs, c.totalMacs());
      bytes.append(c.paramBytes());
    }
    return Table.create("totals", name, input, layers, params, trainable, nonTrainable, macs, bytes);
  }

  private static LongColumn counts(String name) {
    LongColumn c = LongColumn.create(name);
    c.setPrintFormatter(Formats.grouped());
    return c;
  }

  private static void append(LongColumn column, OptionalLong value) {
    if (value.isPresent()) column.append(value.getAsLong());
    else column.appendMissing();
  }

  private static OptionalLong sumMacs(List<LayerFacts> layers) {
    long sum = 0;
    for (LayerFacts f : layers) {
      if (f.macs().isEmpty()) return OptionalLong.empty();
      sum = Counting.add(sum, f.macs().getAsLong(), "the MACs of the " + f.layer().kind().label() + " layers");
    }
    return OptionalLong.of(sum);
  }

  private static String title(Counts counts) {
    String macs = counts.totalMacs().isPresent()
        ? ", " + Formats.grouped(counts.totalMacs().getAsLong()) + " MACs per image" : "";
    return Variant.nameOf(counts.network()) + " (input " + counts.network().input() + "): "
        + Formats.grouped(counts.totalParams()) + " params" + macs;
  }

  private static String compareTitle(LayerAlignment alignment) {
    return alignment.variants().stream()
        .map(v -> v.name() + " " + Formats.grouped(v.totalParams()))
        .collect(Collectors.joining(" vs ")) + " params (" + alignment.mode().description() + ")";
  }
}
