package dev.paramcount.model;

import java.util.List;
import java.util.OptionalLong;

/**
 * One layer of a sequential network. Each kind is an immutable record that validates its own
 * fields when built and knows, for a given input shape, its output shape, its weight tensors
 * and its multiply-accumulates. Callers never switch on the kind.
 *
 * <p>A layer's {@code name} may be {@code null} while it is being put together; the
 * {@link Network} it joins gives it a Keras-style name ({@code conv2d}, {@code conv2d_1}, …).
 */
public sealed interface Layer
    permits Conv2D, Dense, MaxPool2D, AvgPool2D, AdaptiveAvgPool2D, GlobalAvgPool2D, GlobalMaxPool2D,
            LocalResponseNorm, BatchNorm, Flatten, ZeroPadding2D, Dropout, Activation {

  /** The layer's name, unique in its network (Keras's layer name). */
  String name();

  /** The Keras class name ({@code Conv2D}, {@code MaxPooling2D}, …), or the closest one. */
  String kerasType();

  /** The family the layer belongs to. */
  LayerKind kind();

  /** The per-sample output shape for a per-sample input shape; throws if the input does not fit. */
  Shape outputShape(Shape input);

  /** Parameter tensors for this input, in Keras's order and layout; none for most layers. */
  default List<Weight> weights(Shape input) {
    return List.of();
  }

  /**
   * Multiply-accumulates per sample, counting weights only (bias adds are not counted, as
   * fvcore and thop do); empty when an unknown dimension makes the number unknowable.
   */
  default OptionalLong macs(Shape input, Shape output) {
    return OptionalLong.of(0);
  }

  /** This layer under another name. */
  Layer withName(String name);

  /** The Keras-style base of an automatic name, e.g. {@code max_pooling2d}. */
  String autoNamePrefix();
}
