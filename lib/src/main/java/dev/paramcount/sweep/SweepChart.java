package dev.paramcount.sweep;

import dev.paramcount.chart.ChartStyle;
import dev.paramcount.chart.Charts;
import dev.paramcount.chart.Palette;
import dev.paramcount.model.ModelException;
import java.awt.BasicStroke;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The line chart of a sweep: params on the left axis, MACs on the right, gaps as breaks. */
final class SweepChart {
  private SweepChart() {}

  static final String PARAMS = "total parameters";
  static final String MACS = "multiply-accumulates per image";
  static final String GAPS = "gap: no network at this value (see the table)";
  private static final Color PARAMS_COLOR = new Color(0x2F4B7C);
  private static final Color MACS_COLOR = new Color(0x9A9A9A);

  static XYChart of(Sweep sweep) {
    if (sweep.gaps().size() == sweep.points().size()) {
      String first = sweep.points().isEmpty() ? "the sweep has no points"
          : "the first reason: " + sweep.points().get(0).gap().orElse("");
      throw ModelException.network("every point of the sweep of " + sweep.knob()
          + " is a gap, so there is no line to draw; " + first);
    }
    int n = sweep.points().size();
    double[] x = new double[n];
    double[] params = new double[n];
    double[] macs = new double[n];
    boolean anyMacs = false;
    for (int i = 0; i < n; i++) {
      Sweep.Point p = sweep.points().get(i);
      x[i] = p.value();
      // NaN breaks XChart's line: a gap shows as a gap.
      params[i] = p.totalParams().isPresent() ? p.totalParams().getAsLong() : Double.NaN;
      macs[i] = p.totalMacs().isPresent() ? p.totalMacs().getAsLong() : Double.NaN;
      anyMacs |= p.totalMacs().isPresent();
    }

    XYChart chart = new XYChart(Charts.WIDTH, Charts.HEIGHT);
    int gaps = sweep.gaps().size();
    chart.setTitle((sweep.subject().isEmpty() ? "" : sweep.subject() + ": ") + "total parameters against " + sweep.knob()
        + (gaps == 0 ? "" : " (" + gaps + (gaps == 1 ? " gap)" : " gaps)")));
    chart.setXAxisTitle(sweep.knob());
    chart.setYAxisTitle(PARAMS);
    ChartStyle.axes(chart.getStyler());
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    chart.getStyler().setXAxisDecimalPattern("#,##0.##");
    chart.getStyler().setMarkerSize(n > 40 ? 4 : 7);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    ChartStyle.compactY(chart);

    XYSeries p = chart.addSeries(PARAMS, x, params);
    p.setLineColor(PARAMS_COLOR);
    p.setMarkerColor(PARAMS_COLOR);
    p.setMarker(SeriesMarkers.CIRCLE);
    p.setLineStyle(new BasicStroke(2.5f));
    if (anyMacs) {
      XYSeries m = chart.addSeries(MACS, x, macs);
      m.setYAxisGroup(1);
      m.setLineColor(MACS_COLOR);
      m.setMarkerColor(MACS_COLOR);
      m.setMarker(SeriesMarkers.DIAMOND);
      m.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f));
      chart.setYAxisGroupTitle(1, MACS);
      chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    }
    if (gaps > 0) {
      // Gaps as crosses on the floor, so a missing stretch of line reads as "invalid here".
      double[] gx = sweep.gaps().stream().mapToDouble(Sweep.Point::value).toArray();
      XYSeries g = chart.addSeries(GAPS, gx, new double[gx.length]);
      g.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      g.setMarker(SeriesMarkers.CROSS);
      g.setMarkerColor(Palette.FALL);
    }
    // Both axes from 0: a knob that barely moves the MACs should look flat, not steep.
    chart.getStyler().setYAxisMin(0, 0.0);
    chart.getStyler().setYAxisMin(1, 0.0);
    chart.getStyler().setYAxisGroupTitleColor(0, PARAMS_COLOR);
    return chart;
  }
}
