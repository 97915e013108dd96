package dev.paramcount.nd4j;

import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.Counting;
import dev.paramcount.model.ModelException;
import java.util.List;

/**
 * The bytes materializing a network (and optionally running it) will take, worked out from the
 * core's counts before anything is allocated.
 *
 * <p>The forward pass keeps every layer's output (and the copies a layer makes: a padded input,
 * the towers of a grouped convolution) in one ND4J workspace that is reused from pass to pass,
 * so its size is the sum over layers, not the largest one; on top comes the largest transient
 * scratch buffer of a convolution (its im2col columns). Everything scales with the batch.
 *
 * @param network      the network's name
 * @param weightBytes  float32 bytes of every parameter: the core's {@link Counts#paramBytes()}
 * @param batch        the batch of the forward pass, or 0 for materializing only
 * @param forwardBytes float32 bytes the forward pass needs at that batch
 */
public record MemoryEstimate(String network, long weightBytes, int batch, long forwardBytes) {

  /** Weights plus the forward pass. */
  public long totalBytes() {
    return Counting.add(weightBytes, forwardBytes, "the memory for " + network);
  }

  /** E.g. "materializing 'big' needs 1.2 TB of float32 weights". */
  public String describe() {
    if (batch == 0) {
      return "materializing '" + network + "' needs " + MemorySize.format(weightBytes) + " of float32 weights";
    }
    return "materializing '" + network + "' and running it at batch " + batch + " needs "
        + MemorySize.format(totalBytes()) + " (" + MemorySize.format(weightBytes) + " of float32 weights + "
        + MemorySize.format(forwardBytes) + " for the forward pass)";
  }

  static MemoryEstimate weightsOnly(Counts counts) {
    return new MemoryEstimate(counts.network().name(), counts.paramBytes(), 0, 0);
  }

  static MemoryEstimate withForward(Counts counts, List<Nd4jLayer> plan, int batch) {
    if (batch < 1) throw ModelException.field(null, "batch", batch, "must be at least 1");
    Batches.requireKnownInput(counts.network().input());
    String what = "the forward-pass memory of " + counts.network().name();
    long kept = Batches.elements(counts.network().input());
    long scratch = 0;
    for (Nd4jLayer layer : plan) {
      kept = Counting.add(kept, layer.keptElementsPerSample(), what);
      scratch = Math.max(scratch, layer.scratchElementsPerSample());
    }
    long perSample = Counting.add(kept, scratch, what);
    long bytes = Counting.product(what, perSample, batch, LayerFacts.FLOAT32_BYTES);
    return new MemoryEstimate(counts.network().name(), counts.paramBytes(), batch, bytes);
  }
}
