package dev.paramcount.count;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paramcount.presets.AlexNets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BridgeTest {

  @Test
  void kerasToPaperWalksTheThreeEditsWithExactDeltas() {
    Bridge bridge = Bridge.kerasToPaper();
    List<Long> totals = bridge.steps().stream().map(Bridge.Step::totalParams).toList();
    List<Long> deltas = bridge.steps().stream().map(Bridge.Step::delta).toList();
    assertEquals(List.of(25_678_184L, 25_678_184L, 62_378_344L, 60_965_224L), totals);
    assertEquals(List.of(0L, 0L, 36_700_160L, -1_413_120L), deltas);
    assertEquals(60_965_224L - 25_678_184L, bridge.totalDelta());
  }

  @Test
  void bridgeEndsAtThePapersCountAndPassesThroughKerasFixed() {
    Bridge bridge = Bridge.kerasToPaper();
    assertEquals(Counts.of(AlexNets.paper()).totalParams(), bridge.end().totalParams());
    assertEquals(AlexNets.kerasFixed(), bridge.steps().get(2).counts().network());
  }
}
