package dev.paramcount.keras;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Shape;

/**
 * Where a Sequential model's JSON states its input, in the order they are tried:
 * the InputLayer ({@code batch_shape} in Keras 3, {@code batch_input_shape} in tf.keras 2),
 * the first layer's {@code batch_input_shape} or {@code input_shape} (tf.keras 2), then the
 * model's {@code build_config.input_shape} (Keras 3) or {@code config.build_input_shape}.
 * Shapes "with batch" lose their first dimension; ours are per sample.
 */
final class InputShapes {
  private InputShapes() {}

  static Shape ofInputLayer(Fields config) {
    if (config.has("batch_shape")) return withBatch(config, "batch_shape");
    if (config.has("batch_input_shape")) return withBatch(config, "batch_input_shape");
    if (config.has("shape")) return perSample(config, "shape");
    if (config.has("input_shape")) return perSample(config, "input_shape");
    throw ModelException.field(config.layer(), "batch_shape", null,
        "is missing; an InputLayer states its input shape there (or in batch_input_shape)");
  }

  /** Null when the first layer does not say. */
  static Shape ofFirstLayer(Fields config) {
    if (config.has("batch_input_shape")) return withBatch(config, "batch_input_shape");
    if (config.has("input_shape")) return perSample(config, "input_shape");
    return null;
  }

  /** Null when the model was never built. */
  static Shape ofBuildConfig(JsonNode root, Fields modelConfig) {
    JsonNode buildConfig = root.get("build_config");
    if (buildConfig != null && buildConfig.isObject()) {
      Fields build = new Fields(null, buildConfig);
      if (build.has("input_shape")) return withBatch(build, "build_config.input_shape", build.get("input_shape"));
    }
    if (modelConfig.has("build_input_shape")) {
      return withBatch(modelConfig, "config.build_input_shape", modelConfig.get("build_input_shape"));
    }
    return null;
  }

  private static Shape withBatch(Fields config, String field) {
    return withBatch(config, field, config.get(field));
  }

  private static Shape withBatch(Fields config, String field, JsonNode value) {
    if (!value.isArray() || value.size() < 2) {
      throw config.error(field, value, "expected a list with the batch dimension first, e.g. [null, 227, 227, 3]");
    }
    return dims(config, field, value, 1);
  }

  private static Shape perSample(Fields config, String field) {
    JsonNode value = config.get(field);
    if (!value.isArray() || value.size() < 1) {
      throw config.error(field, value, "expected a list of dimensions, e.g. [227, 227, 3]");
    }
    return dims(config, field, value, 0);
  }

  /** Dimensions from {@code from} on; null is unknown (Keras's None), anything else a size of at least 1. */
  private static Shape dims(Fields config, String field, JsonNode list, int from) {
    long[] dims = new long[list.size() - from];
    for (int i = from; i < list.size(); i++) {
      JsonNode d = list.get(i);
      if (d.isNull()) {
        dims[i - from] = Shape.UNKNOWN;
        continue;
      }
      int size = config.toInt(field, d);
      if (size < 1) {
        throw config.error(field, list, "dimension " + i + " is " + size + "; every dimension must be at least 1 (or null)");
      }
      dims[i - from] = size;
    }
    return Shape.of(dims);
  }
}
