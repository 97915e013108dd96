package dev.paramcount.nd4j;

import dev.paramcount.count.LayerFacts;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One layer of a network as ND4J arrays and ops. Built in two steps so that the memory a
 * network needs is known before anything is allocated: constructing a layer only checks that
 * it can run (an unsupported activation is an error here); {@link #allocate} creates its
 * parameter arrays; {@link #forward} runs it.
 */
interface Nd4jLayer {

  /** The core's facts about this layer: shapes and the weight tensors with their counts. */
  LayerFacts facts();

  /**
   * Creates this layer's parameter arrays with seeded values; none for most layers. Called once,
   * before the first {@link #forward}.
   */
  default List<ParamArray> allocate(SeededArrays init) {
    return List.of();
  }

  /**
   * Float32 values per sample that the forward pass allocates for this layer and keeps until
   * the pass ends (its output, and copies such as a padded input or the towers' outputs).
   * Most layers keep only their output.
   */
  default long keptElementsPerSample() {
    return Batches.elements(facts().outputShape());
  }

  /** Float32 values per sample of transient native scratch (a convolution's im2col columns). */
  default long scratchElementsPerSample() {
    return 0;
  }

  /**
   * Runs the layer on a batch laid out as Keras lays it out ({@code [batch, ...per-sample shape]}).
   * Returns a new array, or {@code input} itself for layers that change nothing; never modifies
   * {@code input}.
   */
  INDArray forward(INDArray input);
}
