package dev.paramcount.sweep;

import dev.paramcount.count.Counts;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;

/**
 * The result of turning one knob: each value with the counted network, or with the reason the
 * network could not be built or counted at that value (a gap). Immutable. Show it with
 * {@code System.out.println(sweep.table().printAll())} and {@code Charts.image(sweep.chart())}.
 */
public final class Sweep {

  /** One knob value: either counted, or a gap with the library's reason. */
  public static final class Point {
    private final double value;
    private final Counts counts;
    private final String gap;

    private Point(double value, Counts counts, String gap) {
      this.value = value;
      this.counts = counts;
      this.gap = gap;
    }

    static Point counted(double value, Counts counts) {
      return new Point(value, Objects.requireNonNull(counts, "counts"), null);
    }

    static Point gap(double value, ModelException reason) {
      return new Point(value, null, reason.getMessage());
    }

    public double value() { return value; }

    public boolean isGap() { return counts == null; }

    /** The counted network at this value; empty for a gap. */
    public Optional<Counts> counts() { return Optional.ofNullable(counts); }

    /** Why there is no network at this value (the {@link ModelException}'s message); empty if counted. */
    public Optional<String> gap() { return Optional.ofNullable(gap); }

    public OptionalLong totalParams() {
      return counts == null ? OptionalLong.empty() : OptionalLong.of(counts.totalParams());
    }

    public OptionalLong totalMacs() {
      return counts == null ? OptionalLong.empty() : counts.totalMacs();
    }

    /** The output shape of {@code layer} at this value; empty for a gap. */
    public Optional<Shape> outputOf(String layer) {
      return counts == null ? Optional.empty() : Optional.of(counts.layer(layer).outputShape());
    }

    @Override
    public String toString() {
      return SweepTable.plain(value) + ": " + (counts == null ? "gap (" + gap + ")" : counts.totalParams() + " params");
    }
  }

  private final String knob;
  private final String subject;
  private final List<Point> points;

  Sweep(String knob, String subject, List<Point> points) {
    this.knob = knob;
    this.subject = subject;
    this.points = Collections.unmodifiableList(new ArrayList<>(points));
  }

  /** What was turned, e.g. {@code fc6 units}. */
  public String knob() { return knob; }

  /** The network turned, e.g. {@code keras-fixed}; empty for {@link Sweeps#over} sweeps. */
  public String subject() { return subject; }

  public List<Point> points() { return points; }

  /** The points that could not be built or counted. */
  public List<Point> gaps() {
    return points.stream().filter(Point::isGap).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The knob values at which {@code layer} outputs {@code shape} (e.g. {@code "6x6x256"}): "at
   * which input sizes is pool5 6×6?" Gaps never match.
   */
  public List<Double> valuesWhere(String layer, String shape) {
    Shape wanted = Shape.parse(shape);
    return points.stream()
        .filter(p -> p.outputOf(layer).map(wanted::equals).orElse(false))
        .map(Point::value)
        .collect(Collectors.toUnmodifiableList());
  }

  /** One row per value: the knob, total params, MACs per image, and the reason for a gap. */
  public Table table() {
    return SweepTable.of(this, List.of());
  }

  /** {@link #table()} with the output shape of each named layer, e.g. {@code table("pool5")}. */
  public Table table(String... layers) {
    return SweepTable.of(this, List.of(layers));
  }

  /**
   * Total params (left axis) and MACs per image (right axis) against the knob; gaps break the
   * lines. Throws {@link ModelException} if every point is a gap: there is no line to draw.
   */
  public XYChart chart() {
    return SweepChart.of(this);
  }

  @Override
  public String toString() {
    return "Sweep of " + knob + (subject.isEmpty() ? "" : " in " + subject) + ": " + points.size()
        + " points, " + gaps().size() + " gaps";
  }
}
