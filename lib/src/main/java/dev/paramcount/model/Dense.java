package dev.paramcount.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A fully connected layer. On an input of any rank it acts on the last axis only, as Keras's
 * Dense does: on a 13×13×256 grid it is a 1×1 convolution applied at each of the 169
 * positions, so params = last_axis·units + units whatever the spatial size, while MACs grow
 * with the number of positions.
 */
public record Dense(String name, int units, boolean useBias, String activation, boolean trainable)
    implements Layer {

  public Dense {
    Windows.requirePositive(name, "units", units);
    if (activation == null) activation = "linear";
  }

  /** {@code units} outputs, with bias, linear activation. */
  public static Dense of(int units) {
    return new Dense(null, units, true, "linear", true);
  }

  @Override public String kerasType() { return "Dense"; }
  @Override public LayerKind kind() { return LayerKind.DENSE; }
  @Override public String autoNamePrefix() { return "dense"; }

  @Override
  public Shape outputShape(Shape input) {
    inputFeatures(input);
    return input.with(-1, units);
  }

  @Override
  public List<Weight> weights(Shape input) {
    List<Weight> ws = new ArrayList<>(2);
    ws.add(new Weight("kernel", Shape.of(inputFeatures(input), units), trainable));
    if (useBias) ws.add(new Weight("bias", Shape.of(units), trainable));
    return List.copyOf(ws);
  }

  @Override
  public OptionalLong macs(Shape input, Shape output) {
    OptionalLong outputs = output.elements();
    if (outputs.isEmpty()) return OptionalLong.empty();
    return OptionalLong.of(Counting.multiply(outputs.getAsLong(), inputFeatures(input), "MACs of " + name));
  }

  private long inputFeatures(Shape input) {
    if (input.rank() < 1) {
      throw ModelException.field(name, "input_shape", input, "Dense needs at least one axis to act on");
    }
    if (!input.isKnown(-1)) {
      throw ModelException.field(name, "input_shape", input, "the last axis must be known for Dense");
    }
    return input.dim(-1);
  }

  @Override public Dense withName(String name) { return new Dense(name, units, useBias, activation, trainable); }
  public Dense withUnits(int units) { return new Dense(name, units, useBias, activation, trainable); }
  public Dense withBias(boolean useBias) { return new Dense(name, units, useBias, activation, trainable); }
  public Dense withActivation(String activation) { return new Dense(name, units, useBias, activation, trainable); }
  public Dense withTrainable(boolean trainable) { return new Dense(name, units, useBias, activation, trainable); }
}
