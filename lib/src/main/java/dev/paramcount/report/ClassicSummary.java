package dev.paramcount.report;

import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import java.util.List;

/**
 * What tf.keras 2.x (TF 2.0–2.5) printed for {@code model.summary()} of a Sequential model,
 * character for character: a 65-column table whose fields end at columns 29, 55 and 65.
 *
 * <p>Keras wrote each row by appending a field, cutting the line at the field's end column,
 * padding it with spaces up to that column, and overwriting the line's last character with a
 * space before appending the next field. A field that fills its column therefore loses its
 * last two characters' worth of room, which is how {@code max_pooling2d_1 (MaxPooling2D)}
 * became {@code max_pooling2d_1 (MaxPooling2} in the question. Rows keep their trailing
 * spaces; shapes are Python tuples with the batch as {@code None}; params are unformatted in
 * the rows and comma-grouped in the totals.
 */
public final class ClassicSummary {
  /** The width Keras used for sequential models. */
  static final int LINE_LENGTH = 65;
  /** Where each field ends: {@code int(65 · p)} for p in (.45, .85, 1.). */
  static final int[] FIELD_ENDS = {29, 55, 65};
  private static final String UNDERSCORES = "_".repeat(LINE_LENGTH);
  private static final String EQUALS = "=".repeat(LINE_LENGTH);

  private ClassicSummary() {}

  public static String render(Counts counts) {
    StringBuilder out = new StringBuilder(128 + 132 * counts.layers().size());
    header(out, counts.network().name());
    int last = counts.layers().size() - 1;
    for (LayerFacts layer : counts.layers()) {
      // The fields go straight into the output, cut and padded in place: no string per cell,
      // which is most of the time a 10,000-layer summary takes.
      int start = out.length();
      out.append(layer.name()).append(" (").append(layer.kerasType()).append(')');
      endField(out, start, 0);
      Numbers.appendPythonTuple(out, layer.outputShape());
      endField(out, start, 1);
      out.append(layer.params());
      endField(out, start, 2);
      out.append('\n').append(layer.index() == last ? EQUALS : UNDERSCORES).append('\n');
    }
    footer(out, counts.trainableParams(), counts.nonTrainableParams());
    return out.toString();
  }

  /** The table around rows of (name (type), shape, params), and the totals under it. */
  static String layout(String modelName, List<String[]> rows, long trainable, long nonTrainable) {
    StringBuilder out = new StringBuilder(128 + 132 * rows.size());
    header(out, modelName);
    for (int i = 0; i < rows.size(); i++) {
      row(out, rows.get(i));
      out.append(i == rows.size() - 1 ? EQUALS : UNDERSCORES).append('\n');
    }
    footer(out, trainable, nonTrainable);
    return out.toString();
  }

  private static void header(StringBuilder out, String modelName) {
    out.append("Model: \"").append(modelName).append("\"\n");
    out.append(UNDERSCORES).append('\n');
    row(out, "Layer (type)", "Output Shape", "Param #");
    out.append(EQUALS).append('\n');
  }

  private static void footer(StringBuilder out, long trainable, long nonTrainable) {
    out.append("Total params: ").append(Numbers.grouped(trainable + nonTrainable)).append('\n');
    out.append("Trainable params: ").append(Numbers.grouped(trainable)).append('\n');
    out.append("Non-trainable params: ").append(Numbers.grouped(nonTrainable)).append('\n');
    out.append(UNDERSCORES).append('\n');
  }

  /** One row, laid out as described in the class comment. */
  static void row(StringBuilder out, String... fields) {
    int start = out.length();
    for (int i = 0; i < fields.length; i++) {
      out.append(fields[i]);
      endField(out, start, i);
    }
    out.append('\n');
  }

  /**
   * Field {@code i} (of the row starting at {@code start}) has been appended: cut the line at
   * the field's end column, pad it up to there, and, if another field follows, blank the
   * line's last character to separate them.
   */
  private static void endField(StringBuilder out, int start, int i) {
    int end = start + FIELD_ENDS[i];
    if (out.length() > end) out.setLength(end);
    while (out.length() < end) out.append(' ');
    if (i < FIELD_ENDS.length - 1) out.setCharAt(out.length() - 1, ' ');
  }
}
