package dev.paramcount.keras;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paramcount.model.Activation;
import dev.paramcount.model.AvgPool2D;
import dev.paramcount.model.BatchNorm;
import dev.paramcount.model.Conv2D;
import dev.paramcount.model.DataFormat;
import dev.paramcount.model.Dense;
import dev.paramcount.model.Dropout;
import dev.paramcount.model.Flatten;
import dev.paramcount.model.GlobalAvgPool2D;
import dev.paramcount.model.GlobalMaxPool2D;
import dev.paramcount.model.Layer;
import dev.paramcount.model.MaxPool2D;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Padding;
import dev.paramcount.model.ZeroPadding2D;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One reader per Keras layer class, turning a layer's {@code config} into our record. Only the
 * fields that change a count or a shape are read; initializers, regularizers, constraints and
 * dtype policies are ignored, except where they would change the count (LoRA, quantization),
 * which is refused rather than miscounted.
 */
final class LayerReaders {
  private LayerReaders() {}

  /** Reads one layer; {@code name} may be null (the network then names it as Keras would). */
  @FunctionalInterface
  interface Reader {
    Layer read(Fields config, String name, boolean trainable);
  }

  /** Keras's class names, and the aliases Keras also accepts, to their readers. */
  private static final Map<String, Reader> READERS;
  /** The canonical class names, for "supported classes" in messages. */
  private static final Set<String> SUPPORTED;

  static {
    Map<String, Reader> r = new HashMap<>();
    r.put("Conv2D", LayerReaders::conv2d);
    r.put("Convolution2D", LayerReaders::conv2d);
    r.put("MaxPooling2D", LayerReaders::maxPool);
    r.put("MaxPool2D", LayerReaders::maxPool);
    r.put("AveragePooling2D", LayerReaders::avgPool);
    r.put("AvgPool2D", LayerReaders::avgPool);
    r.put("GlobalAveragePooling2D", LayerReaders::globalAvgPool);
    r.put("GlobalAvgPool2D", LayerReaders::globalAvgPool);
    r.put("GlobalMaxPooling2D", LayerReaders::globalMaxPool);
    r.put("GlobalMaxPool2D", LayerReaders::globalMaxPool);
    r.put("Dense", LayerReaders::dense);
    r.put("Flatten", (f, name, trainable) -> new Flatten(name));
    r.put("Dropout", (f, name, trainable) -> new Dropout(name, f.requiredNumber("rate")));
    r.put("Activation", (f, name, trainable) -> new Activation(name, Activation.Style.ACTIVATION,
        activation(f, "activation", null)));
    r.put("ReLU", (f, name, trainable) -> new Activation(name, Activation.Style.RELU, "relu"));
    r.put("Softmax", (f, name, trainable) -> new Activation(name, Activation.Style.SOFTMAX, "softmax"));
    r.put("BatchNormalization", LayerReaders::batchNorm);
    r.put("ZeroPadding2D", LayerReaders::zeroPadding);
    READERS = Collections.unmodifiableMap(r);

    Set<String> names = new TreeSet<>(Set.of("Conv2D", "MaxPooling2D", "AveragePooling2D", "GlobalAveragePooling2D",
        "GlobalMaxPooling2D", "Dense", "Flatten", "Dropout", "Activation", "ReLU", "Softmax", "BatchNormalization",
        "ZeroPadding2D", SequentialReader.INPUT_LAYER));
    SUPPORTED = Collections.unmodifiableSet(names);
  }

  /** The reader for a Keras class name, or null when the class is not supported. */
  static Reader forClass(String className) {
    return READERS.get(className);
  }

  /** Supported Keras class names, sorted. */
  static Set<String> supported() {
    return SUPPORTED;
  }

  private static Conv2D conv2d(Fields f, String name, boolean trainable) {
    rejectCountChangingOptions(f);
    int[] kernel = f.requiredPair("kernel_size");
    int[] strides = f.optionalPair("strides", new int[] {1, 1});
    int[] dilation = f.optionalPair("dilation_rate", new int[] {1, 1});
    return new Conv2D(name, f.requiredInt("filters"), kernel[0], kernel[1], strides[0], strides[1],
        padding(f), dilation[0], dilation[1], f.optionalInt("groups", 1), f.optionalBoolean("use_bias", true),
        activation(f, "activation", "linear"), dataFormat(f), trainable);
  }

  private static Dense dense(Fields f, String name, boolean trainable) {
    rejectCountChangingOptions(f);
    return new Dense(name, f.requiredInt("units"), f.optionalBoolean("use_bias", true),
        activation(f, "activation", "linear"), trainable);
  }

  private static MaxPool2D maxPool(Fields f, String name, boolean trainable) {
    int[] pool = f.optionalPair("pool_size", new int[] {2, 2});
    int[] strides = f.optionalPair("strides", pool); // Keras: strides default to the pool size
    return new MaxPool2D(name, pool[0], pool[1], strides[0], strides[1], padding(f), dataFormat(f));
  }

  private static AvgPool2D avgPool(Fields f, String name, boolean trainable) {
    int[] pool = f.optionalPair("pool_size", new int[] {2, 2});
    int[] strides = f.optionalPair("strides", pool);
    return new AvgPool2D(name, pool[0], pool[1], strides[0], strides[1], padding(f), dataFormat(f));
  }

  private static GlobalAvgPool2D globalAvgPool(Fields f, String name, boolean trainable) {
    return new GlobalAvgPool2D(name, f.optionalBoolean("keepdims", false), dataFormat(f));
  }

  private static GlobalMaxPool2D globalMaxPool(Fields f, String name, boolean trainable) {
    return new GlobalMaxPool2D(name, f.optionalBoolean("keepdims", false), dataFormat(f));
  }

  /**
   * Keras counts the axis with the batch (tf.keras 2 writes the built axis as a list, e.g.
   * {@code [3]}); our shapes are per sample, so a positive axis moves down by one.
   */
  private static BatchNorm batchNorm(Fields f, String name, boolean trainable) {
    JsonNode axisNode = f.get("axis");
    int axis = -1;
    if (axisNode != null) {
      JsonNode single = axisNode;
      if (axisNode.isArray()) {
        if (axisNode.size() != 1) {
          throw f.error("axis", axisNode, "only one normalized axis is supported");
        }
        single = axisNode.get(0);
      }
      axis = f.toInt("axis", single);
      if (axis == 0) throw f.error("axis", axisNode, "axis 0 is the batch axis, which cannot be normalized");
    }
    int perSample = axis > 0 ? axis - 1 : axis;
    return new BatchNorm(name, perSample, f.optionalBoolean("center", true), f.optionalBoolean("scale", true), trainable);
  }

  /** Keras's three spellings: {@code 1}, {@code [1, 2]} (height, width) or {@code [[t, b], [l, r]]}. */
  private static ZeroPadding2D zeroPadding(Fields f, String name, boolean trainable) {
    JsonNode p = f.get("padding");
    int top = 1, bottom = 1, left = 1, right = 1;
    if (p != null) {
      if (p.isArray() && p.size() == 2 && p.get(0).isArray() && p.get(1).isArray()) {
        int[] vertical = pairOf(f, p.get(0));
        int[] horizontal = pairOf(f, p.get(1));
        top = vertical[0];
        bottom = vertical[1];
        left = horizontal[0];
        right = horizontal[1];
      } else if (p.isNumber() || (p.isArray() && p.size() == 2)) {
        int[] hw = f.optionalPair("padding", null);
        top = bottom = hw[0];
        left = right = hw[1];
      } else {
        throw f.error("padding", p, "expected a whole number, (height, width) or ((top, bottom), (left, right))");
      }
    }
    return new ZeroPadding2D(name, top, bottom, left, right, dataFormat(f));
  }

  private static int[] pairOf(Fields f, JsonNode node) {
    if (node.size() != 2) {
      throw f.error("padding", f.get("padding"), "each side pair must hold two whole numbers");
    }
    return new int[] {f.toInt("padding", node.get(0)), f.toInt("padding", node.get(1))};
  }

  private static Padding padding(Fields f) {
    return Padding.fromKeras(f.layer(), f.optionalString("padding", "valid"));
  }

  /** Absent or null means Keras's global default, channels_last. */
  private static DataFormat dataFormat(Fields f) {
    String format = f.optionalString("data_format", null);
    return format == null ? DataFormat.CHANNELS_LAST
        : DataFormat.fromKeras(f.layer(), format.toLowerCase(Locale.ROOT));
  }

  /**
   * An activation is a name ({@code "relu"}) or, in Keras 3, a serialized function object;
   * it never changes a count, so any object is accepted and named as well as it can be.
   */
  private static String activation(Fields f, String field, String absent) {
    JsonNode value = f.get(field);
    if (value == null) {
      if (absent == null) f.required(field);
      return absent;
    }
    if (value.isTextual()) return value.textValue();
    if (value.isObject()) {
      JsonNode inner = value.get("config");
      if (inner != null && inner.isTextual()) return inner.textValue();
      JsonNode className = value.get("class_name");
      if (className != null && className.isTextual()) return className.textValue();
    }
    throw f.error(field, value, "expected an activation name" + Fields.found(value));
  }

  /**
   * Options that change which weights a layer holds: LoRA adds two trainable factors and
   * freezes the kernel, a quantized dtype policy stores int8/float8 kernels with scales.
   * Counting them as a plain layer would be wrong, so they are refused by name.
   */
  private static void rejectCountChangingOptions(Fields f) {
    JsonNode lora = f.get("lora_rank");
    if (lora != null && !(lora.isNumber() && lora.asDouble() == 0)) {
      throw f.error("lora_rank", lora, "LoRA-enabled layers are not supported (their weights differ from the plain layer's)");
    }
    JsonNode dtype = f.get("dtype");
    String policy = null;
    if (dtype != null && dtype.isTextual()) policy = dtype.textValue();
    if (dtype != null && dtype.isObject()) {
      JsonNode cls = dtype.get("class_name");
      if (cls != null && cls.isTextual() && cls.textValue().startsWith("Quantized")) policy = cls.textValue();
      JsonNode inner = dtype.get("config");
      if (inner != null && inner.isObject() && inner.path("name").isTextual() && policy == null) {
        policy = inner.path("name").textValue();
      }
    }
    if (policy != null && (policy.startsWith("Quantized") || policy.contains("_from_"))) {
      throw f.error("dtype", dtype, "quantized layers are not supported (their weights differ from the plain layer's)");
    }
  }
}
