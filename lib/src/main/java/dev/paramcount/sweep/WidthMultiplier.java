package dev.paramcount.sweep;

import dev.paramcount.model.Conv2D;
import dev.paramcount.model.Dense;
import dev.paramcount.model.Layer;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;

/**
 * Scales a network's width, as MobileNet's width multiplier does: every Conv2D's filters and
 * every Dense layer's units except the last Dense (the class scores stay as many as the
 * classes). A scaled width is rounded to the nearest multiple of {@value #DIVISOR}, and never
 * below {@value #DIVISOR}: grouped convolutions need their channels to divide by the groups, and
 * multiples of 8 divide by 2, 4 and 8 (the rounding of MobileNet's {@code make_divisible}, without
 * its 10% correction). AlexNet's widths are all multiples of 8, so a multiplier of 1 gives back
 * the same network.
 */
public final class WidthMultiplier {
  private WidthMultiplier() {}

  public static final int DIVISOR = 8;

  /** {@code network} with every width scaled by {@code multiplier} (&gt; 0), rounded as above. */
  public static Network apply(Network network, double multiplier) {
    if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
      throw ModelException.field(null, "width multiplier", multiplier, "must be a positive number");
    }
    String lastDense = null;
    for (Layer layer : network.layers()) if (layer instanceof Dense) lastDense = layer.name();
    String keep = lastDense;
    return network.map(layer -> {
      if (layer instanceof Conv2D) {
        Conv2D c = (Conv2D) layer;
        return c.withFilters(scaled(c.filters(), multiplier));
      }
      if (layer instanceof Dense && !layer.name().equals(keep)) {
        Dense d = (Dense) layer;
        return d.withUnits(scaled(d.units(), multiplier));
      }
      return layer;
    });
  }

  /** {@code width × multiplier} to the nearest multiple of 8 (halves up), at least 8. */
  public static int scaled(int width, double multiplier) {
    long rounded = Math.round(width * multiplier / DIVISOR) * DIVISOR;
    if (rounded > Integer.MAX_VALUE) {
      throw ModelException.field(null, "width multiplier", multiplier, "makes a width of " + rounded + ", past 2^31 - 1");
    }
    return (int) Math.max(DIVISOR, rounded);
  }
}
