package dev.paramcount.chart;

/** The parameter axis of a chart: linear, or logarithmic so that small layers show too. */
public enum Scale {
  LINEAR,
  /** Decades on the axis; a layer with 0 parameters has no bar, as a log axis cannot show 0. */
  LOG
}
