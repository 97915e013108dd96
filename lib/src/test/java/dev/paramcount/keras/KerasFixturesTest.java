package dev.paramcount.keras;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import dev.paramcount.model.Weight;
import dev.paramcount.presets.AlexNets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every committed fixture made by real Keras (Keras 3 and tf.keras 2.x, {@code model.to_json()}
 * and {@code .keras} files) is read and counted, and each layer's name, class, output shape,
 * weights and parameters, and the totals, must equal what Keras reported in
 * {@code <id>.expected.json}. Every fixture Keras itself refused ({@code invalid/}) must be
 * refused here too, with a {@link ModelException}.
 */
class KerasFixturesTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Model files with an expected.json beside them, outside any {@code invalid/} folder. */
  static Stream<Path> validFixtures() {
    List<Path> found = new ArrayList<>();
    for (String family : List.of("keras3", "tfkeras2")) {
      try (Stream<Path> files = Files.list(FIXTURES.resolve(family))) {
        files.filter(KerasFixturesTest::isModelFile).sorted().forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found.stream();
  }

  /** Model files under any {@code invalid/} folder: configs Keras refused to build. */
  static Stream<Path> invalidFixtures() {
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      return files.filter(p -> p.getParent().getFileName().toString().equals("invalid"))
          .filter(KerasFixturesTest::isModelFile).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isModelFile(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".model.json") || name.endsWith(".keras");
  }

  private static Path expectedFor(Path model) {
    String name = model.getFileName().toString();
    String id = name.endsWith(".keras") ? name.substring(0, name.length() - ".keras".length())
        : name.substring(0, name.length() - ".model.json".length());
    return model.resolveSibling(id + ".expected.json");
  }

  @Test
  void everyFamilyHasFixturesIncludingJsonAndKerasFiles() {
    List<Path> all = validFixtures().toList();
    assertTrue(all.stream().anyMatch(p -> p.startsWith(FIXTURES.resolve("keras3"))), "no Keras 3 fixtures");
    assertTrue(all.stream().anyMatch(p -> p.startsWith(FIXTURES.resolve("tfkeras2"))), "no tf.keras 2 fixtures");
    assertTrue(all.stream().anyMatch(p -> p.toString().endsWith(".keras")), "no .keras fixtures");
    assertFalse(invalidFixtures().toList().isEmpty(), "no invalid fixtures");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFixtures")
  void countsEqualWhatKerasReported(Path model) throws IOException {
    JsonNode expected = JSON.readTree(expectedFor(model).toFile());
    Counts counts = Counts.of(KerasModels.read(model));
    Network net = counts.network();

    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertEquals(expected.get("model").asText(), net.name(), "model name"));
    checks.add(() -> assertEquals(perSample(expected.get("inputShape"), net.input().rank()), net.input(), "input shape"));
    JsonNode layers = expected.get("layers");
    assertEquals(layers.size(), counts.layers().size(), "layer count");
    for (int i = 0; i < layers.size(); i++) {
      JsonNode e = layers.get(i);
      LayerFacts f = counts.layers().get(i);
      String at = "layer " + i + " (" + e.get("name").asText() + ")";
      checks.add(() -> assertEquals(e.get("name").asText(), f.name(), at + " name"));
      checks.add(() -> assertEquals(e.get("type").asText(), f.kerasType(), at + " type"));
      checks.add(() -> assertEquals(e.get("outputShape").toString(), withBatch(f.outputShape()), at + " output shape"));
      checks.add(() -> assertEquals(e.get("params").asLong(), f.params(), at + " params"));
      checks.add(() -> assertEquals(e.get("trainableParams").asLong(), f.trainableParams(), at + " trainable params"));
      checks.add(() -> assertEquals(e.get("nonTrainableParams").asLong(), f.nonTrainableParams(), at + " non-trainable params"));
      if (e.has("weights")) {
        checks.add(() -> assertEquals(weights(e.get("weights")), weights(f.weights()), at + " weights"));
      }
    }
    checks.add(() -> assertEquals(expected.get("totalParams").asLong(), counts.totalParams(), "total params"));
    checks.add(() -> assertEquals(expected.get("trainableParams").asLong(), counts.trainableParams(), "trainable params"));
    checks.add(() -> assertEquals(expected.get("nonTrainableParams").asLong(), counts.nonTrainableParams(), "non-trainable params"));
    assertAll(model.toString(), checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFixtures")
  void modelsKerasRefusedAreRefusedAtTheSameLayer(Path model) throws IOException {
    ModelException e = assertThrows(ModelException.class, () -> KerasModels.read(model));
    assertTrue(e.getMessage().startsWith(model + ": "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    JsonNode edit = editOf(model);
    String layer = edit.path("layer").isTextual() ? edit.get("layer").asText() : null;
    assertEquals(layer, e.layerName(), "the layer Keras's fixture changed; message: " + e.getMessage());
  }

  /** The invalid case's entry in its folder's index.json: which layer, field and value were changed. */
  private static JsonNode editOf(Path model) throws IOException {
    String name = model.getFileName().toString();
    String id = name.substring(0, name.indexOf('.'));
    for (JsonNode entry : JSON.readTree(model.resolveSibling("index.json").toFile())) {
      if (entry.get("id").asText().equals(id)) return entry;
    }
    throw new AssertionError("no index.json entry for " + model);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"keras3/seed.model.json", "tfkeras2/seed.model.json"})
  void seedFixtureIsTheQuestionsModelLayerByLayer(String fixture) {
    Counts read = Counts.of(KerasModels.read(FIXTURES.resolve(fixture)));
    Counts preset = Counts.of(AlexNets.kerasSeed());
    assertEquals(25_678_184L, read.totalParams());
    assertEquals(preset.layers().size(), read.layers().size());
    for (int i = 0; i < preset.layers().size(); i++) {
      LayerFacts p = preset.layers().get(i);
      LayerFacts r = read.layers().get(i);
      assertEquals(p.name() + " " + p.kerasType() + " " + p.outputShape() + " " + p.params() + " " + p.trainableParams(),
          r.name() + " " + r.kerasType() + " " + r.outputShape() + " " + r.params() + " " + r.trainableParams());
    }
  }

  /** Keras's input shape, with or without its batch dimension, as our per-sample shape. */
  private static Shape perSample(JsonNode dims, int rank) {
    int from = dims.size() == rank + 1 ? 1 : 0;
    List<Long> list = new ArrayList<>();
    for (int i = from; i < dims.size(); i++) list.add(dims.get(i).isNull() ? null : dims.get(i).asLong());
    return Shape.ofNullable(list);
  }

  /** Our per-sample shape as Keras prints it: batch first, as null, JSON style. */
  private static String withBatch(Shape shape) {
    List<Long> dims = new ArrayList<>();
    dims.add(null);
    dims.addAll(shape.toNullableList());
    return JSON.valueToTree(dims).toString();
  }

  private static List<String> weights(JsonNode list) {
    List<String> out = new ArrayList<>();
    for (JsonNode w : list) out.add(w.get("name").asText() + " " + w.get("shape") + " " + w.get("trainable").asBoolean());
    return out;
  }

  private static List<String> weights(List<Weight> list) {
    List<String> out = new ArrayList<>();
    for (Weight w : list) out.add(w.name() + " " + JSON.valueToTree(w.shape().toNullableList()) + " " + w.trainable());
    return out;
  }
}
