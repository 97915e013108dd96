package dev.paramcount.report;

import dev.paramcount.count.Counts;
import dev.paramcount.model.Network;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every preset and stress network in every format, against {@code golden/<network>.<format>.txt}.
 * After an intended change run {@code mvn test -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {

  static List<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Network n : SampleNetworks.all()) {
      for (SummaryFormat f : SummaryFormat.values()) cases.add(Arguments.of(n, f));
    }
    return cases;
  }

  @ParameterizedTest(name = "{index}: {1}")
  @MethodSource("cases")
  void rendersAsTheGoldenFileSays(Network network, SummaryFormat format) {
    Golden.assertMatches(fileName(network, format), format.render(Counts.of(network)));
  }

  static String fileName(Network network, SummaryFormat format) {
    String suffix = format == SummaryFormat.JSON ? ".json" : format == SummaryFormat.CSV ? ".csv"
        : "." + format.id() + ".txt";
    return SampleNetworks.id(network) + suffix;
  }
}
