package dev.paramcount.nd4j;

import java.util.List;

/**
 * What one layer did in a forward pass: the shape the core inferred and the shape ND4J actually
 * produced, both with the batch dimension first (e.g. {@code [1, 13, 13, 1000]}).
 *
 * @param name          the layer's name
 * @param kerasType     its Keras class
 * @param inferredShape the core's output shape, batch first
 * @param observedShape the ND4J output's shape
 * @param nanos         wall time of the layer's ND4J ops
 */
public record LayerRun(String name, String kerasType, List<Long> inferredShape, List<Long> observedShape, long nanos) {

  public LayerRun {
    inferredShape = List.copyOf(inferredShape);
    observedShape = List.copyOf(observedShape);
  }

  public boolean agrees() {
    return inferredShape.equals(observedShape);
  }
}
