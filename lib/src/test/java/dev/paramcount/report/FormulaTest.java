package dev.paramcount.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.Network;
import dev.paramcount.presets.AlexNets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormulaTest {

  @Test
  void writesThePapersConv2AsItsGroupedKernelPlusBias() {
    LayerFacts conv2 = Counts.of(AlexNets.paper()).layer("conv2");
    assertEquals("5·5·48·256 + 256 = 307,456", Formula.of(conv2));
  }

  @Test
  void writesFc6AfterFlattenFromItsNineThousandInputs() {
    assertEquals("9216·4096 + 4096 = 37,752,832", Formula.of(Counts.of(AlexNets.paper()).layer("fc6")));
  }

  @Test
  void leavesLayersWithoutWeightsEmpty() {
    assertEquals("", Formula.of(Counts.of(AlexNets.paper()).layer("pool5")));
  }

  static List<Network> networks() {
    List<Network> all = new ArrayList<>(SampleNetworks.all());
    all.addAll(RandomNetworks.some(30, 11));
    return all;
  }

  /** Evaluates each printed formula and checks it gives the layer's count and its stated result. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void everyFormulaEvaluatesToTheLayersParams(Network network) {
    for (LayerFacts f : Counts.of(network).layers()) {
      String formula = Formula.of(f);
      if (f.weights().isEmpty()) {
        assertEquals("", formula);
        continue;
      }
      String[] sides = formula.split(" = ");
      long sum = 0;
      for (String term : sides[0].split(" \\+ ")) {
        long product = 1;
        for (String factor : term.split("·")) product = Math.multiplyExact(product, Long.parseLong(factor));
        sum += product;
      }
      assertEquals(f.params(), sum, formula);
      if (sides.length > 1) assertEquals(f.params(), Long.parseLong(sides[1].replace(",", "")), formula);
      else assertTrue(f.weights().size() == 1, formula);
    }
  }
}
