package dev.paramcount.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch normalization over one axis of C features: gamma and beta are learned (2·C, trainable),
 * the moving mean and variance are statistics (2·C, non-trainable). A frozen layer
 * ({@code trainable: false}) makes all four non-trainable.
 */
public record BatchNorm(String name, int axis, boolean center, boolean scale, boolean trainable) implements Layer {

  /** Normalizes the last axis, with gamma and beta, as Keras's default. */
  public static BatchNorm of() {
    return new BatchNorm(null, -1, true, true, true);
  }

  @Override public String kerasType() { return "BatchNormalization"; }
  @Override public LayerKind kind() { return LayerKind.NORMALIZATION; }
  @Override public String autoNamePrefix() { return "batch_normalization"; }

  @Override
  public Shape outputShape(Shape input) {
    features(input);
    return input;
  }

  @Override
  public List<Weight> weights(Shape input) {
    Shape c = Shape.of(features(input));
    List<Weight> ws = new ArrayList<>(4);
    if (scale) ws.add(new Weight("gamma", c, trainable));
    if (center) ws.add(new Weight("beta", c, trainable));
    ws.add(new Weight("moving_mean", c, false));
    ws.add(new Weight("moving_variance", c, false));
    return List.copyOf(ws);
  }

  private long features(Shape input) {
    if (axis >= input.rank() || axis < -input.rank()) {
      throw ModelException.field(name, "axis", axis, "is outside a rank-" + input.rank() + " input " + input);
    }
    if (!input.isKnown(axis)) {
      throw ModelException.field(name, "axis", axis, "the normalized axis of " + input + " must be known");
    }
    return input.dim(axis);
  }

  @Override public BatchNorm withName(String name) { return new BatchNorm(name, axis, center, scale, trainable); }
  public BatchNorm withTrainable(boolean trainable) { return new BatchNorm(name, axis, center, scale, trainable); }
}
