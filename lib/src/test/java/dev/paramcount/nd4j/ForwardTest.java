package dev.paramcount.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.presets.AlexNets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The forward pass through the question's model and the paper's, at full size. */
class ForwardTest {
  private static final MemoryBudget BUDGET = MemoryBudget.parse("2GB");

  @Test
  void theSeedsModelOutputsAThirteenByThirteenGridOfThousandScores() {
    try (Nd4jNetwork m = Nd4jModels.materialize(AlexNets.kerasSeed(), 42, BUDGET)) {
      ForwardRun run = m.forward(2);
      assertEquals(List.of(2L, 13L, 13L, 1000L), run.outputShape());
      assertEquals(List.of(2L, 13L, 13L, 1000L), List.of(2L, run.output().size(1), run.output().size(2),
          run.output().size(3)));
      assertTrue(run.shapesAgree(), () -> run.mismatches().toString());
      assertTrue(run.toString().startsWith("forward pass of 'sequential', batch 2: output [2, 13, 13, 1000], 10 layers, "
          + "every shape as inferred, "), run.toString());
      // Softmax over the last axis: each of the 2·169 positions holds its own distribution.
      INDArray sums = run.output().sum(3);
      assertEquals(List.of(2L, 13L, 13L), List.of(sums.size(0), sums.size(1), sums.size(2)));
      assertEquals(1.0, sums.minNumber().doubleValue(), 1e-4);
      assertEquals(1.0, sums.maxNumber().doubleValue(), 1e-4);
      assertTrue(m.workspaceBytes() > 0);
      assertTrue(m.workspaceBytes() <= m.estimate(2).forwardBytes(),
          () -> "workspace " + m.workspaceBytes() + " > estimate " + m.estimate(2).forwardBytes());
    }
  }

  @Test
  void thePapersNetworkOutputsThousandScoresPerImageWithEveryShapeAsInferred() {
    try (Nd4jNetwork m = Nd4jModels.materialize(AlexNets.paper(), 42, BUDGET)) {
      ForwardRun run = m.forward(1);
      assertEquals(List.of(1L, 1000L), run.outputShape());
      assertTrue(run.shapesAgree(), () -> run.mismatches().toString());
      assertEquals(m.network().size(), run.layers().size());
      assertEquals(List.of(1L, 55L, 55L, 96L), run.layers().get(0).observedShape());
      assertEquals(List.of(1L, 6L, 6L, 256L), run.layers().get(m.network().indexOf("pool5")).observedShape());
      assertEquals(1.0, run.output().sumNumber().doubleValue(), 1e-4);
      assertTrue(m.workspaceBytes() <= m.estimate(1).forwardBytes(),
          () -> "workspace " + m.workspaceBytes() + " > estimate " + m.estimate(1).forwardBytes());
      // A second pass reuses the workspace and gives the same scores.
      assertEquals(run.output(), m.forward(1).output());
    }
  }
}
