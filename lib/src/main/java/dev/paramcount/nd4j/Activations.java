package dev.paramcount.nd4j;

import dev.paramcount.model.ModelException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.api.ops.impl.transforms.strict.SELU;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Swish;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras's activation functions that ND4J computes exactly as Keras does, applied in place on a
 * layer's own output. Softmax is over the last axis, as Keras's: on a 13×13×1000 grid it gives
 * 169 distributions of 1000 scores each. Functions whose Keras definition differs between
 * versions (leaky_relu's slope, hard_sigmoid, gelu's approximation) are refused rather than
 * guessed.
 */
final class Activations {
  /** An activation applied in place; returns its argument. */
  interface Function {
    INDArray applyInPlace(INDArray x);
  }

  private static final Map<String, Function> FUNCTIONS = functions();

  private Activations() {}

  private static Map<String, Function> functions() {
    Map<String, Function> f = new LinkedHashMap<>();
    f.put("linear", x -> x);
    f.put("relu", x -> Transforms.relu(x, false));
    f.put("softmax", x -> {
      Nd4j.exec(new SoftMax(x, x, x.rank() - 1));
      return x;
    });
    f.put("sigmoid", x -> Transforms.sigmoid(x, false));
    f.put("tanh", x -> Transforms.tanh(x, false));
    f.put("elu", x -> Transforms.elu(x, false));
    f.put("selu", x -> {
      Nd4j.exec(new SELU(x, x));
      return x;
    });
    f.put("softplus", x -> Transforms.softPlus(x, false));
    f.put("softsign", x -> Transforms.softsign(x, false));
    Function swish = x -> {
      Nd4j.exec(new Swish(x, x));
      return x;
    };
    f.put("swish", swish);
    f.put("silu", swish);
    f.put("relu6", x -> Transforms.relu6(x, false));
    f.put("exponential", x -> Transforms.exp(x, false));
    return Collections.unmodifiableMap(f);
  }

  /** The function Keras calls {@code name}, or a one-line error naming the layer. */
  static Function of(String layer, String name) {
    Function f = name == null ? null : FUNCTIONS.get(name.toLowerCase(Locale.ROOT));
    if (f == null) {
      throw ModelException.field(layer, "activation", "\"" + name + "\"",
          "the ND4J forward pass does not support this activation; it supports " + String.join(", ", FUNCTIONS.keySet()));
    }
    return f;
  }

  /** The names {@link #of} accepts. */
  static java.util.Set<String> supported() {
    return FUNCTIONS.keySet();
  }
}
