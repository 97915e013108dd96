package dev.paramcount.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one look of every chart, shared by the {@code sweep} package: white background, fonts
 * legible at {@value Charts#WIDTH}×{@value Charts#HEIGHT}, light grid, and numbers with thousands
 * separators or as "25.7 M". Not needed in notebooks: the chart builders apply it.
 */
public final class ChartStyle {
  private ChartStyle() {}

  static {
    // Charts are drawn into images, never onto a screen: a notebook kernel or a build server has
    // none, and a JVM that is not told so may try to reach a display. Respect an explicit choice.
    if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
  }

  public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
  public static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  public static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  public static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  public static final Font LABELS_BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 14);

  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

  /** Background, fonts and legend of any chart. */
  public static void apply(Styler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(true);
    s.setPlotBorderColor(Palette.RULE);
    s.setChartFontColor(Palette.INK);
    s.setChartTitleFont(TITLE);
    s.setChartTitleBoxVisible(false);
    s.setChartPadding(14);
    s.setLegendFont(LEGEND);
    s.setLegendBorderColor(Palette.RULE);
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setAntiAlias(true);
    s.setToolTipsEnabled(false);
    s.setAnnotationTextFont(LABELS);
    s.setAnnotationTextFontColor(Palette.INK);
  }

  /** {@link #apply} plus axes: titles, tick labels, grid. */
  public static void axes(AxesChartStyler s) {
    apply(s);
    s.setAxisTitleFont(AXIS_TITLE);
    s.setAxisTickLabelsFont(TICKS);
    s.setAxisTickLabelsColor(Palette.INK);
    s.setAxisTickMarksColor(Palette.RULE);
    s.setPlotGridLinesColor(Palette.RULE);
    s.setPlotGridLinesStroke(new BasicStroke(1f));
    s.setPlotGridVerticalLinesVisible(false);
    s.setAxisTitlePadding(10);
    s.setLocale(Locale.US);
  }

  /**
   * Tick labels of a linear y axis (every y axis of the chart) as compact counts: 0, 500 k,
   * 25 M, 1.5 G. Not for log axes: a custom formatter replaces XChart's decade ticks with
   * linear ones; give those {@code setYAxisDecimalPattern("#,##0")}.
   */
  public static void compactY(Chart<?, ?> chart) {
    chart.setCustomYAxisTickLabelsFormatter(ChartStyle::compact);
  }

  /** 950 → "950", 34,944 → "34.9 k", 25,678,184 → "25.7 M", 4.78e9 → "4.78 G"; 3 significant digits. */
  public static String compact(double value) {
    double abs = Math.abs(value);
    if (abs < 1e3) return new DecimalFormat("#,##0.##", SYMBOLS).format(value);
    if (abs < 1e6) return significant(value / 1e3) + " k";
    if (abs < 1e9) return significant(value / 1e6) + " M";
    if (abs < 1e12) return significant(value / 1e9) + " G";
    return significant(value / 1e12) + " T";
  }

  /** 25678184 → "25,678,184". */
  public static String grouped(long value) {
    return String.format(Locale.US, "%,d", value);
  }

  /** 36700160 → "+36,700,160", -1413120 → "−1,413,120" (a real minus sign), 0 → "+0". */
  public static String signed(long value) {
    return value < 0 ? "\u2212" + grouped(-value) : "+" + grouped(value);
  }

  private static String significant(double v) {
    double abs = Math.abs(v);
    String pattern = abs >= 100 ? "0" : abs >= 10 ? "0.#" : "0.##";
    return new DecimalFormat(pattern, SYMBOLS).format(v);
  }
}
