package dev.paramcount.nd4j;

import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.BatchNorm;
import dev.paramcount.model.Weight;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalization at inference: y = (x − moving_mean) / √(moving_variance + ε) · gamma + beta
 * along the layer's axis, with Keras's default ε = 0.001 (the core's layer has no ε field). The
 * four vectors are real arrays — two of them the non-trainable statistics Keras also counts.
 */
final class BatchNormOp implements Nd4jLayer {
  /** Keras's default epsilon. */
  static final double EPSILON = 1e-3;

  private final BatchNorm norm;
  private final LayerFacts facts;
  private final Map<String, INDArray> vectors = new HashMap<>();

  BatchNormOp(BatchNorm norm, LayerFacts facts) {
    this.norm = norm;
    this.facts = facts;
  }

  @Override public LayerFacts facts() { return facts; }

  @Override
  public List<ParamArray> allocate(SeededArrays init) {
    List<ParamArray> arrays = new ArrayList<>(4);
    for (Weight w : facts.weights()) {
      // Values a trained layer could hold: positive scales and variances, small shifts and means.
      boolean positive = w.name().equals("gamma") || w.name().equals("moving_variance");
      INDArray v = init.uniform(norm.name() + "/" + w.name(), w.shape().dims(), positive ? 0.5 : -0.1,
          positive ? 1.5 : 0.1);
      vectors.put(w.name(), v);
      arrays.add(new ParamArray(norm.name(), w.name(), v));
    }
    return arrays;
  }


  @Override
  public INDArray forward(INDArray input) {
    INDArray scale = Transforms.pow(vectors.get("moving_variance").add(EPSILON), -0.5, false);
    if (vectors.containsKey("gamma")) scale.muli(vectors.get("gamma"));
    INDArray shift = vectors.get("moving_mean").mul(scale).negi();
    if (vectors.containsKey("beta")) shift.addi(vectors.get("beta"));
    int axis = norm.axis() < 0 ? input.rank() + norm.axis() : norm.axis() + 1;
    INDArray out = input.ulike();
    Nd4j.exec(new BroadcastMulOp(input, scale, out, axis));
    Nd4j.exec(new BroadcastAddOp(out, shift, out, axis));
    return out;
  }
}
