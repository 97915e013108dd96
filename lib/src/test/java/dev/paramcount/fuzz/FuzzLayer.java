package dev.paramcount.fuzz;

import static dev.paramcount.fuzz.Reference.big;

import dev.paramcount.fuzz.Reference.Dims;
import dev.paramcount.fuzz.Reference.Facts;
import dev.paramcount.fuzz.Reference.Invalid;
import dev.paramcount.model.Activation;
import dev.paramcount.model.AdaptiveAvgPool2D;
import dev.paramcount.model.AvgPool2D;
import dev.paramcount.model.BatchNorm;
import dev.paramcount.model.Conv2D;
import dev.paramcount.model.DataFormat;
import dev.paramcount.model.Dense;
import dev.paramcount.model.Dropout;
import dev.paramcount.model.Flatten;
import dev.paramcount.model.GlobalAvgPool2D;
import dev.paramcount.model.GlobalMaxPool2D;
import dev.paramcount.model.Layer;
import dev.paramcount.model.LocalResponseNorm;
import dev.paramcount.model.MaxPool2D;
import dev.paramcount.model.Padding;
import dev.paramcount.model.ZeroPadding2D;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * One layer as the fuzzer drew it: raw fields, which may be anything. {@link #build()} hands them
 * to the library's constructors; {@link #validate()} and {@link #facts} are the reference's
 * reading of the same fields.
 */
interface FuzzLayer {
  Layer build();

  /** Throws if the fields themselves are out of range (the library's constructors must refuse them). */
  void validate() throws Invalid;

  Facts facts(Dims in) throws Invalid;

  static void positive(int... values) throws Invalid {
    for (int v : values) if (v < 1) throw new Invalid("a size below 1: " + v);
  }

  static void image(Dims in) throws Invalid {
    if (in.rank() != 3) throw new Invalid("not an image: rank " + in.rank());
  }

  static Dims image(boolean channelsFirst, BigInteger h, BigInteger w, BigInteger c) {
    List<BigInteger> dims = new ArrayList<>(3);
    if (channelsFirst) dims.add(c);
    dims.add(h);
    dims.add(w);
    if (!channelsFirst) dims.add(c);
    return new Dims(dims);
  }

  static BigInteger heightOf(Dims in, boolean channelsFirst) { return in.at(channelsFirst ? 1 : 0); }
  static BigInteger widthOf(Dims in, boolean channelsFirst) { return in.at(channelsFirst ? 2 : 1); }
  static BigInteger channelsOf(Dims in, boolean channelsFirst) { return in.at(channelsFirst ? 0 : 2); }

  static Facts noParams(Dims out) {
    return new Facts(out, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO);
  }

  /** "valid", "same", or explicit zeros on each side. */
  record Pad(String mode, int size) {
    Padding build() {
      return mode.equals("valid") ? Padding.VALID : mode.equals("same") ? Padding.SAME : Padding.of(size);
    }

    void validate() throws Invalid {
      if (mode.equals("explicit") && size < 0) throw new Invalid("negative padding");
    }

    int before() { return mode.equals("explicit") ? size : 0; }
  }

  record Conv(int filters, int kh, int kw, int sh, int sw, Pad pad, int dh, int dw, int groups, boolean bias,
              boolean channelsFirst, boolean trainable) implements FuzzLayer {
    public Layer build() {
      return new Conv2D(null, filters, kh, kw, sh, sw, pad.build(), dh, dw, groups, bias, "relu",
          channelsFirst ? DataFormat.CHANNELS_FIRST : DataFormat.CHANNELS_LAST, trainable);
    }

    public void validate() throws Invalid {
      positive(filters, kh, kw, sh, sw, dh, dw, groups);
      if (filters % groups != 0) throw new Invalid("groups do not divide the filters");
      pad.validate();
    }

    public Facts facts(Dims in) throws Invalid {
      image(in);
      BigInteger cin = channelsOf(in, channelsFirst);
      if (cin == null) throw new Invalid("unknown channels");
      if (!cin.mod(big(groups)).equals(BigInteger.ZERO)) throw new Invalid("groups do not divide the channels");
      BigInteger h = Reference.window(heightOf(in, channelsFirst), kh, sh, dh, pad.mode(), pad.before(), pad.before());
      BigInteger w = Reference.window(widthOf(in, channelsFirst), kw, sw, dw, pad.mode(), pad.before(), pad.before());
      Dims out = image(channelsFirst, h, w, big(filters));
      BigInteger perFilter = big(kh).multiply(big(kw)).multiply(cin.divide(big(groups)));
      BigInteger params = perFilter.multiply(big(filters)).add(bias ? big(filters) : BigInteger.ZERO);
      BigInteger elements = out.elements();
      return new Facts(out, params, trainable ? params : BigInteger.ZERO,
          elements == null ? null : elements.multiply(perFilter));
    }
  }

  record Fc(int units, boolean bias, boolean trainable) implements FuzzLayer {
    public Layer build() { return new Dense(null, units, bias, "relu", trainable); }

    public void validate() throws Invalid { positive(units); }

    public Facts facts(Dims in) throws Invalid {
      if (in.rank() < 1) throw new Invalid("Dense on a scalar");
      BigInteger last = in.at(-1);
      if (last == null) throw new Invalid("unknown last axis");
      List<BigInteger> dims = new ArrayList<>(in.dims());
      dims.set(dims.size() - 1, big(units));
      Dims out = new Dims(dims);
      BigInteger params = last.multiply(big(units)).add(bias ? big(units) : BigInteger.ZERO);
      BigInteger elements = out.elements();
      return new Facts(out, params, trainable ? params : BigInteger.ZERO,
          elements == null ? null : elements.multiply(last));
    }
  }

  record Pool(boolean max, int ph, int pw, int sh, int sw, Pad pad, boolean channelsFirst) implements FuzzLayer {
    public Layer build() {
      DataFormat f = channelsFirst ? DataFormat.CHANNELS_FIRST : DataFormat.CHANNELS_LAST;
      return max ? new MaxPool2D(null, ph, pw, sh, sw, pad.build(), f) : new AvgPool2D(null, ph, pw, sh, sw, pad.build(), f);
    }

    public void validate() throws Invalid {
      positive(ph, pw, sh, sw);
      pad.validate();
    }

    public Facts facts(Dims in) throws Invalid {
      image(in);
      BigInteger h = Reference.window(heightOf(in, channelsFirst), ph, sh, 1, pad.mode(), pad.before(), pad.before());
      BigInteger w = Reference.window(widthOf(in, channelsFirst), pw, sw, 1, pad.mode(), pad.before(), pad.before());
      return noParams(image(channelsFirst, h, w, channelsOf(in, channelsFirst)));
    }
  }

  record GlobalPool(boolean max, boolean keepDims) implements FuzzLayer {
    public Layer build() {
      return max ? new GlobalMaxPool2D(null, keepDims, DataFormat.CHANNELS_LAST)
          : new GlobalAvgPool2D(null, keepDims, DataFormat.CHANNELS_LAST);
    }

    public void validate() {}

    public Facts facts(Dims in) throws Invalid {
      image(in);
      BigInteger c = in.at(2);
      return noParams(keepDims ? image(false, BigInteger.ONE, BigInteger.ONE, c) : new Dims(java.util.Arrays.asList(c)));
    }
  }

  record Adaptive(int oh, int ow) implements FuzzLayer {
    public Layer build() { return AdaptiveAvgPool2D.of(oh, ow); }

    public void validate() throws Invalid { positive(oh, ow); }

    public Facts facts(Dims in) throws Invalid {
      image(in);
      return noParams(image(false, big(oh), big(ow), in.at(2)));
    }
  }

  record Norm(int axis, boolean center, boolean scale, boolean trainable) implements FuzzLayer {
    public Layer build() { return new BatchNorm(null, axis, center, scale, trainable); }

    public void validate() {}

    public Facts facts(Dims in) throws Invalid {
      if (axis >= in.rank() || axis < -in.rank()) throw new Invalid("axis outside the input");
      BigInteger c = in.at(axis);
      if (c == null) throw new Invalid("unknown normalized axis");
      BigInteger learned = c.multiply(big((center ? 1 : 0) + (scale ? 1 : 0)));
      return new Facts(in, learned.add(c.multiply(big(2))), trainable ? learned : BigInteger.ZERO, BigInteger.ZERO);
    }
  }

  record Lrn(int size, double alpha) implements FuzzLayer {
    public Layer build() { return new LocalResponseNorm(null, size, alpha, 0.75, 2.0); }

    public void validate() throws Invalid {
      positive(size);
      if (!(alpha >= 0)) throw new Invalid("alpha " + alpha);
    }

    public Facts facts(Dims in) throws Invalid {
      image(in);
      return noParams(in);
    }
  }

  record Flat() implements FuzzLayer {
    public Layer build() { return Flatten.of(); }

    public void validate() {}

    public Facts facts(Dims in) {
      return noParams(new Dims(java.util.Arrays.asList(in.elements())));
    }
  }

  record ZeroPad(int top, int bottom, int left, int right) implements FuzzLayer {
    public Layer build() { return new ZeroPadding2D(null, top, bottom, left, right, DataFormat.CHANNELS_LAST); }

    public void validate() throws Invalid {
      if (top < 0 || bottom < 0 || left < 0 || right < 0) throw new Invalid("negative padding");
    }

    public Facts facts(Dims in) throws Invalid {
      image(in);
      BigInteger h = in.at(0) == null ? null : in.at(0).add(big(top)).add(big(bottom));
      BigInteger w = in.at(1) == null ? null : in.at(1).add(big(left)).add(big(right));
      return noParams(image(false, h, w, in.at(2)));
    }
  }

  record Drop(double rate) implements FuzzLayer {
    public Layer build() { return Dropout.of(rate); }

    public void validate() throws Invalid {
      if (!(rate >= 0 && rate < 1)) throw new Invalid("rate " + rate);
    }

    public Facts facts(Dims in) { return noParams(in); }
  }

  record Act(String function) implements FuzzLayer {
    public Layer build() { return Activation.of(function); }

    public void validate() throws Invalid {
      if (function == null || function.isBlank()) throw new Invalid("no activation");
    }

    public Facts facts(Dims in) { return noParams(in); }
  }
}
