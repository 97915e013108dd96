package dev.paramcount.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.XYChart;

/**
 * A scatter chart whose points carry names, placed where they do not cover each other, which
 * XChart's annotations cannot do. The names are drawn after XChart has drawn the chart, in real
 * screen coordinates: points that fall on the same spot share one label ("conv2d / conv1"), and
 * each label takes the first free place around its point — above, below, right, left, the
 * corners, then further out — inside the plot and clear of every point and earlier label.
 */
public final class LabelledScatterChart extends XYChart {

  /** A named point, in data coordinates. */
  public record Label(String name, double x, double y) {}

  /** Points closer than this many pixels share a label. */
  private static final double SAME_SPOT = 5;
  private static final double GAP = 3;

  private final List<Label> labels = new ArrayList<>();

  LabelledScatterChart(int width, int height) {
    super(width, height);
  }

  void label(String name, double x, double y) {
    labels.add(new Label(name, x, y));
  }

  /** The named points, in the order added (one per layer per variant). */
  public List<Label> labels() {
    return List.copyOf(labels);
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    super.paint(g, width, height);
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      drawLabels(g2);
    } finally {
      g2.dispose();
    }
  }

  private void drawLabels(Graphics2D g) {
    g.setFont(ChartStyle.LABELS);
    g.setColor(Palette.INK);
    FontMetrics fm = g.getFontMetrics();
    double marker = getStyler().getMarkerSize() / 2.0 + 1;

    // Group names by the screen spot of their point.
    Map<double[], Set<String>> spots = new LinkedHashMap<>();
    for (Label l : labels) {
      double sx = getScreenXFromChart(l.x());
      double sy = getScreenYFromChart(l.y());
      double[] spot = spots.keySet().stream()
          .filter(p -> Math.hypot(p[0] - sx, p[1] - sy) < SAME_SPOT)
          .findFirst().orElse(new double[] {sx, sy});
      spots.computeIfAbsent(spot, p -> new LinkedHashSet<>()).add(l.name());
    }

    Rectangle2D plot = plotBounds();
    List<Rectangle2D> taken = new ArrayList<>();
    for (double[] p : spots.keySet()) taken.add(box(p[0], p[1], 2 * marker, 2 * marker));
    for (Map.Entry<double[], Set<String>> e : spots.entrySet()) {
      String text = String.join(" / ", e.getValue());
      double w = fm.stringWidth(text);
      double h = fm.getAscent() + fm.getDescent();
      double cx = e.getKey()[0];
      double cy = e.getKey()[1];
      Rectangle2D chosen = null;
      Rectangle2D first = null;
      for (double[] d : places(w, h, marker)) {
        Rectangle2D b = box(cx + d[0], cy + d[1], w, h);
        if (first == null) first = b;
        if (plot.contains(b) && taken.stream().noneMatch(b::intersects)) {
          chosen = b;
          break;
        }
      }
      if (chosen == null) chosen = first;
      taken.add(chosen);
      g.drawString(text, (float) chosen.getX(), (float) (chosen.getY() + fm.getAscent()));
    }
  }

  /** Offsets of a label's centre from its point, best first. */
  private static double[][] places(double w, double h, double marker) {
    double up = marker + h / 2 + GAP;
    double side = marker + w / 2 + GAP;
    double corner = w / 2;
    return new double[][] {
        {0, -up}, {0, up}, {side, 0}, {-side, 0},
        {corner, -up}, {corner, up}, {-corner, -up}, {-corner, up},
        {0, -up - h}, {0, up + h}, {side, -h}, {-side, -h}, {side, h}, {-side, h}};
  }

  /** The plot area on screen, from the axes' ends. */
  private Rectangle2D plotBounds() {
    double x0 = getScreenXFromChart(getStyler().getXAxisMin());
    double x1 = getScreenXFromChart(getStyler().getXAxisMax());
    double y0 = getScreenYFromChart(getStyler().getYAxisMax());
    double y1 = getScreenYFromChart(getStyler().getYAxisMin());
    return new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
  }

  private static Rectangle2D box(double cx, double cy, double w, double h) {
    return new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
  }
}
