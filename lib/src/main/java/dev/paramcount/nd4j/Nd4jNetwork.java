package dev.paramcount.nd4j;

import dev.paramcount.count.Counts;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A network built as real ND4J arrays: every weight and bias, with seeded values, in the shapes
 * the core reports — grouped convolutions as one kernel and bias per tower. The lengths of
 * {@link #arrays()} add up to {@link #totalLength()}, which equals the core's count.
 *
 * <p>{@link #forward(int)} runs a seeded random batch through it and records each layer's
 * observed shape next to the inferred one. Intermediate arrays live in one ND4J workspace per
 * network, reused from pass to pass. {@link #close()} frees the arrays (and that workspace, on
 * the calling thread); until then the network holds its weights' worth of native memory.
 */
public final class Nd4jNetwork implements AutoCloseable {
  private static final WorkspaceConfiguration WORKSPACE = WorkspaceConfiguration.builder()
      .initialSize(0)
      .policyLearning(LearningPolicy.FIRST_LOOP)
      .policyAllocation(AllocationPolicy.STRICT)
      .policySpill(SpillPolicy.REALLOCATE)
      .policyReset(ResetPolicy.BLOCK_LEFT)
      .build();

  private final Counts counts;
  private final List<Nd4jLayer> layers;
  private final List<ParamArray> arrays;
  private final long seed;
  private final MemoryBudget budget;
  private final String workspaceId = "paramcount-forward-" + UUID.randomUUID();
  private boolean closed;

  Nd4jNetwork(Counts counts, List<Nd4jLayer> layers, List<ParamArray> arrays, long seed, MemoryBudget budget) {
    this.counts = counts;
    this.layers = List.copyOf(layers);
    this.arrays = List.copyOf(arrays);
    this.seed = seed;
    this.budget = budget;
  }

  public Network network() { return counts.network(); }

  /** The core's counts for this network: what the arrays must add up to. */
  public Counts counts() { return counts; }

  public long seed() { return seed; }

  public MemoryBudget budget() { return budget; }

  /** Every parameter array, layer by layer, in Keras's weight order. */
  public List<ParamArray> arrays() {
    return arrays;
  }

  /** The arrays of one layer ({@code conv2} has four: two towers, each a kernel and a bias). */
  public List<ParamArray> arrays(String layerName) {
    network().indexOf(layerName); // a one-line error for a name the network does not have
    return arrays.stream().filter(a -> a.layer().equals(layerName)).collect(Collectors.toList());
  }

  /** The sum of every array's length, counted from the arrays themselves. */
  public long totalLength() {
    long total = 0;
    for (ParamArray a : arrays) total += a.length();
    return total;
  }

  /** The core's analytic count, {@link Counts#totalParams()}. */
  public long analyticParams() {
    return counts.totalParams();
  }

  /** Whether the arrays add up to the analytic count. */
  public boolean countsAgree() {
    return totalLength() == analyticParams();
  }

  /** The memory a forward pass at {@code batch} needs on top of nothing (weights included). */
  public MemoryEstimate estimate(int batch) {
    return MemoryEstimate.withForward(counts, layers, batch);
  }

  /**
   * Bytes of the workspace that holds the forward pass's intermediate arrays on the calling thread
   * (0 before the first pass): what a pass really took, next to {@link #estimate(int)}.
   */
  public long workspaceBytes() {
    if (!Nd4j.getWorkspaceManager().checkIfWorkspaceExists(workspaceId)) return 0;
    MemoryWorkspace ws = Nd4j.getWorkspaceManager().getWorkspaceForCurrentThread(workspaceId);
    return Math.max(ws.getCurrentSize(), ws.getMaxCycleAllocations());
  }

  /** The seeded random input of {@code batch} samples, values in [0, 1), as Keras lays it out. */
  public INDArray input(int batch) {
    if (batch < 1) throw ModelException.field(null, "batch", batch, "must be at least 1");
    try (SeededArrays init = new SeededArrays(seed)) {
      return init.uniform("input", Batches.shape(batch, network().input()), 0.0, 1.0);
    }
  }

  /** One forward pass of a single seeded random sample. */
  public ForwardRun forward() {
    return forward(1);
  }

  /** One forward pass of {@code batch} seeded random samples. */
  public ForwardRun forward(int batch) {
    budget.require(estimate(batch));
    return run(input(batch));
  }

  /** One forward pass of {@code input}, shaped {@code [batch, ...network input]}; the input is not modified. */
  public ForwardRun forward(INDArray input) {
    List<Long> expected = Shapes.batched(input.size(0), network().input());
    if (!Shapes.of(input.shape()).equals(expected)) {
      throw ModelException.field("input", "shape", Shapes.of(input.shape()),
          "expected " + expected + " (batch first, then " + network().input() + ")");
    }
    budget.require(estimate((int) input.size(0)));
    return run(input);
  }

  private ForwardRun run(INDArray input) {
    requireOpen();
    long batch = input.size(0);
    List<LayerRun> runs = new ArrayList<>(layers.size());
    long start = System.nanoTime();
    INDArray output;
    try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(WORKSPACE, workspaceId)) {
      // oneDNN's kernels may read a strided view as if it were packed: give them a packed batch.
      INDArray x = input.isView() || input.ordering() != 'c' ? input.dup('c') : input;
      for (Nd4jLayer layer : layers) {
        long t0 = System.nanoTime();
        x = runLayer(layer, x);
        runs.add(new LayerRun(layer.facts().name(), layer.facts().kerasType(),
            Shapes.batched(batch, layer.facts().outputShape()), Shapes.of(x.shape()), System.nanoTime() - t0));
      }
      output = x == input ? x : x.detach();
    } catch (OutOfMemoryError e) {
      throw Nd4jModels.outOfMemory("running '" + network().name() + "'", budget, e);
    }
    return new ForwardRun(network().name(), (int) batch, runs, output, System.nanoTime() - start);
  }

  private static INDArray runLayer(Nd4jLayer layer, INDArray x) {
    try {
      return layer.forward(x);
    } catch (ModelException | OutOfMemoryError e) {
      throw e;
    } catch (RuntimeException e) {
      // The core accepted these shapes, so ND4J refusing them is our fault, not the user's.
      throw new IllegalStateException("ND4J failed in layer '" + layer.facts().name() + "' ("
          + layer.facts().kerasType() + ") on input " + Shapes.of(x.shape()) + ": " + e.getMessage(), e);
    }
  }

  private void requireOpen() {
    if (closed) throw new IllegalStateException("network '" + network().name() + "' was closed; materialize it again");
  }

  /** Frees every parameter array and this network's workspace on the calling thread. */
  @Override
  public void close() {
    if (closed) return;
    closed = true;
    for (ParamArray a : arrays) {
      if (a.array().closeable()) a.array().close();
    }
    if (Nd4j.getWorkspaceManager().checkIfWorkspaceExists(workspaceId)) {
      Nd4j.getWorkspaceManager().destroyWorkspace(Nd4j.getWorkspaceManager().getWorkspaceForCurrentThread(workspaceId));
    }
  }

  @Override
  public String toString() {
    return String.format("%s in ND4J: %,d values in %d arrays (analytic count %,d)%s", network().name(),
        totalLength(), arrays.size(), analyticParams(), closed ? ", closed" : "");
  }
}
