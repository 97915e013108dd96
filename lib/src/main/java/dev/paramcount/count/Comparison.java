package dev.paramcount.count;

import dev.paramcount.model.Layer;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Two networks lined up layer by layer, and every difference between them named with its
 * exact effect on the parameter count. The deltas always add up to total(after) − total(before):
 * each layer of {@code before} is removed, replaced or matched, each layer of {@code after}
 * added, replaced or matched, and a matched layer's change is split into what its own fields
 * did and what a changed input did (fc6 seeing 9,216 inputs instead of 256 after a Flatten).
 *
 * <p>Lining up: the longest common subsequence of layers of the same kind, preferring pairs that
 * share a name or are identical, so {@code conv2d_1} of the question's model meets {@code conv2}
 * of the paper's and the paper's LRN and dropout layers come out as added.
 */
public final class Comparison {

  /** What kind of difference a {@link Difference} is. */
  public enum Kind {
    /** The networks take different inputs (no parameters of its own: its effect shows downstream). */
    INPUT,
    /** A layer only {@code after} has. */
    ADDED,
    /** A layer only {@code before} has. */
    REMOVED,
    /** A layer of one kind in place of a layer of another kind. */
    REPLACED,
    /** A matched layer whose own fields differ (filters, groups, units, …). */
    CHANGED,
    /** A matched layer whose count changed because its input changed upstream. */
    UPSTREAM
  }

  /** One field that differs: its name as the layer record calls it, and both values. */
  public record FieldChange(String field, Object before, Object after) {}

  /**
   * One difference and its effect on the total. {@code before} is absent for an added layer,
   * {@code after} for a removed one, both for a different input.
   */
  public record Difference(Kind kind, LayerFacts before, LayerFacts after, List<FieldChange> fields, long delta) {
    public Difference {
      fields = List.copyOf(fields);
    }
  }

  /** One row of the alignment: a layer of each network, or of one only. */
  public record Pair(LayerFacts before, LayerFacts after) {
    public boolean matched() {
      return before != null && after != null;
    }
  }

  /** Above this many layer pairs the alignment would take too much memory; edits are not that large. */
  private static final long MAX_CELLS = 16_000_000L;

  private final Counts before;
  private final Counts after;
  private final List<Pair> alignment;
  private final List<Difference> differences;

  private Comparison(Counts before, Counts after) {
    this.before = before;
    this.after = after;
    this.alignment = Collections.unmodifiableList(align(before.layers(), after.layers()));
    this.differences = Collections.unmodifiableList(nameDifferences());
  }

  public static Comparison of(Network before, Network after) {
    return of(Counts.of(before), Counts.of(after));
  }

  public static Comparison of(Counts before, Counts after) {
    return new Comparison(before, after);
  }

  public Counts before() { return before; }

  public Counts after() { return after; }

  /** Both networks' layers in order, matched where they correspond. */
  public List<Pair> alignment() { return alignment; }

  /** Every difference, in network order. */
  public List<Difference> differences() { return differences; }

  /** total(after) − total(before), which the deltas of {@link #differences()} add up to. */
  public long totalDelta() {
    return after.totalParams() - before.totalParams();
  }

  // ---- lining up ----

  private static List<Pair> align(List<LayerFacts> a, List<LayerFacts> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).layer().equals(b.get(prefix).layer())) prefix++;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).layer().equals(b.get(b.size() - 1 - suffix).layer())) suffix++;
    List<Pair> pairs = new ArrayList<>(Math.max(a.size(), b.size()) + 8);
    for (int i = 0; i < prefix; i++) pairs.add(new Pair(a.get(i), b.get(i)));
    alignMiddle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), pairs);
    for (int k = suffix; k > 0; k--) pairs.add(new Pair(a.get(a.size() - k), b.get(b.size() - k)));
    return pairs;
  }

  /** Weighted longest common subsequence over the layers that differ. */
  private static void alignMiddle(List<LayerFacts> a, List<LayerFacts> b, List<Pair> out) {
    int n = a.size();
    int m = b.size();
    if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
      throw ModelException.network("the networks differ in " + n + " and " + m
          + " layers, too many to line up; compare smaller edits");
    }
    int[][] best = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        int skip = Math.max(best[i + 1][j], best[i][j + 1]);
        int score = matchScore(a.get(i).layer(), b.get(j).layer());
        best[i][j] = score > 0 ? Math.max(skip, score + best[i + 1][j + 1]) : skip;
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m) {
        int score = matchScore(a.get(i).layer(), b.get(j).layer());
        if (score > 0 && best[i][j] == score + best[i + 1][j + 1]) {
          out.add(new Pair(a.get(i++), b.get(j++)));
          continue;
        }
      }
      if (j >= m || (i < n && best[i + 1][j] >= best[i][j + 1])) {
        out.add(new Pair(a.get(i++), null));
      } else {
        out.add(new Pair(null, b.get(j++)));
      }
    }
  }

  /** 0 for layers of different kinds; more for the same name and for identical fields. */
  private static int matchScore(Layer x, Layer y) {
    if (x.getClass() != y.getClass() || !x.kerasType().equals(y.kerasType())) return 0;
    int score = 4;
    if (x.name().equals(y.name())) score += 2;
    if (x.withName(y.name()).equals(y)) score += 1;
    return score;
  }

  // ---- naming the differences ----

  private List<Difference> nameDifferences() {
    List<Difference> found = new ArrayList<>();
    if (!before.network().input().equals(after.network().input())) {
      found.add(new Difference(Kind.INPUT, null, null,
          List.of(new FieldChange("input", before.network().input(), after.network().input())), 0));
    }
    List<LayerFacts> removed = new ArrayList<>();
    List<LayerFacts> added = new ArrayList<>();
    for (Pair p : alignment) {
      if (p.matched()) {
        flushGap(removed, added, found);
        matched(p.before(), p.after(), found);
      } else if (p.before() != null) {
        removed.add(p.before());
      } else {
        added.add(p.after());
      }
    }
    flushGap(removed, added, found);
    return found;
  }

  /** Layers between two matches: one for one is a replacement, anything else removals and additions. */
  private static void flushGap(List<LayerFacts> removed, List<LayerFacts> added, List<Difference> out) {
    if (removed.size() == 1 && added.size() == 1) {
      LayerFacts x = removed.get(0);
      LayerFacts y = added.get(0);
      out.add(new Difference(Kind.REPLACED, x, y, List.of(), y.params() - x.params()));
    } else {
      for (LayerFacts x : removed) out.add(new Difference(Kind.REMOVED, x, null, List.of(), -x.params()));
      for (LayerFacts y : added) out.add(new Difference(Kind.ADDED, null, y, List.of(), y.params()));
    }
    removed.clear();
    added.clear();
  }

  /**
   * A matched pair: its own field changes are counted at the old input, what remains is the
   * effect of the new input. When the new layer does not fit the old input (e.g. groups that do
   * not divide the old channels), the whole change is reported as one, input included.
   */
  private static void matched(LayerFacts x, LayerFacts y, List<Difference> out) {
    List<FieldChange> fields = fieldChanges(x.layer(), y.layer());
    long delta = y.params() - x.params();
    boolean inputChanged = !x.inputShape().equals(y.inputShape());
    FieldChange input = new FieldChange("input", x.inputShape(), y.inputShape());
    if (fields.isEmpty()) {
      if (delta != 0) out.add(new Difference(Kind.UPSTREAM, x, y, List.of(input), delta));
      return;
    }
    if (!inputChanged) {
      out.add(new Difference(Kind.CHANGED, x, y, fields, delta));
      return;
    }
    Long atOldInput = paramsAt(y.layer(), x.inputShape());
    if (atOldInput == null) {
      List<FieldChange> all = new ArrayList<>(fields);
      all.add(input);
      out.add(new Difference(Kind.CHANGED, x, y, all, delta));
      return;
    }
    out.add(new Difference(Kind.CHANGED, x, y, fields, atOldInput - x.params()));
    long upstream = y.params() - atOldInput;
    if (upstream != 0) out.add(new Difference(Kind.UPSTREAM, x, y, List.of(input), upstream));
  }

  /** The parameters {@code layer} would have at {@code input}, or null if it does not fit there. */
  private static Long paramsAt(Layer layer, Shape input) {
    try {
      return Counts.factsOf(0, layer, input, layer.outputShape(input)).params();
    } catch (ModelException e) {
      return null;
    }
  }

  /** The fields (record components other than the name) whose values differ. */
  static List<FieldChange> fieldChanges(Layer x, Layer y) {
    if (x.getClass() != y.getClass()) return List.of();
    List<FieldChange> changes = new ArrayList<>(2);
    for (RecordComponent c : x.getClass().getRecordComponents()) {
      if (c.getName().equals("name")) continue;
      Object vx = value(c, x);
      Object vy = value(c, y);
      if (!Objects.equals(vx, vy)) changes.add(new FieldChange(c.getName(), vx, vy));
    }
    return changes;
  }

  private static Object value(RecordComponent c, Layer layer) {
    try {
      return c.getAccessor().invoke(layer);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + layer.name(), e);
    }
  }
}
