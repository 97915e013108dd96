package dev.paramcount.model;

/**
 * One parameter tensor of a layer, e.g. a convolution's kernel 5×5×48×256 or its bias 256,
 * in Keras's layout (kernel height, kernel width, input channels per group, filters).
 */
public record Weight(String name, Shape shape, boolean trainable) {
  public Weight {
    if (!shape.isFullyKnown()) {
      throw ModelException.field(null, name, shape, "a weight's shape must be fully known");
    }
  }

  /** Number of scalars in this tensor. */
  public long count() {
    return shape.elements().orElseThrow();
  }
}
