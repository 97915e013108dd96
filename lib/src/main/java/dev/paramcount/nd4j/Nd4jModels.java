package dev.paramcount.nd4j;

import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The front door to ND4J: build a network as real arrays and run it.
 *
 * <pre>{@code
 * var m = Nd4jModels.materialize(AlexNets.paper(), 42);
 * m.totalLength();          // 60,965,224 — the same as Counts.of(AlexNets.paper()).totalParams()
 * m.arrays("conv2");        // group0/kernel 5×5×48×128, group0/bias, group1/kernel, group1/bias
 * var run = m.forward(1);
 * run.outputShape();        // [1, 1000]; for AlexNets.kerasSeed() it is [1, 13, 13, 1000]
 * }</pre>
 *
 * Every entry point checks the memory it will need against a {@link MemoryBudget} before it
 * allocates anything, and turns an allocation failure into a one-line {@link ModelException}.
 * The first call pays ND4J's start-up (loading its native library, a few seconds).
 */
public final class Nd4jModels {
  /** The seed the CLI uses unless told otherwise. */
  public static final long DEFAULT_SEED = 42;

  private Nd4jModels() {}

  /** Builds {@code network} as seeded ND4J arrays, within the {@linkplain MemoryBudget#defaultBudget() default budget}. */
  public static Nd4jNetwork materialize(Network network, long seed) {
    return materialize(network, seed, MemoryBudget.defaultBudget());
  }

  /** Builds {@code network} as seeded ND4J arrays, refusing up front if its weights exceed {@code budget}. */
  public static Nd4jNetwork materialize(Network network, long seed, MemoryBudget budget) {
    Counts counts = Counts.of(network);
    List<Nd4jLayer> plan = plan(counts);
    budget.require(MemoryEstimate.weightsOnly(counts));
    return allocate(counts, plan, seed, budget);
  }

  /** The memory that materializing {@code network} and running a batch through it would need; allocates nothing. */
  public static MemoryEstimate estimate(Network network, int batch) {
    Counts counts = Counts.of(network);
    return MemoryEstimate.withForward(counts, plan(counts), batch);
  }

  /** {@link #verify(Network, long, int, MemoryBudget)} with seed 42, one sample and the default budget. */
  public static Verification verify(Network network) {
    return verify(network, DEFAULT_SEED, 1, MemoryBudget.defaultBudget());
  }

  /**
   * Materializes {@code network}, runs one seeded batch through it, and frees it again: the
   * counted lengths against the analytic count, the observed shapes against the inferred ones.
   * The whole run's memory (weights and forward pass) is checked against {@code budget} first.
   */
  public static Verification verify(Network network, long seed, int batch, MemoryBudget budget) {
    Counts counts = Counts.of(network);
    List<Nd4jLayer> plan = plan(counts);
    budget.require(MemoryEstimate.withForward(counts, plan, batch));
    try (Nd4jNetwork m = allocate(counts, plan, seed, budget)) {
      ForwardRun run = m.forward(batch);
      return new Verification(network.name(), m.analyticParams(), m.totalLength(), m.arrays().size(), batch,
          run.outputShape(), run.layers());
    }
  }

  private static List<Nd4jLayer> plan(Counts counts) {
    List<Nd4jLayer> plan = new ArrayList<>(counts.layers().size());
    for (LayerFacts f : counts.layers()) plan.add(Nd4jLayers.of(f));
    return plan;
  }

  private static Nd4jNetwork allocate(Counts counts, List<Nd4jLayer> plan, long seed, MemoryBudget budget) {
    List<ParamArray> arrays = new ArrayList<>();
    // Weights must outlive any workspace a caller has open, so they are made outside all of them.
    try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces();
         SeededArrays init = new SeededArrays(seed)) {
      for (Nd4jLayer layer : plan) arrays.addAll(layer.allocate(init));
    } catch (OutOfMemoryError e) {
      for (ParamArray a : arrays) if (a.array().closeable()) a.array().close();
      throw outOfMemory("materializing '" + counts.network().name() + "'", budget, e);
    }
    return new Nd4jNetwork(counts, plan, arrays, seed, budget);
  }

  /** ND4J's (or JavaCPP's) allocation failure as the library's one-line error. */
  static ModelException outOfMemory(String what, MemoryBudget budget, OutOfMemoryError e) {
    String reason = e.getMessage() == null ? "out of memory" : e.getMessage().lines().findFirst().orElse("");
    return ModelException.network(what + " ran out of memory although the estimate fit the budget of "
        + MemorySize.format(budget.bytes()) + ": " + reason + " (lower --memory-budget or free memory)");
  }
}
