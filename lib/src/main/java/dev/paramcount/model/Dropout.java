package dev.paramcount.model;

/** Drops a fraction of activations while training. No parameters; the shape is unchanged. */
public record Dropout(String name, double rate) implements Layer {

  public Dropout {
    if (!(rate >= 0 && rate < 1)) {
      throw ModelException.field(name, "rate", rate, "must be at least 0 and below 1");
    }
  }

  public static Dropout of(double rate) {
    return new Dropout(null, rate);
  }

  @Override public String kerasType() { return "Dropout"; }
  @Override public LayerKind kind() { return LayerKind.REGULARIZATION; }
  @Override public String autoNamePrefix() { return "dropout"; }
  @Override public Shape outputShape(Shape input) { return input; }
  @Override public Dropout withName(String name) { return new Dropout(name, rate); }
}
