package dev.paramcount.keras;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.paramcount.model.Layer;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the JSON tree of a Keras Sequential model into a {@link Network}.
 *
 * <p>The layouts it reads:
 * <ul>
 *   <li>Keras 3: {@code {"class_name": "Sequential", "config": {"name", "trainable", "layers": [...],
 *       "build_input_shape"}, "build_config": {"input_shape"}}}, with an {@code InputLayer} holding
 *       {@code batch_shape} first in {@code layers}.</li>
 *   <li>tf.keras 2.x: the same outline; the {@code InputLayer} holds {@code batch_input_shape}, and
 *       the first real layer repeats it (or says {@code input_shape}).</li>
 *   <li>Keras 2.0–2.2: {@code config} is the list of layers itself.</li>
 * </ul>
 * Input shapes with a batch dimension ({@code [null, 227, 227, 3]}) lose it; ours are per sample.
 */
final class SequentialReader {
  static final String INPUT_LAYER = "InputLayer";
  private static final String DEFAULT_MODEL_NAME = "sequential";

  private SequentialReader() {}

  /** The network {@code root} describes; the input comes from {@code inputOverride} when it is not null. */
  static Network read(JsonNode root, Shape inputOverride) {
    requireSequential(root);
    JsonNode config = new Fields(null, root).required("config");
    JsonNode layerList = layerList(config);
    // Keras 2.0-2.2 wrote the layer list as the whole config, with no name or build shape.
    Fields modelConfig = new Fields(null, config.isObject() ? config : JsonNodeFactory.instance.objectNode());
    String name = modelConfig.optionalString("name", DEFAULT_MODEL_NAME);
    // The model-level "trainable" is not read: Keras writes model.trainable = False into every
    // layer's config as well, and its from_config ignores the model-level flag.

    List<Layer> layers = new ArrayList<>(layerList.size());
    Shape declaredInput = null;
    for (int i = 0; i < layerList.size(); i++) {
      LayerEntry entry = LayerEntry.of(layerList.get(i), i);
      if (entry.className().equals(INPUT_LAYER)) {
        if (i != 0) {
          throw ModelException.field(entry.label(), "class_name", "\"" + INPUT_LAYER + "\"",
              "an InputLayer can only come first in a Sequential model");
        }
        if (inputOverride == null) declaredInput = InputShapes.ofInputLayer(entry.config());
        continue;
      }
      if (inputOverride == null && layers.isEmpty() && declaredInput == null) {
        declaredInput = InputShapes.ofFirstLayer(entry.config());
      }
      layers.add(entry.toLayer());
    }

    Shape input = inputOverride;
    if (input == null) input = declaredInput;
    if (input == null) input = InputShapes.ofBuildConfig(root, modelConfig);
    if (input == null) {
      throw ModelException.field(null, "input_shape", null,
          "is missing: the model has no InputLayer, batch_input_shape or build_config; supply the input size, e.g. --input 227x227x3");
    }
    return new Network(name.isBlank() ? DEFAULT_MODEL_NAME : name, input, layers);
  }

  private static void requireSequential(JsonNode root) {
    if (!root.isObject()) {
      throw ModelException.network("the top level is " + kind(root)
          + ", not a Keras model object (the output of model.to_json() or a .keras file's config.json)");
    }
    String className = new Fields(null, root).optionalString("class_name", null);
    if (className == null) {
      throw ModelException.field(null, "class_name", null,
          "is missing; expected a Keras model as written by model.to_json(), with \"class_name\": \"Sequential\"");
    }
    if (!className.equals("Sequential")) {
      throw ModelException.field(null, "class_name", "\"" + className + "\"",
          className.equals("Functional") || className.equals("Model")
              ? "only Sequential models can be read; this is a functional model"
              : "only Sequential models can be read");
    }
  }

  private static JsonNode layerList(JsonNode config) {
    if (config.isArray()) return config;
    if (!config.isObject()) {
      throw ModelException.field(null, "config", Fields.render(config), "expected an object, found " + kind(config));
    }
    JsonNode layers = config.get("layers");
    if (layers == null || layers.isNull()) {
      throw ModelException.field(null, "config.layers", null, "is missing; a Sequential model lists its layers there");
    }
    if (!layers.isArray()) {
      throw ModelException.field(null, "config.layers", Fields.render(layers),
          "expected a list of layers, found " + kind(layers));
    }
    return layers;
  }

  static String kind(JsonNode node) {
    if (node.isArray()) return "a list";
    if (node.isObject()) return "an object";
    if (node.isTextual()) return "a string";
    if (node.isNumber()) return "a number";
    if (node.isBoolean()) return "a boolean";
    return "null";
  }

  /** One entry of {@code config.layers}: its class, its config and how messages name it. */
  private record LayerEntry(String className, Fields config, String name) {

    static LayerEntry of(JsonNode node, int index) {
      String position = "layers[" + index + "]";
      if (!node.isObject()) {
        throw ModelException.layer(position, "expected a layer object with class_name and config, found " + kind(node));
      }
      JsonNode config = node.get("config");
      String name = null;
      if (config != null && config.isObject() && config.get("name") != null && !config.get("name").isNull()) {
        JsonNode n = config.get("name");
        if (!n.isTextual() || n.textValue().isBlank()) {
          throw ModelException.field(position, "name", Fields.render(n), "expected a layer name");
        }
        name = n.textValue();
      }
      String label = name != null ? name : position;
      Fields entry = new Fields(label, node);
      String className = entry.optionalString("class_name", null);
      if (className == null) {
        throw ModelException.field(label, "class_name", null, "is missing; every layer names its Keras class");
      }
      if (config == null || config.isNull()) {
        throw ModelException.field(label, "config", null, "is missing; every layer carries its config");
      }
      if (!config.isObject()) {
        throw ModelException.field(label, "config", Fields.render(config), "expected an object, found " + kind(config));
      }
      return new LayerEntry(className, new Fields(label, config), name);
    }

    String label() {
      return config.layer();
    }

    Layer toLayer() {
      LayerReaders.Reader reader = LayerReaders.forClass(className);
      if (reader == null) {
        throw ModelException.field(label(), "class_name", "\"" + className + "\"",
            "this layer class is not supported; supported: " + String.join(", ", LayerReaders.supported()));
      }
      boolean trainable = config.optionalBoolean("trainable", true);
      try {
        return reader.read(config, name, trainable);
      } catch (ModelException e) {
        // Records name the layer by its name; an unnamed layer is named by its position instead.
        if (e.layerName() != null) throw e;
        throw e.fieldName() != null ? ModelException.field(label(), e.fieldName(), e.value(), e.problem())
            : ModelException.layer(label(), e.problem());
      }
    }
  }
}
