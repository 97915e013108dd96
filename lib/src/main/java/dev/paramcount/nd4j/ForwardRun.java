package dev.paramcount.nd4j;

import java.util.List;
import java.util.stream.Collectors;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One forward pass: per layer the inferred and observed shapes, and the output array. For the
 * question's model the output is {@code [1, 13, 13, 1000]} — a 13×13 grid of 1000 scores, not
 * 1000 scores.
 *
 * @param network the network's name
 * @param batch   samples in the batch
 * @param layers  one entry per layer, in order
 * @param output  the last layer's output (outside any workspace; the caller may keep it)
 * @param nanos   wall time of the whole pass
 */
public record ForwardRun(String network, int batch, List<LayerRun> layers, INDArray output, long nanos) {

  public ForwardRun {
    layers = List.copyOf(layers);
  }

  /** The output's shape, batch first. */
  public List<Long> outputShape() {
    return layers.isEmpty() ? Shapes.of(output.shape()) : layers.get(layers.size() - 1).observedShape();
  }

  /** Whether every layer's observed shape is the inferred one. */
  public boolean shapesAgree() {
    return layers.stream().allMatch(LayerRun::agrees);
  }

  /** The layers whose observed shape differs from the inferred one. */
  public List<LayerRun> mismatches() {
    return layers.stream().filter(l -> !l.agrees()).collect(Collectors.toList());
  }

  /** Milliseconds per sample. */
  public double millisPerSample() {
    return nanos / 1e6 / batch;
  }

  /** One line, without the output's values (print {@link #output()} for those). */
  @Override
  public String toString() {
    return String.format("forward pass of '%s', batch %d: output %s, %d layers, %s, %.1f ms", network, batch,
        outputShape(), layers.size(), shapesAgree() ? "every shape as inferred" : mismatches().size()
            + " shapes differ from the inferred ones", nanos / 1e6);
  }
}
