package dev.paramcount.model;

/**
 * How a convolution or pooling window treats the border: Keras's {@code valid} and
 * {@code same}, or explicit zero padding of each side (torch-style presets, ZeroPadding2D).
 */
public record Padding(Mode mode, int top, int bottom, int left, int right) {
  public enum Mode { VALID, SAME, EXPLICIT }

  public static final Padding VALID = new Padding(Mode.VALID, 0, 0, 0, 0);
  public static final Padding SAME = new Padding(Mode.SAME, 0, 0, 0, 0);

  public Padding {
    if (mode == null) throw ModelException.field(null, "padding", null, "a padding mode is required");
    if (top < 0 || bottom < 0 || left < 0 || right < 0) {
      throw ModelException.field(null, "padding", top + "," + bottom + "," + left + "," + right,
          "padding cannot be negative");
    }
    if (mode != Mode.EXPLICIT && (top | bottom | left | right) != 0) {
      throw ModelException.field(null, "padding", mode, "only explicit padding has sizes");
    }
  }

  /** {@code p} zeros on every side, as torch's {@code padding=p}. */
  public static Padding of(int p) {
    return of(p, p);
  }

  /** {@code ph} zeros above and below, {@code pw} left and right. */
  public static Padding of(int ph, int pw) {
    return new Padding(Mode.EXPLICIT, ph, ph, pw, pw);
  }

  /** Keras's padding string: {@code valid} or {@code same}, in any case. */
  public static Padding fromKeras(String layer, String value) {
    if ("valid".equalsIgnoreCase(value)) return VALID;
    if ("same".equalsIgnoreCase(value)) return SAME;
    throw ModelException.field(layer, "padding", "\"" + value + "\"", "expected \"valid\" or \"same\"");
  }

  @Override
  public String toString() {
    switch (mode) {
      case VALID: return "valid";
      case SAME: return "same";
      default:
        return top == bottom && left == right && top == left ? "pad " + top
            : "pad " + top + "," + bottom + "," + left + "," + right;
    }
  }
}
