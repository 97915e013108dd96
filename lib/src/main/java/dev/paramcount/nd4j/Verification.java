package dev.paramcount.nd4j;

import java.util.List;

/**
 * The outcome of materializing a network in ND4J and running one forward pass: the analytic
 * count next to the counted array lengths, and every layer's inferred shape next to the observed
 * one. Plain values: the arrays are already freed.
 *
 * @param network            the network's name
 * @param analyticParams     the core's count
 * @param nd4jParams         the sum of the ND4J arrays' lengths
 * @param arrays             how many arrays were made
 * @param batch              samples in the forward pass
 * @param forwardOutputShape the output's shape, batch first
 * @param layers             per layer: inferred and observed shapes
 */
public record Verification(String network, long analyticParams, long nd4jParams, int arrays, int batch,
                           List<Long> forwardOutputShape, List<LayerRun> layers) {

  public Verification {
    forwardOutputShape = List.copyOf(forwardOutputShape);
    layers = List.copyOf(layers);
  }

  public boolean countsAgree() {
    return analyticParams == nd4jParams;
  }

  public boolean shapesAgree() {
    return layers.stream().allMatch(LayerRun::agrees);
  }

  /** Counts and every shape agree. */
  public boolean agrees() {
    return countsAgree() && shapesAgree();
  }
}
