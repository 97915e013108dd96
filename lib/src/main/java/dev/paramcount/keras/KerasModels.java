package dev.paramcount.keras;

import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Reads Keras Sequential models: the JSON of {@code model.to_json()} (Keras 3 or tf.keras 2.x)
 * or a {@code .keras} file (a zip holding {@code config.json}), keeping the model's name, the
 * layers' names and their Keras classes.
 *
 * <pre>{@code
 * Network seed = KerasModels.read(Path.of("alexnet.json"));                    // 25,678,184 params
 * Network at224 = KerasModels.read(Path.of("alexnet.keras"), Shape.parse("224x224x3"));
 * }</pre>
 *
 * Anything wrong with the file, its JSON or a layer is a {@link ModelException} whose one-line
 * message names the file, the layer, the field and the value.
 */
public final class KerasModels {
  private KerasModels() {}

  /** The model in {@code file}, with the input shape the file states. */
  public static Network read(Path file) {
    return read(file, null);
  }

  /**
   * The model in {@code file}; a non-null {@code inputOverride} (per sample, e.g. 227×227×3)
   * replaces the input shape the file states, or supplies one it lacks.
   */
  public static Network read(Path file, Shape inputOverride) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    try {
      return SequentialReader.read(KerasJson.parse(ModelFile.configJson(file)), inputOverride);
    } catch (ModelException e) {
      throw e.file() == null ? e.inFile(source) : e;
    }
  }

  /**
   * The model in {@code json} (the text of {@code model.to_json()}); {@code sourceName} is how
   * messages name it, {@code inputOverride} as in {@link #read(Path, Shape)}.
   */
  public static Network parse(String json, String sourceName, Shape inputOverride) {
    Objects.requireNonNull(json, "json");
    String source = sourceName == null ? "<json>" : sourceName;
    try {
      return SequentialReader.read(KerasJson.parse(json), inputOverride);
    } catch (ModelException e) {
      throw e.file() == null ? e.inFile(source) : e;
    }
  }

  /** The Keras layer classes a model may hold, e.g. {@code Conv2D}, {@code Dense}. */
  public static Set<String> supportedLayerClasses() {
    return LayerReaders.supported();
  }
}
