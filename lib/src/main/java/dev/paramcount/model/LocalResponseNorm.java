package dev.paramcount.model;

/**
 * The paper's local response normalization across {@code size} adjacent channels
 * (k=2, n=5, α=1e-4, β=0.75 in the paper). It has no parameters: the constants are fixed.
 */
public record LocalResponseNorm(String name, int size, double alpha, double beta, double k) implements Layer {

  public LocalResponseNorm {
    Windows.requirePositive(name, "size", size);
    if (!(alpha >= 0) || !(beta >= 0) || !(k >= 0)) {
      throw ModelException.field(name, "alpha/beta/k", alpha + "/" + beta + "/" + k, "must be non-negative numbers");
    }
  }

  /** The paper's constants: n=5, α=1e-4, β=0.75, k=2. */
  public static LocalResponseNorm paper() {
    return new LocalResponseNorm(null, 5, 1e-4, 0.75, 2.0);
  }

  @Override public String kerasType() { return "LocalResponseNormalization"; }
  @Override public LayerKind kind() { return LayerKind.NORMALIZATION; }
  @Override public String autoNamePrefix() { return "local_response_normalization"; }

  @Override
  public Shape outputShape(Shape input) {
    Windows.requireImage(name, input);
    return input;
  }

  @Override public LocalResponseNorm withName(String name) {
    return new LocalResponseNorm(name, size, alpha, beta, k);
  }
}
