package dev.paramcount.count;

import dev.paramcount.model.ModelException;
import dev.paramcount.presets.AlexNets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The paper's "650,000 neurons", reconciled. Section 3.5 lists the neurons of its eight
 * weighted layers as 253,440–186,624–64,896–64,896–43,264–4096–4096–1000, which sums to
 * 622,312. Counting the outputs of the same layers of the network gives conv1 55×55×96 =
 * 290,400 instead of 253,440 and the other seven exactly, for a sum of 659,272: that, not
 * 622,312, is what rounds to 650,000. Only the paper's list is a constant here; everything
 * else is counted from the network.
 */
public final class Neurons {

  /** The per-layer neuron counts the paper states, conv1 … fc8. */
  public static final List<Long> PAPER_STATED = List.of(253_440L, 186_624L, 64_896L, 64_896L, 43_264L,
      4_096L, 4_096L, 1_000L);

  /** The abstract's round figure. */
  public static final long PAPER_CLAIM = 650_000L;

  /** One weighted layer: the neurons the paper states and the output elements counted. */
  public record Entry(LayerFacts layer, long stated, long counted) {
    public boolean matches() {
      return stated == counted;
    }

    public long difference() {
      return counted - stated;
    }
  }

  private final Counts counts;
  private final List<Entry> entries;

  private Neurons(Counts counts, List<Entry> entries) {
    this.counts = counts;
    this.entries = Collections.unmodifiableList(entries);
  }

  /** The reconciliation for the {@code paper} preset. */
  public static Neurons ofPaper() {
    return of(Counts.of(AlexNets.paper()));
  }

  /**
   * The paper's list against the weighted layers (layers with parameters) of {@code counts}, in
   * order; the network must have eight of them, as AlexNet does.
   */
  public static Neurons of(Counts counts) {
    List<LayerFacts> weighted = new ArrayList<>(PAPER_STATED.size());
    for (LayerFacts f : counts.layers()) if (f.params() > 0) weighted.add(f);
    if (weighted.size() != PAPER_STATED.size()) {
      throw ModelException.network("network '" + counts.network().name() + "' has " + weighted.size()
          + " layers with parameters; the paper's neuron list has " + PAPER_STATED.size() + " (conv1-5, fc6-8)");
    }
    List<Entry> entries = new ArrayList<>(weighted.size());
    for (int i = 0; i < weighted.size(); i++) {
      LayerFacts f = weighted.get(i);
      long counted = f.neurons().orElseThrow(() -> ModelException.layer(f.name(),
          "its output shape " + f.outputShape() + " is not fully known, so its neurons cannot be counted"));
      entries.add(new Entry(f, PAPER_STATED.get(i), counted));
    }
    return new Neurons(counts, entries);
  }

  public Counts counts() { return counts; }

  public List<Entry> entries() { return entries; }

  /** The paper's list, summed: 622,312. */
  public long statedTotal() {
    long sum = 0;
    for (Entry e : entries) sum += e.stated();
    return sum;
  }

  /** The counted outputs of the same layers, summed: 659,272 for the paper's network at 227. */
  public long countedTotal() {
    long sum = 0;
    for (Entry e : entries) sum += e.counted();
    return sum;
  }

  /** The entries where the paper's figure and the count disagree (conv1 only, for the paper's network). */
  public List<Entry> mismatches() {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) if (!e.matches()) out.add(e);
    return out;
  }
}
