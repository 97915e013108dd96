package dev.paramcount.model;

/**
 * Flattens a sample into one vector. No parameters of its own, but it decides how many the
 * next Dense gets: after Flatten, fc6 sees 6·6·256 = 9,216 inputs instead of 256.
 */
public record Flatten(String name) implements Layer {

  public static Flatten of() {
    return new Flatten(null);
  }

  @Override public String kerasType() { return "Flatten"; }
  @Override public LayerKind kind() { return LayerKind.RESHAPE; }
  @Override public String autoNamePrefix() { return "flatten"; }

  @Override
  public Shape outputShape(Shape input) {
    return Shape.of(input.elements().orElse(Shape.UNKNOWN));
  }

  @Override public Flatten withName(String name) { return new Flatten(name); }
}
