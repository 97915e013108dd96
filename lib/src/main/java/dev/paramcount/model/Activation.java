package dev.paramcount.model;

/**
 * An element-wise activation as its own layer: Keras's {@code Activation("relu")}, {@code ReLU()}
 * or {@code Softmax()}. No parameters; the shape is unchanged.
 */
public record Activation(String name, Style style, String function) implements Layer {

  /** Which Keras class the layer is. */
  public enum Style {
    ACTIVATION("Activation", "activation"),
    RELU("ReLU", "re_lu"),
    SOFTMAX("Softmax", "softmax");

    private final String kerasType;
    private final String autoNamePrefix;

    Style(String kerasType, String autoNamePrefix) {
      this.kerasType = kerasType;
      this.autoNamePrefix = autoNamePrefix;
    }
  }

  public Activation {
    if (style == null) style = Style.ACTIVATION;
    if (function == null || function.isBlank()) {
      throw ModelException.field(name, "activation", "\"" + function + "\"", "an activation function name is required");
    }
  }

  /** Keras's {@code Activation(function)}. */
  public static Activation of(String function) {
    return new Activation(null, Style.ACTIVATION, function);
  }

  public static Activation relu() {
    return new Activation(null, Style.RELU, "relu");
  }

  public static Activation softmax() {
    return new Activation(null, Style.SOFTMAX, "softmax");
  }

  @Override public String kerasType() { return style.kerasType; }
  @Override public LayerKind kind() { return LayerKind.ACTIVATION; }
  @Override public String autoNamePrefix() { return style.autoNamePrefix; }
  @Override public Shape outputShape(Shape input) { return input; }
  @Override public Activation withName(String name) { return new Activation(name, style, function); }
}
