package dev.paramcount.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paramcount.count.Counts;
import dev.paramcount.model.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our classic summaries against TensorFlow.js's own summary code, which lays rows out with the
 * same algorithm as tf.keras 2.x. {@code golden/tfjs/input.jsonl} holds our per-layer facts
 * (rewritten with {@code -Dgolden.update=true}); {@code golden/tfjs/classic-rows.txt} is what
 * {@code node src/test/tfjs/classic_rows.cjs < input.jsonl} printed for them (see
 * src/test/tfjs). tfjs prints no {@code Model:} line, spells the header "Output shape" and
 * leaves the totals without thousands separators; everything else must match to the character.
 */
class ClassicCrossCheckTest {

  @Test
  void theFactsFedToTensorFlowJsAreTheCurrentOnes() {
    StringBuilder jsonl = new StringBuilder();
    for (Network n : SampleNetworks.all()) jsonl.append(JsonSummary.render(Counts.of(n)));
    Golden.assertMatches("tfjs/input.jsonl", jsonl.toString());
  }

  @Test
  void everyRowRuleAndTotalMatchesWhatTensorFlowJsPrints() {
    List<String> tfjs = Arrays.asList(Golden.read("tfjs/classic-rows.txt").split("\n", -1));
    List<String> ours = new ArrayList<>();
    for (Network n : SampleNetworks.all()) {
      List<String> lines = new ArrayList<>(Arrays.asList(ClassicSummary.render(Counts.of(n)).split("\n")));
      assertEquals("Model: \"" + n.name() + "\"", lines.remove(0));
      lines.set(1, lines.get(1).replace("Output Shape", "Output shape"));
      for (String l : lines) ours.add(l.contains("params: ") ? l.replace(",", "") : l);
    }
    ours.add("");
    assertEquals(String.join("\n", tfjs), String.join("\n", ours));
  }
}
