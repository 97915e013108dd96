package dev.paramcount.count;

import dev.paramcount.model.Conv2D;
import dev.paramcount.model.DataFormat;
import dev.paramcount.model.Flatten;
import dev.paramcount.model.Layer;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Padding;
import dev.paramcount.model.Shape;
import dev.paramcount.presets.AlexNets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Why 227 and not the paper's 224: conv1's 11×11 window moved 4 pixels at a time fits
 * (n + padding − 11)/4 + 1 times, a whole number only when n + padding − 11 divides by 4.
 * 224 gives 54.25 (Keras keeps 54, so pool5 is 5×5×256 = 6,400 and the total 49,430,888);
 * 227, or 224 with 2 pixels of padding as torchvision does, gives 55 and 6×6×256 = 9,216.
 * Everything is computed from the networks.
 */
public final class InputSizes {
  private InputSizes() {}

  /**
   * A sliding window's arithmetic along the height: {@code (input + padBefore + padAfter − span) / stride + 1},
   * where span is the kernel's extent (dilation included).
   */
  public record WindowArithmetic(String layer, long input, int padBefore, int padAfter, int span, int stride) {
    /** input + padding − span, the distance the window travels. */
    public long travel() {
      return input + padBefore + padAfter - span;
    }

    /** Whether the window lands exactly on the last pixel (travel divides by the stride). */
    public boolean fitsExactly() {
      return travel() % stride == 0;
    }

    /** travel / stride + 1, exactly: 54.25 for 224 with no padding. */
    public BigDecimal exactOutput() {
      return BigDecimal.valueOf(travel()).divide(BigDecimal.valueOf(stride), 10, RoundingMode.UNNECESSARY)
          .add(BigDecimal.ONE).stripTrailingZeros();
    }

    /** What Keras and torch keep: floor(travel / stride) + 1. */
    public long output() {
      return Math.floorDiv(travel(), stride) + 1;
    }
  }

  /** One input size: the first convolution's arithmetic, what reaches the Flatten, and the total. */
  public record Case(String label, Counts counts, WindowArithmetic firstConv, Optional<LayerFacts> flatten) {
    public long totalParams() {
      return counts.totalParams();
    }
  }

  /**
   * The three cases the notebooks show: the paper at 227, the paper at its stated 224 with valid
   * padding, and 224 with conv1 padded by 2 pixels on each side.
   */
  public static List<Case> alexNet() {
    Network padded = AlexNets.paper224().withName("paper-224-pad2")
        .with("conv1", Conv2D.class, c -> c.withPadding(Padding.of(2)));
    return List.of(
        of("227×227 input, valid padding (paper)", AlexNets.paper()),
        of("224×224 input, valid padding (paper-224)", AlexNets.paper224()),
        of("224×224 input, conv1 padded by 2 (as torchvision)", padded));
  }

  /** The case for any network that starts with a valid or explicitly padded convolution. */
  public static Case of(String label, Network network) {
    Counts counts = Counts.of(network);
    Optional<LayerFacts> flatten = counts.layers().stream().filter(f -> f.layer() instanceof Flatten).findFirst();
    return new Case(label, counts, firstConv(counts), flatten);
  }

  /** The height arithmetic of the first Conv2D of a network. */
  public static WindowArithmetic firstConv(Counts counts) {
    for (LayerFacts f : counts.layers()) {
      Layer layer = f.layer();
      if (!(layer instanceof Conv2D)) continue;
      Conv2D conv = (Conv2D) layer;
      Padding p = conv.padding();
      if (p.mode() == Padding.Mode.SAME) {
        throw ModelException.field(conv.name(), "padding", p, "'same' padding always fits; the arithmetic applies to valid or explicit padding");
      }
      int heightAxis = conv.dataFormat() == DataFormat.CHANNELS_LAST ? 0 : 1;
      long input = f.inputShape().dim(heightAxis);
      if (input == Shape.UNKNOWN) {
        throw ModelException.field(conv.name(), "input_shape", f.inputShape(), "the height must be known");
      }
      int span = conv.dilationHeight() * (conv.kernelHeight() - 1) + 1;
      return new WindowArithmetic(conv.name(), input, p.top(), p.bottom(), span, conv.strideHeight());
    }
    throw ModelException.network("network '" + counts.network().name() + "' has no Conv2D layer");
  }
}
