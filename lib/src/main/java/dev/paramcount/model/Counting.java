package dev.paramcount.model;

/**
 * Exact long arithmetic for counts: a product past 2^63 is an error that says what was being
 * counted, never a silently wrapped number.
 */
public final class Counting {
  private Counting() {}

  public static long multiply(long a, long b, String what) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      throw ModelException.network("too large to count: " + what + " exceeds 2^63 - 1");
    }
  }

  public static long add(long a, long b, String what) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw ModelException.network("too large to count: " + what + " exceeds 2^63 - 1");
    }
  }

  public static long product(String what, long... factors) {
    long p = 1;
    for (long f : factors) p = multiply(p, f, what);
    return p;
  }
}
