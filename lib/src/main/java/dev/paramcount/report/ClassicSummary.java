package dev.paramcount.report;

import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import java.util.ArrayList;
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

  private ClassicSummary() {}

  public static String render(Counts counts) {
    List<String[]> rows = new ArrayList<>(counts.layers().size());
    for (LayerFacts layer : counts.layers()) {
      rows.add(new String[] {layer.name() + " (" + layer.kerasType() + ")", Numbers.pythonTuple(layer.outputShape()),
          Long.toString(layer.params())});
    }
    return layout(counts.network().name(), rows, counts.trainableParams(), counts.nonTrainableParams());
  }

  /** The table around rows of (name (type), shape, params), and the totals under it. */
  static String layout(String modelName, List<String[]> rows, long trainable, long nonTrainable) {
    StringBuilder out = new StringBuilder(128 + 132 * rows.size());
    String underscores = "_".repeat(LINE_LENGTH);
    String equals = "=".repeat(LINE_LENGTH);
    out.append("Model: \"").append(modelName).append("\"\n");
    out.append(underscores).append('\n');
    row(out, "Layer (type)", "Output Shape", "Param #");
    out.append(equals).append('\n');
    for (int i = 0; i < rows.size(); i++) {
      row(out, rows.get(i));
      out.append(i == rows.size() - 1 ? equals : underscores).append('\n');
    }
    out.append("Total params: ").append(Numbers.grouped(trainable + nonTrainable)).append('\n');
    out.append("Trainable params: ").append(Numbers.grouped(trainable)).append('\n');
    out.append("Non-trainable params: ").append(Numbers.grouped(nonTrainable)).append('\n');
    out.append(underscores).append('\n');
    return out.toString();
  }

  /** One row, laid out as described in the class comment. */
  static void row(StringBuilder out, String... fields) {
    int start = out.length();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) out.setCharAt(out.length() - 1, ' ');
      out.append(fields[i]);
      int end = start + FIELD_ENDS[i];
      if (out.length() > end) out.setLength(end);
      while (out.length() < end) out.append(' ');
    }
    out.append('\n');
  }
}
