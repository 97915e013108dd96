package dev.paramcount.nd4j;

import dev.paramcount.model.Shape;
import java.util.ArrayList;
import java.util.List;

/** Shapes as lists of longs, batch first, as the forward-pass records and JSON carry them. */
final class Shapes {
  private Shapes() {}

  static List<Long> of(long[] dims) {
    List<Long> list = new ArrayList<>(dims.length);
    for (long d : dims) list.add(d);
    return List.copyOf(list);
  }

  static List<Long> batched(long batch, Shape perSample) {
    List<Long> list = new ArrayList<>(perSample.rank() + 1);
    list.add(batch);
    for (long d : perSample.dims()) list.add(d);
    return List.copyOf(list);
  }
}
