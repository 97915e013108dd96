package dev.paramcount.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paramcount.chart.Charts;
import dev.paramcount.chart.Scale;
import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.fuzz.Reference.Dims;
import dev.paramcount.fuzz.Reference.Invalid;
import dev.paramcount.fuzz.Reference.Totals;
import dev.paramcount.model.Layer;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import dev.paramcount.report.SummaryFormat;
import dev.paramcount.table.Tables;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Thousands of random networks from a fixed seed, valid and not: random kinds, sizes from 0 and
 * negative to 2^31 − 1, strides, paddings, groups, dilations, input sizes with unknown dimensions
 * and dimensions far past 2^31. Each must either count exactly as {@link Reference} says (and
 * render through every summary format, the per-layer table and, for some, a chart) or fail with
 * {@link ModelException} where the reference says it cannot be built or counted: never another
 * exception, never a wrapped number, never a hang.
 */
class CountingFuzzTest {
  static final long SEED = 20_260_427L;
  static final int CASES = 4000;
  static final Duration PER_CASE = Duration.ofSeconds(20);
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyRandomNetworkCountsLikeTheReferenceOrFailsWithTheLibrarysException() {
    Random random = new Random(SEED);
    int counted = 0;
    int refused = 0;
    for (int i = 0; i < CASES; i++) {
      Case c = Case.draw(random, i);
      boolean ok = assertTimeoutPreemptively(PER_CASE, () -> check(c), () -> "hung: " + c);
      if (ok) counted++; else refused++;
    }
    // The draw must exercise both sides, or the test proves little.
    assertTrue(counted > CASES / 5, "only " + counted + " networks counted");
    assertTrue(refused > CASES / 5, "only " + refused + " networks refused");
  }

  /** Checks one case; true if it counted, false if it was (rightly) refused. */
  static boolean check(Case c) {
    Totals expected;
    try {
      expected = Reference.count(Dims.of(c.input()), c.layers());
    } catch (Invalid invalid) {
      expected = null;
    }
    Counts counts;
    try {
      List<Layer> layers = new ArrayList<>();
      for (FuzzLayer l : c.layers()) layers.add(l.build());
      counts = Counts.of(new Network(c.name(), Shape.of(c.input()), layers));
    } catch (ModelException e) {
      assertOneLine(e, c);
      if (expected != null) throw new AssertionError("refused a network the reference counts: " + e.getMessage() + "\n" + c);
      return false;
    } catch (RuntimeException | Error other) {
      throw new AssertionError("not the library's exception: " + other + "\n" + c, other);
    }
    if (expected == null) throw new AssertionError("counted a network the reference refuses\n" + c);
    agree(expected, counts, c);
    render(counts, c);
    return true;
  }

  static void agree(Totals expected, Counts counts, Case c) {
    String where = c.toString();
    assertEquals(expected.layers().size(), counts.layers().size(), where);
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < counts.layers().size(); i++) {
      LayerFacts f = counts.layers().get(i);
      Reference.Facts r = expected.layers().get(i);
      assertEquals(Dims.of(f.outputShape().dims()), r.output(), () -> "output of layer " + f.name() + " in " + where);
      assertEquals(r.params(), BigInteger.valueOf(f.params()), () -> "params of " + f.name() + " in " + where);
      assertEquals(r.trainable(), BigInteger.valueOf(f.trainableParams()), () -> "trainable of " + f.name() + " in " + where);
      assertEquals(r.macs(), f.macs().isPresent() ? BigInteger.valueOf(f.macs().getAsLong()) : null,
          () -> "MACs of " + f.name() + " in " + where);
      assertTrue(f.macs().isEmpty() || f.macs().getAsLong() >= 0, where);
      sum = sum.add(BigInteger.valueOf(f.params()));
    }
    assertEquals(sum, BigInteger.valueOf(counts.totalParams()), "total = sum of layers: " + where);
    assertEquals(expected.params(), BigInteger.valueOf(counts.totalParams()), where);
    assertEquals(counts.totalParams(), counts.trainableParams() + counts.nonTrainableParams(), where);
    assertEquals(expected.trainable(), BigInteger.valueOf(counts.trainableParams()), where);
    assertEquals(expected.macs(), counts.totalMacs().isPresent() ? BigInteger.valueOf(counts.totalMacs().getAsLong()) : null, where);
    assertEquals(expected.neurons(), counts.totalNeurons().isPresent() ? BigInteger.valueOf(counts.totalNeurons().getAsLong()) : null, where);
  }

  /** Every summary format and the per-layer table; a chart for every 25th network. */
  static void render(Counts counts, Case c) {
    boolean bytesFit = BigInteger.valueOf(counts.totalParams()).multiply(BigInteger.valueOf(4)).compareTo(Reference.LONG_MAX) <= 0;
    for (SummaryFormat format : SummaryFormat.values()) {
      try {
        String text = format.render(counts);
        assertFalse(text.isEmpty(), c.toString());
        if (format == SummaryFormat.CLASSIC) {
          assertTrue(text.contains(String.format(Locale.ROOT, "Total params: %,d", counts.totalParams())), c::toString);
        }
        if (format == SummaryFormat.JSON) json(text, counts, c);
      } catch (ModelException e) {
        // Only the float32 byte count of the text summary may be past 2^63 - 1.
        if (format != SummaryFormat.TEXT || bytesFit) throw new AssertionError(format + " refused: " + e.getMessage() + "\n" + c);
        assertOneLine(e, c);
      }
    }
    try {
      Table table = Tables.perLayer(counts);
      for (int i = 0; i < counts.layers().size(); i++) {
        long params = counts.layers().get(i).params();
        Long bytes = table.longColumn(Tables.BYTES).get(i); // Tablesaw reads Long.MIN_VALUE as missing
        assertEquals(BigInteger.valueOf(params).multiply(BigInteger.valueOf(4)),
            bytes == null ? null : BigInteger.valueOf(bytes), "float32 bytes of layer " + i + " in " + c);
      }
      table.printAll();
    } catch (ModelException e) {
      assertOneLine(e, c);
      boolean someLayerTooBig = counts.layers().stream()
          .anyMatch(f -> BigInteger.valueOf(f.params()).multiply(BigInteger.valueOf(4)).compareTo(Reference.LONG_MAX) > 0);
      assertTrue(someLayerTooBig, () -> "the table refused: " + e.getMessage() + "\n" + c);
    }
    if (c.index() % 25 == 0 && !counts.layers().isEmpty()) {
      for (Scale scale : Scale.values()) {
        try {
          Charts.png(Charts.paramsPerLayer(counts.network(), scale));
        } catch (ModelException e) {
          assertOneLine(e, c);
        }
      }
    }
  }

  static void json(String text, Counts counts, Case c) {
    try {
      JsonNode doc = JSON.readTree(text);
      assertEquals(counts.totalParams(), doc.get("totalParams").asLong(), c::toString);
      assertEquals(doc.get("totalParams").asLong(),
          doc.get("trainableParams").asLong() + doc.get("nonTrainableParams").asLong(), c::toString);
      long sum = 0;
      for (JsonNode layer : doc.get("layers")) sum += layer.get("params").asLong();
      assertEquals(counts.totalParams(), sum, c::toString);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("JSON summary does not parse: " + e.getMessage() + "\n" + c);
    }
  }

  static void assertOneLine(ModelException e, Case c) {
    String message = e.getMessage();
    assertTrue(message != null && !message.isBlank() && !message.contains("\n"), () -> "message: " + message + "\n" + c);
  }

  /** One drawn network: its name, input and layers, printable so a failure can be replayed. */
  record Case(int index, String name, long[] input, List<FuzzLayer> layers) {
    static Case draw(Random r, int index) {
      int rank = r.nextInt(10) == 0 ? 1 + r.nextInt(4) : 3;
      long[] input = new long[rank];
      for (int i = 0; i < rank; i++) input[i] = dim(r, i == rank - 1);
      int n = r.nextInt(7);
      List<FuzzLayer> layers = new ArrayList<>();
      for (int i = 0; i < n; i++) layers.add(layer(r));
      return new Case(index, "fuzz_" + index, input, layers);
    }

    static long dim(Random r, boolean channels) {
      switch (r.nextInt(15)) {
        case 0: return -1; // unknown, Keras's None
        case 5: return Long.MAX_VALUE - r.nextInt(3);
        case 1: return 1L << 31;
        case 2: return Integer.MAX_VALUE;
        case 3: return 1L << (31 + r.nextInt(32));
        case 4: return r.nextInt(3) - 1 == 0 ? 0 : -2; // invalid
        default: return channels ? 1 + r.nextInt(64) : 1 + r.nextInt(300);
      }
    }

    static int size(Random r) {
      switch (r.nextInt(16)) {
        case 0: return 0;
        case 1: return -1 - r.nextInt(5);
        case 2: return Integer.MAX_VALUE;
        case 3: return 1 << (16 + r.nextInt(15));
        default: return 1 + r.nextInt(12);
      }
    }

    static int small(Random r) {
      int v = size(r);
      return r.nextInt(3) == 0 ? v : Math.max(1, Math.min(v, 5));
    }

    static FuzzLayer.Pad pad(Random r) {
      switch (r.nextInt(4)) {
        case 0: return new FuzzLayer.Pad("same", 0);
        case 1: return new FuzzLayer.Pad("explicit", r.nextInt(3) == 0 ? size(r) : r.nextInt(4));
        default: return new FuzzLayer.Pad("valid", 0);
      }
    }

    static FuzzLayer layer(Random r) {
      switch (r.nextInt(12)) {
        case 0: case 1: case 2:
          return new FuzzLayer.Conv(size(r), small(r), small(r), small(r), small(r), pad(r), small(r), small(r),
              r.nextInt(4) == 0 ? size(r) : 1 + r.nextInt(2), r.nextBoolean(), r.nextInt(6) == 0, r.nextInt(5) != 0);
        case 3: case 4:
          return new FuzzLayer.Fc(size(r), r.nextBoolean(), r.nextInt(5) != 0);
        case 5:
          return new FuzzLayer.Pool(r.nextBoolean(), small(r), small(r), small(r), small(r), pad(r), r.nextInt(6) == 0);
        case 6:
          return new FuzzLayer.GlobalPool(r.nextBoolean(), r.nextBoolean());
        case 7:
          return r.nextBoolean() ? new FuzzLayer.Adaptive(small(r), small(r))
              : new FuzzLayer.Norm(r.nextInt(9) - 4, r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
        case 8:
          return new FuzzLayer.Flat();
        case 9:
          return new FuzzLayer.ZeroPad(small(r), small(r), r.nextInt(3) == 0 ? size(r) : 1, 1);
        case 10:
          return new FuzzLayer.Lrn(small(r), r.nextInt(10) == 0 ? Double.NaN : 1e-4);
        default:
          double[] rates = {0, 0.5, 0.99, 1, -0.1, Double.NaN};
          return r.nextBoolean() ? new FuzzLayer.Drop(rates[r.nextInt(rates.length)])
              : new FuzzLayer.Act(r.nextInt(8) == 0 ? " " : "relu");
      }
    }

    @Override
    public String toString() {
      return "case " + index + ": input " + Arrays.toString(input) + ", layers " + layers;
    }
  }
}
