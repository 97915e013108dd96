package dev.paramcount.nd4j;

import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.Dense;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Keras's Dense on any rank: it acts on the last axis only. A batch of 13×13×256 grids is seen
 * as 169·batch rows of 256 values, multiplied by the 256×units kernel — a 1×1 convolution at
 * every position — and reshaped back to 13×13×units. That is why the question's model outputs
 * a 13×13 grid of 1000 scores.
 */
final class DenseOp implements Nd4jLayer {
  private final Dense dense;
  private final LayerFacts facts;
  private final Activations.Function activation;
  private INDArray kernel;
  private INDArray bias;

  DenseOp(Dense dense, LayerFacts facts) {
    this.dense = dense;
    this.facts = facts;
    this.activation = Activations.of(dense.name(), dense.activation());
  }

  @Override public LayerFacts facts() { return facts; }

  @Override
  public List<ParamArray> allocate(SeededArrays init) {
    long[] shape = facts.weights().get(0).shape().dims();
    List<ParamArray> arrays = new ArrayList<>(2);
    kernel = init.heUniform(dense.name() + "/kernel", shape, shape[0]);
    arrays.add(new ParamArray(dense.name(), "kernel", kernel));
    if (dense.useBias()) {
      bias = init.uniform(dense.name() + "/bias", new long[] {shape[1]}, -0.1, 0.1);
      arrays.add(new ParamArray(dense.name(), "bias", bias));
    }
    return arrays;
  }


  @Override
  public INDArray forward(INDArray input) {
    long features = input.size(input.rank() - 1);
    INDArray rows = input.reshape('c', input.length() / features, features);
    INDArray out = Nd4j.createUninitialized(DataType.FLOAT, new long[] {rows.rows(), dense.units()}, 'c');
    Nd4j.gemm(rows, kernel, out, false, false, 1.0, 0.0);
    if (bias != null) out.addiRowVector(bias);
    activation.applyInPlace(out);
    long[] shape = input.shape().clone(); // ND4J hands out its own shape array
    shape[shape.length - 1] = dense.units();
    return out.reshape('c', shape);
  }
}
