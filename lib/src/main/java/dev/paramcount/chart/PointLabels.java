package dev.paramcount.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;

/**
 * Names next to the points of a log-log scatter, placed so they do not cover each other: points
 * that fall on the same spot share one label ("conv2d / conv1"), and each label takes the first
 * free place around its point (above, below, right, left, then the corners, then further out).
 * Placement works on an estimate of the plot's pixels, which is all it needs to keep labels apart.
 */
final class PointLabels {
  private static final double PLOT_WIDTH = Charts.WIDTH - 160;
  private static final double PLOT_HEIGHT = Charts.HEIGHT - 170;
  private static final double CHAR_WIDTH = 7.2;
  private static final double TEXT_HEIGHT = 15;
  private static final double MARKER = 7;
  /** Points closer than this (in pixels) share a label. */
  private static final double SAME_SPOT = 5;

  private record Point(double x, double y) {}

  private final Map<Point, Set<String>> names = new LinkedHashMap<>();

  void add(String name, double x, double y) {
    names.computeIfAbsent(new Point(x, y), p -> new LinkedHashSet<>()).add(name);
  }

  boolean isEmpty() {
    return names.isEmpty();
  }

  /**
   * Fixes the axes to whole decades around the points (with room for labels at the edges) and
   * adds one annotation per distinct point.
   */
  void addTo(XYChart chart) {
    double xMin = decadeBelow(names.keySet().stream().mapToDouble(Point::x).min().orElse(1));
    double xMax = decadeAbove(names.keySet().stream().mapToDouble(Point::x).max().orElse(10) * 2);
    double yMin = decadeBelow(names.keySet().stream().mapToDouble(Point::y).min().orElse(1));
    double yMax = decadeAbove(names.keySet().stream().mapToDouble(Point::y).max().orElse(10) * 2);
    chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax);
    double xDecades = Math.log10(xMax / xMin);
    double yDecades = Math.log10(yMax / yMin);

    // Points on the same spot (conv3 and conv2d_2 are the same layer) share one label.
    Map<Point, Set<String>> spots = new LinkedHashMap<>();
    for (Map.Entry<Point, Set<String>> e : names.entrySet()) {
      Point p = e.getKey();
      Point spot = spots.keySet().stream()
          .filter(q -> Math.hypot(px(q.x, xMin, xDecades) - px(p.x, xMin, xDecades),
              py(q.y, yMin, yDecades) - py(p.y, yMin, yDecades)) < SAME_SPOT)
          .findFirst().orElse(p);
      spots.computeIfAbsent(spot, q -> new LinkedHashSet<>()).addAll(e.getValue());
    }

    List<Rectangle2D> taken = new ArrayList<>();
    for (Point p : spots.keySet()) {
      taken.add(box(px(p.x, xMin, xDecades), py(p.y, yMin, yDecades), 2 * MARKER, 2 * MARKER));
    }
    Rectangle2D plot = new Rectangle2D.Double(0, 0, PLOT_WIDTH, PLOT_HEIGHT);
    for (Map.Entry<Point, Set<String>> e : spots.entrySet()) {
      String text = String.join(" / ", e.getValue());
      double w = text.length() * CHAR_WIDTH;
      double cx = px(e.getKey().x, xMin, xDecades);
      double cy = py(e.getKey().y, yMin, yDecades);
      double[] chosen = null;
      for (double[] d : places(w)) {
        Rectangle2D b = box(cx + d[0], cy + d[1], w, TEXT_HEIGHT);
        if (plot.contains(b) && taken.stream().noneMatch(b::intersects)) {
          chosen = d;
          break;
        }
      }
      if (chosen == null) chosen = places(w)[0];
      taken.add(box(cx + chosen[0], cy + chosen[1], w, TEXT_HEIGHT));
      // Back from pixels to data: on a log axis a pixel offset is a factor.
      double x = e.getKey().x * Math.pow(10, chosen[0] / PLOT_WIDTH * xDecades);
      double y = e.getKey().y * Math.pow(10, -chosen[1] / PLOT_HEIGHT * yDecades);
      chart.addAnnotation(new AnnotationText(text, x, y, false));
    }
  }

  /** Offsets (pixels) of a label's centre from its point, best first. */
  private static double[][] places(double w) {
    double up = MARKER + TEXT_HEIGHT / 2 + 2;
    double side = MARKER + w / 2 + 4;
    double corner = w / 2 + 2;
    return new double[][] {
        {0, -up}, {0, up}, {side, 0}, {-side, 0},
        {corner, -up}, {corner, up}, {-corner, -up}, {-corner, up},
        {0, -up - TEXT_HEIGHT}, {0, up + TEXT_HEIGHT}, {side, -TEXT_HEIGHT}, {side, TEXT_HEIGHT}};
  }

  private static double px(double x, double min, double decades) {
    return Math.log10(x / min) / decades * PLOT_WIDTH;
  }

  /** Screen y grows downwards. */
  private static double py(double y, double min, double decades) {
    return PLOT_HEIGHT - Math.log10(y / min) / decades * PLOT_HEIGHT;
  }

  private static Rectangle2D box(double cx, double cy, double w, double h) {
    return new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
  }

  private static double decadeBelow(double v) {
    return Math.pow(10, Math.floor(Math.log10(v)));
  }

  private static double decadeAbove(double v) {
    return Math.pow(10, Math.ceil(Math.log10(v)));
  }
}
