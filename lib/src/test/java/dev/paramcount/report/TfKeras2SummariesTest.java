package dev.paramcount.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paramcount.model.Shape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classic layout against real tf.keras 2.x: every {@code fixtures/tfkeras2/*.summary.txt}
 * was printed by {@code model.summary()} of the tf.keras 2.6 engine (see
 * tools/fixtures/make_keras_fixtures.py). Laying out the layer facts Keras recorded next to it
 * ({@code *.expected.json}) must give that text character for character.
 */
class TfKeras2SummariesTest {
  private static final Path DIR = Path.of("src", "test", "resources", "fixtures", "tfkeras2");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> ids = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".summary.txt")).map(n -> n.substring(0, n.length() - ".summary.txt".length()))
          .sorted().toList();
      return ids.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void layingOutKerasOwnFactsGivesKerasOwnSummary(String id) throws IOException {
    JsonNode expected = JSON.readTree(DIR.resolve(id + ".expected.json").toFile());
    List<String[]> rows = new ArrayList<>();
    for (JsonNode layer : expected.get("layers")) {
      List<Long> dims = new ArrayList<>();
      JsonNode shape = layer.get("outputShape");
      for (int i = 1; i < shape.size(); i++) dims.add(shape.get(i).isNull() ? null : shape.get(i).asLong());
      rows.add(new String[] {layer.get("name").asText() + " (" + layer.get("type").asText() + ")",
          Numbers.pythonTuple(Shape.ofNullable(dims)), layer.get("params").asText()});
    }
    String ours = ClassicSummary.layout(expected.get("model").asText(), rows,
        expected.get("trainableParams").asLong(), expected.get("nonTrainableParams").asLong());
    assertEquals(Files.readString(DIR.resolve(id + ".summary.txt"), StandardCharsets.UTF_8), ours);
  }
}
