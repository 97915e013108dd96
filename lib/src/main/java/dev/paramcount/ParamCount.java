package dev.paramcount;

import dev.paramcount.count.Bridge;
import dev.paramcount.count.Comparison;
import dev.paramcount.count.Counts;
import dev.paramcount.count.InputSizes;
import dev.paramcount.count.Neurons;
import dev.paramcount.keras.KerasModels;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import dev.paramcount.presets.Preset;
import dev.paramcount.report.BridgeReport;
import dev.paramcount.report.ComparisonReport;
import dev.paramcount.report.InputSizeReport;
import dev.paramcount.report.NeuronReport;
import dev.paramcount.report.SummaryFormat;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The front door: what a notebook cell reaches for first. Each method hands off to the
 * package that does the work; methods returning {@code String} return text ready to print.
 *
 * <pre>{@code
 * Network seed = ParamCount.preset("keras-seed");
 * System.out.println(ParamCount.classicSummary(seed));   // the question's 25,678,184
 * System.out.println(ParamCount.explain());              // … → 60,965,224
 * System.out.println(ParamCount.compare(seed, ParamCount.preset("paper")));
 * }</pre>
 */
public final class ParamCount {
  private ParamCount() {}

  // ---- networks ----

  /** A preset by its id: keras-seed, keras-fixed, single-tower, paper, paper-224, torchvision. */
  public static Network preset(String id) {
    return Preset.byId(id).network();
  }

  /** The preset ids, in the order DESIGN.md lists them. */
  public static List<String> presets() {
    return Arrays.stream(Preset.values()).map(Preset::id).toList();
  }

  /** A Keras model file: {@code model.to_json()} output (Keras 3 or tf.keras 2.x) or a {@code .keras} zip. */
  public static Network keras(Path file) {
    return KerasModels.read(file);
  }

  /** A Keras model file with its input shape supplied or overridden ({@code null} keeps the file's). */
  public static Network keras(Path file, Shape input) {
    return KerasModels.read(file, input);
  }

  // ---- counts and summaries ----

  /** Every layer's facts and the totals. */
  public static Counts count(Network network) {
    return Counts.of(network);
  }

  /** The wide text summary: shapes, params, % of total, MACs, formulas, totals. */
  public static String summary(Network network) {
    return summary(network, SummaryFormat.TEXT);
  }

  public static String summary(Network network, SummaryFormat format) {
    return format.render(Counts.of(network));
  }

  /** What tf.keras 2.x's {@code model.summary()} printed. */
  public static String classicSummary(Network network) {
    return summary(network, SummaryFormat.CLASSIC);
  }

  /** One line of JSON (DESIGN.md's schema). */
  public static String json(Network network) {
    return summary(network, SummaryFormat.JSON);
  }

  // ---- explanations: facts, and the same as text ----

  /** The question's model to the paper's count in three counted edits. */
  public static Bridge bridge() {
    return Bridge.kerasToPaper();
  }

  /** The bridge as text: 25,678,184 → +0 (pool) → +36,700,160 (Flatten) → −1,413,120 (groups) → 60,965,224. */
  public static String explain() {
    return BridgeReport.render(bridge());
  }

  /** Any two networks lined up, every difference with its delta. */
  public static Comparison comparison(Network before, Network after) {
    return Comparison.of(before, after);
  }

  public static String compare(Network before, Network after) {
    return ComparisonReport.render(comparison(before, after));
  }

  /** The paper's neuron list (622,312) against the counted outputs (659,272). */
  public static Neurons neurons() {
    return Neurons.ofPaper();
  }

  public static String explainNeurons() {
    return NeuronReport.render(neurons());
  }

  /** 224 vs 227: conv1's arithmetic and what it does to pool5 and the total. */
  public static List<InputSizes.Case> inputSizes() {
    return InputSizes.alexNet();
  }

  public static String explainInputSizes() {
    return InputSizeReport.render(inputSizes());
  }
}
