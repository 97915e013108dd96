package dev.paramcount.model;

/** Families of layers, for grouping counts and charts ("conv vs dense vs other"). */
public enum LayerKind {
  CONVOLUTION("convolution"),
  DENSE("dense"),
  POOLING("pooling"),
  NORMALIZATION("normalization"),
  RESHAPE("reshape"),
  ACTIVATION("activation"),
  REGULARIZATION("regularization");

  private final String label;

  LayerKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
