package dev.paramcount.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An independent model of DESIGN.md's counting rules in unbounded integers, for the fuzzer to hold
 * the library against. Written from the rules (output size, params, MACs per kind), not from the
 * library's code: it shares no class with {@code dev.paramcount} and never overflows, so it can say
 * both what a valid network counts and whether a count really is past 2^63 − 1.
 */
final class Reference {
  private Reference() {}

  static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** The network (or a layer's fields) cannot be built or counted; the library must say so. */
  static final class Invalid extends Exception {
    Invalid(String why) {
      super(why, null, false, false);
    }
  }

  /** A per-sample shape; {@code null} is an unknown dimension. */
  record Dims(List<BigInteger> dims) {
    static Dims of(long... values) {
      List<BigInteger> list = new ArrayList<>();
      for (long v : values) list.add(v == -1 ? null : BigInteger.valueOf(v));
      return new Dims(list);
    }

    int rank() { return dims.size(); }

    BigInteger at(int axis) { return dims.get(axis < 0 ? dims.size() + axis : axis); }

    /** Elements, or null when a dimension is unknown. */
    BigInteger elements() {
      BigInteger n = BigInteger.ONE;
      for (BigInteger d : dims) {
        if (d == null) return null;
        n = n.multiply(d);
      }
      return n;
    }

    long[] asLongs() {
      return dims.stream().mapToLong(d -> d == null ? -1 : d.longValueExact()).toArray();
    }

    @Override public String toString() { return Arrays.toString(dims.toArray()); }
  }

  /** What one layer amounts to at one input. MACs null when unknowable. */
  record Facts(Dims output, BigInteger params, BigInteger trainable, BigInteger macs) {}

  /** Totals of a whole network; null MACs or neurons when some layer's are unknowable. */
  record Totals(List<Facts> layers, BigInteger params, BigInteger trainable, BigInteger macs, BigInteger neurons) {}

  static Totals count(Dims input, List<FuzzLayer> layers) throws Invalid {
    for (BigInteger d : input.dims()) {
      if (d != null && d.signum() <= 0) throw new Invalid("input dimension " + d);
    }
    List<Facts> facts = new ArrayList<>();
    Dims current = input;
    BigInteger params = BigInteger.ZERO;
    BigInteger trainable = BigInteger.ZERO;
    BigInteger macs = BigInteger.ZERO;
    BigInteger neurons = BigInteger.ZERO;
    for (FuzzLayer layer : layers) {
      layer.validate();
      Facts f = layer.facts(current);
      for (BigInteger d : f.output().dims()) {
        if (d != null && d.compareTo(LONG_MAX) > 0) throw new Invalid("a dimension past 2^63 - 1");
      }
      facts.add(f);
      current = f.output();
      params = params.add(f.params());
      trainable = trainable.add(f.trainable());
      macs = macs == null || f.macs() == null ? null : macs.add(f.macs());
      BigInteger out = f.output().elements();
      neurons = neurons == null || out == null ? null : neurons.add(out);
      // Every number the library keeps is a long: one past 2^63 - 1 must be refused, not wrapped.
      for (BigInteger n : Arrays.asList(f.params(), f.macs(), out, params, macs, neurons)) {
        if (n != null && n.compareTo(LONG_MAX) > 0) throw new Invalid("a count past 2^63 - 1");
      }
    }
    return new Totals(facts, params, trainable, macs, neurons);
  }

  // ---- the rules of DESIGN.md, one axis at a time ----

  /** valid: floor((n − d·(k−1) − 1)/s) + 1 after explicit padding; same: ceil(n/s); unknown stays unknown. */
  static BigInteger window(BigInteger n, int k, int s, int d, String padding, int padBefore, int padAfter) throws Invalid {
    if (n == null) return null;
    if (padding.equals("same")) return n.add(BigInteger.valueOf(s - 1L)).divide(BigInteger.valueOf(s));
    BigInteger padded = n.add(BigInteger.valueOf(padBefore)).add(BigInteger.valueOf(padAfter));
    // The padded size is a number the library holds too: past 2^63 - 1 it is refused, not wrapped.
    if (padded.compareTo(LONG_MAX) > 0) throw new Invalid("padded input past 2^63 - 1");
    BigInteger span = BigInteger.valueOf(d).multiply(BigInteger.valueOf(k - 1L)).add(BigInteger.ONE);
    if (span.compareTo(padded) > 0) throw new Invalid("window larger than its input");
    return padded.subtract(span).divide(BigInteger.valueOf(s)).add(BigInteger.ONE);
  }

  static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }
}
