package dev.paramcount.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/**
 * The shape of one sample (no batch dimension), as Keras reports it without its leading
 * {@code None}. A dimension may be unknown, like Keras's {@code None}; counts that do not need
 * it still work. Immutable.
 */
public final class Shape {
  /** The value an unknown dimension holds in {@link #dims()}. */
  public static final long UNKNOWN = -1;

  private final long[] dims;

  private Shape(long[] dims) {
    this.dims = dims;
  }

  /** A shape from its dimensions; {@link #UNKNOWN} marks a dimension Keras would call None. */
  public static Shape of(long... dims) {
    long[] copy = dims.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] != UNKNOWN && copy[i] < 1) {
        throw ModelException.field("input", "shape", describe(copy),
            "dimension " + i + " is " + copy[i] + "; every dimension must be at least 1 (or unknown)");
      }
    }
    return new Shape(copy);
  }

  /** A shape from a list where {@code null} is an unknown dimension (JSON's null, Keras's None). */
  public static Shape ofNullable(List<Long> dims) {
    long[] values = new long[dims.size()];
    for (int i = 0; i < values.length; i++) {
      Long d = dims.get(i);
      values[i] = d == null ? UNKNOWN : d;
    }
    return of(values);
  }

  /**
   * Parses {@code 227x227x3} (also {@code 227×227×3} or {@code 227,227,3}); {@code ?} or
   * {@code None} is an unknown dimension.
   */
  public static Shape parse(String text) {
    if (text == null || text.isBlank()) {
      throw ModelException.field("input", "shape", "\"" + text + "\"", "expected dimensions such as 227x227x3");
    }
    String[] parts = text.trim().split("\\s*[x×X,]\\s*");
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.equals("?") || p.equalsIgnoreCase("none") || p.equalsIgnoreCase("null")) {
        values[i] = UNKNOWN;
        continue;
      }
      try {
        values[i] = Long.parseLong(p);
      } catch (NumberFormatException e) {
        throw ModelException.field("input", "shape", "\"" + text + "\"",
            "'" + p + "' is not a whole number; expected dimensions such as 227x227x3");
      }
      if (values[i] < 1) {
        throw ModelException.field("input", "shape", "\"" + text + "\"",
            "dimension " + i + " is " + values[i] + "; every dimension must be at least 1");
      }
    }
    return new Shape(values);
  }

  public int rank() {
    return dims.length;
  }

  /** The dimension at {@code axis}; a negative axis counts from the end, as in Keras. */
  public long dim(int axis) {
    return dims[index(axis)];
  }

  public boolean isKnown(int axis) {
    return dim(axis) != UNKNOWN;
  }

  public boolean isFullyKnown() {
    for (long d : dims) if (d == UNKNOWN) return false;
    return true;
  }

  /** All dimensions; {@link #UNKNOWN} where unknown. */
  public long[] dims() {
    return dims.clone();
  }

  /** The dimensions with {@code null} for unknown, ready for JSON. */
  public List<Long> toNullableList() {
    List<Long> list = new ArrayList<>(dims.length);
    for (long d : dims) list.add(d == UNKNOWN ? null : d);
    return Collections.unmodifiableList(list);
  }

  /** The number of elements, if every dimension is known; exact or an error, never wrapped. */
  public OptionalLong elements() {
    if (!isFullyKnown()) return OptionalLong.empty(); // before multiplying: known dims alone may pass 2^63
    long n = 1;
    for (long d : dims) {
      if (d == UNKNOWN) return OptionalLong.empty();
      try {
        n = Math.multiplyExact(n, d);
      } catch (ArithmeticException overflow) {
        // Counting.multiply throws the usual error; its message is built only here because
        // elements() runs for every layer of every count.
        Counting.multiply(n, d, "elements of shape " + this);
      }
    }
    return OptionalLong.of(n);
  }

  /** A copy with {@code axis} set to {@code value}. */
  public Shape with(int axis, long value) {
    long[] copy = dims.clone();
    copy[index(axis)] = value;
    return of(copy);
  }

  private int index(int axis) {
    int i = axis < 0 ? dims.length + axis : axis;
    if (i < 0 || i >= dims.length) {
      throw new IndexOutOfBoundsException("axis " + axis + " of a rank-" + dims.length + " shape " + this);
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Shape && Arrays.equals(dims, ((Shape) o).dims);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(dims);
  }

  /** {@code 55×55×96}, with {@code ?} for an unknown dimension. */
  @Override
  public String toString() {
    return describe(dims);
  }

  private static String describe(long[] dims) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < dims.length; i++) {
      if (i > 0) s.append('×');
      s.append(dims[i] == UNKNOWN ? "?" : Long.toString(dims[i]));
    }
    return s.toString();
  }
}
