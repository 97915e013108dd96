package dev.paramcount.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paramcount.keras.KerasModels;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model real Keras built for the fixtures (Keras 3 and tf.keras 2.x), materialized in
 * ND4J: the arrays' lengths must add up to what Keras counted, layer by layer, and a forward
 * pass must produce, at every layer, the output shape Keras reported (with its batch {@code None}
 * as 1). Models whose image size Keras left unknown are counted, and their forward pass is
 * refused with a one-line error.
 */
class KerasFixturesNd4jTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MemoryBudget BUDGET = MemoryBudget.parse("1GB");

  static Stream<Path> fixtures() {
    List<Path> found = new ArrayList<>();
    for (String family : List.of("keras3", "tfkeras2")) {
      try (Stream<Path> files = Files.list(FIXTURES.resolve(family))) {
        files.filter(p -> p.getFileName().toString().endsWith(".model.json")).sorted().forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found.stream();
  }

  private static JsonNode expected(Path model) throws IOException {
    String name = model.getFileName().toString().replace(".model.json", ".expected.json");
    return JSON.readTree(model.resolveSibling(name).toFile());
  }

  @Test
  void thereAreFixturesFromBothKerasFamilies() {
    assertTrue(fixtures().filter(p -> p.toString().contains("keras3")).count() >= 70);
    assertTrue(fixtures().filter(p -> p.toString().contains("tfkeras2")).count() >= 40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void arraysAddUpToKerassCountAndTheForwardPassGivesKerassShapes(Path model) throws IOException {
    JsonNode expected = expected(model);
    Network net = KerasModels.read(model);
    try (Nd4jNetwork m = Nd4jModels.materialize(net, 42, BUDGET)) {
      long kerasTotal = 0;
      for (JsonNode layer : expected.get("layers")) {
        String name = layer.get("name").asText();
        long lengths = m.arrays(name).stream().mapToLong(ParamArray::length).sum();
        assertEquals(layer.get("params").asLong(), lengths, name);
        kerasTotal += layer.get("params").asLong();
      }
      assertEquals(kerasTotal, m.totalLength());

      if (!net.input().isFullyKnown()) {
        ModelException e = assertThrows(ModelException.class, () -> m.forward(1));
        assertTrue(e.getMessage().contains("needs every dimension known"), e.getMessage());
        return;
      }
      ForwardRun run = m.forward(1);
      assertEquals(expected.get("layers").size(), run.layers().size());
      for (int i = 0; i < run.layers().size(); i++) {
        JsonNode layer = expected.get("layers").get(i);
        List<Long> kerasShape = new ArrayList<>();
        layer.get("outputShape").forEach(d -> kerasShape.add(d.isNull() ? 1L : d.asLong()));
        assertEquals(layer.get("name").asText(), run.layers().get(i).name());
        assertEquals(kerasShape, run.layers().get(i).observedShape(), run.layers().get(i).name());
      }
    }
  }
}
