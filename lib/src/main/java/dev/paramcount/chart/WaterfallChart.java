package dev.paramcount.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/**
 * A waterfall chart, which XChart does not have: a stacked bar chart whose first series, the
 * {@link #BASE}, is invisible, so every step's bar floats from the total before it to the total
 * after it. On top of XChart's drawing it draws what a waterfall needs to be read: dashed
 * connectors carrying each total to the next bar (so a step of +0 shows as a line through an
 * empty slot) and each bar's value above it, signed for the steps.
 */
public final class WaterfallChart extends CategoryChart {

  /** Series names; the stacked data of each is 0-free: a bar absent from a slot is null. */
  public static final String BASE = "base";
  public static final String START = "start";
  public static final String RISE = "adds parameters";
  public static final String FALL = "removes parameters";
  public static final String END = "end";

  /** One bar: a total (first and last) or a step from {@code from} to {@code to}. */
  public record Bar(String category, long from, long to, boolean total) {
    public long delta() {
      return to - from;
    }

    long top() {
      return total ? to : Math.max(from, to);
    }
  }

  private final List<Bar> bars;

  WaterfallChart(int width, int height, List<Bar> bars) {
    super(width, height);
    this.bars = List.copyOf(bars);
    List<String> categories = new ArrayList<>();
    List<Long> base = new ArrayList<>();
    List<Long> start = new ArrayList<>();
    List<Long> rise = new ArrayList<>();
    List<Long> fall = new ArrayList<>();
    List<Long> end = new ArrayList<>();
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      categories.add(b.category());
      boolean first = i == 0;
      boolean last = i == bars.size() - 1;
      base.add(b.total() ? null : Math.min(b.from(), b.to()));
      start.add(b.total() && first ? b.to() : null);
      end.add(b.total() && last && !first ? b.to() : null);
      rise.add(!b.total() && b.delta() >= 0 ? b.delta() : null);
      fall.add(!b.total() && b.delta() < 0 ? -b.delta() : null);
    }
    addSeries(BASE, categories, base).setFillColor(new Color(0, 0, 0, 0)).setShowInLegend(false);
    addSeries(START, categories, start);
    addSeries(RISE, categories, rise).setFillColor(Palette.RISE);
    addSeries(FALL, categories, fall).setFillColor(Palette.FALL);
    addSeries(END, categories, end);
    getStyler().setStacked(true);
  }

  /** The bars in order, as drawn: the start total, each step, the end total. */
  public List<Bar> bars() {
    return bars;
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    super.paint(g, width, height);
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      drawConnectorsAndValues(g2);
    } finally {
      g2.dispose();
    }
  }

  private void drawConnectorsAndValues(Graphics2D g) {
    double slot = getScreenXFromChart(1) - getScreenXFromChart(0);
    double halfBar = slot * getStyler().getAvailableSpaceFill() / 2;
    g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    g.setColor(Palette.INK);
    for (int i = 0; i + 1 < bars.size(); i++) {
      double level = getScreenYFromChart(bars.get(i).to());
      double x0 = center(i) - halfBar;
      double x1 = center(i + 1) + halfBar;
      g.draw(new Line2D.Double(x0, level, x1, level));
    }
    g.setFont(ChartStyle.LABELS_BOLD);
    FontMetrics fm = g.getFontMetrics();
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      String text = b.total() ? ChartStyle.grouped(b.to()) : ChartStyle.signed(b.delta());
      g.setColor(b.total() ? Palette.INK : b.delta() < 0 ? Palette.FALL.darker() : Palette.RISE.darker());
      double y = getScreenYFromChart(b.top()) - 8;
      g.drawString(text, (float) (center(i) - fm.stringWidth(text) / 2.0), (float) y);
    }
  }

  /** The screen x of slot {@code i}'s centre: XChart spreads n categories over 0..n. */
  private double center(int i) {
    return getScreenXFromChart(i + 0.5);
  }
}
