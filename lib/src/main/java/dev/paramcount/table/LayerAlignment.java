package dev.paramcount.table;

import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.LayerKind;
import dev.paramcount.model.ModelException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Several variants' layers lined up in rows, so a comparison table or chart can set the same
 * layer of each variant side by side.
 *
 * <p>Which layers are "the same": when every variant has the same names for its layers that hold
 * parameters (conv1…fc8 in all paper-style presets, conv2d…dense_2 in both Keras presets), rows
 * are matched by layer name ({@link Mode#BY_NAME}). Otherwise (the Keras names against the
 * paper's names) names say nothing, and rows are matched by role ({@link Mode#BY_ROLE}): the
 * n-th layer of a kind in one variant with the n-th layer of that kind in the others — the first
 * convolution with the first convolution, the third pool with the third pool. Matching by plain
 * position would pair the paper's LRN with Keras's pool. Rows keep every variant's layer order
 * (an ordered union); a variant without a layer in some row has an empty cell there.
 */
public final class LayerAlignment {

  /** How rows were matched. */
  public enum Mode {
    BY_NAME("aligned by layer name"),
    BY_ROLE("aligned by role: the n-th layer of each kind");

    private final String description;

    Mode(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** One row: a label, the layer kind, and each variant's layer in this row (empty if none). */
  public static final class Row {
    private final String label;
    private final LayerKind kind;
    private final List<LayerFacts> cells;

    private Row(String label, LayerKind kind, List<LayerFacts> cells) {
      this.label = label;
      this.kind = kind;
      this.cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** The layer name, or the variants' names joined by " / " when they differ. */
    public String label() { return label; }

    public LayerKind kind() { return kind; }

    /** The layer of variant {@code i} in this row, if it has one. */
    public Optional<LayerFacts> layer(int i) {
      return Optional.ofNullable(cells.get(i));
    }

    /** The parameters of variant {@code i}'s layer in this row; empty if it has none here. */
    public OptionalLong params(int i) {
      LayerFacts f = cells.get(i);
      return f == null ? OptionalLong.empty() : OptionalLong.of(f.params());
    }

    /** True if any variant's layer in this row holds parameters. */
    public boolean hasParams() {
      return cells.stream().anyMatch(f -> f != null && f.params() > 0);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private final List<Variant> variants;
  private final Mode mode;
  private final List<Row> rows;

  private LayerAlignment(List<Variant> variants, Mode mode, List<Row> rows) {
    this.variants = variants;
    this.mode = mode;
    this.rows = rows;
  }

  /** Lines up the layers of {@code variants} (at least one). */
  public static LayerAlignment of(List<Variant> variants) {
    if (variants.isEmpty()) throw ModelException.network("nothing to compare: no networks given");
    List<Variant> vs = List.copyOf(variants);
    Mode mode = sameParameterizedNames(vs) ? Mode.BY_NAME : Mode.BY_ROLE;

    List<Map<String, LayerFacts>> keyed = new ArrayList<>(vs.size());
    List<List<String>> orders = new ArrayList<>(vs.size());
    for (Variant v : vs) {
      Map<String, LayerFacts> byKey = keys(v, mode);
      keyed.add(byKey);
      orders.add(new ArrayList<>(byKey.keySet()));
    }

    List<Row> rows = new ArrayList<>();
    for (String key : orderedUnion(orders)) {
      List<LayerFacts> cells = new ArrayList<>(vs.size());
      Set<String> names = new LinkedHashSet<>();
      LayerKind kind = null;
      for (Map<String, LayerFacts> byKey : keyed) {
        LayerFacts f = byKey.get(key);
        cells.add(f);
        if (f != null) {
          names.add(f.name());
          if (kind == null) kind = f.layer().kind();
        }
      }
      rows.add(new Row(String.join(" / ", names), kind, cells));
    }
    return new LayerAlignment(vs, mode, Collections.unmodifiableList(rows));
  }

  public List<Variant> variants() { return variants; }

  public Mode mode() { return mode; }

  public List<Row> rows() { return rows; }

  /** The rows where some variant's layer holds parameters: the bars worth drawing. */
  public List<Row> rowsWithParams() {
    return rows.stream().filter(Row::hasParams).collect(Collectors.toUnmodifiableList());
  }

  private static boolean sameParameterizedNames(List<Variant> vs) {
    Set<String> first = parameterizedNames(vs.get(0));
    return vs.stream().allMatch(v -> parameterizedNames(v).equals(first));
  }

  private static Set<String> parameterizedNames(Variant v) {
    return v.counts().layers().stream()
        .filter(f -> f.params() > 0)
        .map(LayerFacts::name)
        .collect(Collectors.toSet());
  }

  /** Each layer under its row key, in network order. */
  private static Map<String, LayerFacts> keys(Variant v, Mode mode) {
    Map<String, LayerFacts> byKey = new LinkedHashMap<>();
    Map<LayerKind, Integer> seen = new EnumMap<>(LayerKind.class);
    for (LayerFacts f : v.counts().layers()) {
      String key;
      if (mode == Mode.BY_NAME) {
        key = f.name();
      } else {
        int n = seen.merge(f.layer().kind(), 1, Integer::sum);
        key = f.layer().kind().label() + " " + n;
      }
      byKey.put(key, f);
    }
    return byKey;
  }

  /**
   * All keys, each sequence's order kept: a key new to the union goes right after the previous
   * key of its own sequence.
   */
  private static List<String> orderedUnion(List<List<String>> sequences) {
    List<String> union = new ArrayList<>();
    for (List<String> seq : sequences) {
      int cursor = 0;
      for (String key : seq) {
        int at = union.indexOf(key);
        if (at >= 0) {
          cursor = at + 1;
        } else {
          union.add(cursor, key);
          cursor++;
        }
      }
    }
    return union;
  }
}
