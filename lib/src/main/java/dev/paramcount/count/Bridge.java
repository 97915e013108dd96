package dev.paramcount.count;

import dev.paramcount.model.Flatten;
import dev.paramcount.model.MaxPool2D;
import dev.paramcount.model.Network;
import dev.paramcount.presets.AlexNets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A walk from one network to another in edits, each step a real network counted in full, so
 * every delta is a difference of two exact totals rather than a claim. {@link #kerasToPaper()}
 * is the answer to the question: 25,678,184 → +0 → +36,700,160 → −1,413,120 → 60,965,224.
 */
public final class Bridge {

  /** Which edit a step makes; renderers attach their explanation to it. */
  public enum Change {
    /** The starting network. */
    START,
    /** The max-pool that the question's model leaves out after conv5. */
    ADD_POOL,
    /** The Flatten between the last pool and fc6. */
    ADD_FLATTEN,
    /** conv2, conv4 and conv5 split in two groups, as on the paper's two GPUs. */
    SPLIT_GROUPS,
    /** Any other edit (used by comparisons of arbitrary networks). */
    OTHER
  }

  /** One step: the edit, a short label naming it, and the counted network after it. */
  public record Step(Change change, String label, Counts counts, long delta) {
    public long totalParams() {
      return counts.totalParams();
    }
  }

  private final List<Step> steps;

  private Bridge(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  /** Starts a bridge at {@code start}; add steps with {@link Builder#then}. */
  public static Builder from(Network start, String label) {
    return new Builder(start, label);
  }

  /**
   * The question's Keras model to the paper's count: add the missing pool (+0), add Flatten
   * (+36,700,160), split conv2/4/5 into two groups (−1,413,120).
   */
  public static Bridge kerasToPaper() {
    return from(AlexNets.kerasSeed(), "the question's Keras model")
        .then(Change.ADD_POOL, "add MaxPooling2D(3, 2) after conv2d_4 (conv5)",
            n -> n.insertAfter("conv2d_4", MaxPool2D.of(3, 2)))
        .then(Change.ADD_FLATTEN, "add Flatten before dense (fc6)",
            n -> n.insertBefore("dense", Flatten.of()))
        .then(Change.SPLIT_GROUPS, "split conv2d_1, conv2d_3, conv2d_4 (conv2, conv4, conv5) into 2 groups",
            n -> n.withGroups("conv2d_1", 2).withGroups("conv2d_3", 2).withGroups("conv2d_4", 2))
        .build();
  }

  /** The steps, the first being the start with a delta of 0. */
  public List<Step> steps() {
    return steps;
  }

  public Step start() {
    return steps.get(0);
  }

  public Step end() {
    return steps.get(steps.size() - 1);
  }

  /** End total minus start total. */
  public long totalDelta() {
    return end().totalParams() - start().totalParams();
  }

  /** Adds steps one edit at a time, counting each resulting network. */
  public static final class Builder {
    private final List<Step> steps = new ArrayList<>();
    private Network current;

    private Builder(Network start, String label) {
      current = start;
      steps.add(new Step(Change.START, label, Counts.of(start), 0));
    }

    public Builder then(Change change, String label, UnaryOperator<Network> edit) {
      long before = steps.get(steps.size() - 1).totalParams();
      current = edit.apply(current);
      Counts counts = Counts.of(current);
      steps.add(new Step(change, label, counts, counts.totalParams() - before));
      return this;
    }

    public Bridge build() {
      return new Bridge(steps);
    }
  }
}
