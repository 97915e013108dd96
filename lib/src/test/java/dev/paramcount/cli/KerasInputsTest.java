package dev.paramcount.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code summary} and {@code compare} on Keras files: the fixtures real Keras wrote, and bad files. */
class KerasInputsTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
  private static final Path BAD = Path.of("src", "test", "resources", "bad-input");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  static Stream<String> tfKeras2Fixtures() throws IOException {
    return files(FIXTURES.resolve("tfkeras2"), ".summary.txt").stream()
        .map(p -> p.getFileName().toString().replace(".summary.txt", ""));
  }

  /** Import, count and render against what tf.keras 2.6's own model.summary() printed for the same file. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("tfKeras2Fixtures")
  void classicSummaryOfATfKeras2FileIsWhatKerasPrinted(String id) throws IOException {
    Path dir = FIXTURES.resolve("tfkeras2");
    MainTest.Run r = MainTest.run("summary", "--keras-json", dir.resolve(id + ".model.json").toString(),
        "--format", "classic");
    assertEquals(0, r.code(), r.err());
    assertEquals(Files.readString(dir.resolve(id + ".summary.txt"), StandardCharsets.UTF_8), r.out());
  }

  /** Every Keras 3 and tf.keras 2 fixture in ONE command: one JSON line each, in order, matching Keras's facts. */
  @Test
  void jsonOfEveryFixtureInOneCommandMatchesKerasLayerByLayer() throws IOException {
    List<Path> models = new ArrayList<>(files(FIXTURES.resolve("keras3"), ".model.json"));
    models.addAll(files(FIXTURES.resolve("tfkeras2"), ".model.json"));
    List<String> args = new ArrayList<>(List.of("summary", "--format", "json"));
    for (Path m : models) {
      args.add("--keras-json");
      args.add(m.toString());
    }
    MainTest.Run r = MainTest.run(args.toArray(new String[0]));
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(models.size(), lines.size());
    for (int i = 0; i < models.size(); i++) {
      String name = models.get(i).getFileName().toString().replace(".model.json", ".expected.json");
      JsonNode expected = JSON.readTree(models.get(i).resolveSibling(name).toFile());
      JsonNode ours = JSON.readTree(lines.get(i));
      String where = models.get(i).toString();
      assertEquals(expected.get("model").asText(), ours.get("model").asText(), where);
      assertEquals(expected.get("totalParams").asLong(), ours.get("totalParams").asLong(), where);
      assertEquals(expected.get("trainableParams").asLong(), ours.get("trainableParams").asLong(), where);
      assertEquals(expected.get("layers").size(), ours.get("layers").size(), where);
      for (int l = 0; l < expected.get("layers").size(); l++) {
        JsonNode e = expected.get("layers").get(l);
        JsonNode o = ours.get("layers").get(l);
        for (String field : List.of("name", "type", "outputShape", "params", "trainableParams")) {
          assertEquals(e.get(field), o.get(field), where + " layer " + l + " " + field);
        }
      }
    }
  }

  @Test
  void readsADotKerasZip() throws IOException {
    Path zip = FIXTURES.resolve("keras3").resolve("channels_first.keras");
    JsonNode expected = JSON.readTree(FIXTURES.resolve("keras3").resolve("channels_first.expected.json").toFile());
    MainTest.Run r = MainTest.run("summary", "--keras", zip.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertEquals(expected.get("totalParams").asLong(), JSON.readTree(r.out()).get("totalParams").asLong());
  }

  @Test
  void theInputOptionSuppliesAMissingInputShape() {
    MainTest.Run r = MainTest.run("summary", "--keras-json", BAD.resolve("no-input-shape.model.json").toString(),
        "--input", "32x32x3", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"totalParams\":18266"), r.out());
  }

  @Test
  void theQuestionsModelReadFromKerasComparesWithThePaper() {
    MainTest.Run r = MainTest.run("compare", FIXTURES.resolve("keras3").resolve("seed.model.json").toString(), "paper");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("+36,700,160  dense \u2192 fc6 (Dense): input 13\u00d713\u00d7256 \u2192 9216, changed upstream"),
        r.out());
    assertTrue(r.out().endsWith("25,678,184 +35,287,040 = 60,965,224 (the differences above add up to +35,287,040)\n"));
  }

  static Stream<Path> badFiles() throws IOException {
    try (Stream<Path> s = Files.list(BAD)) {
      return s.filter(p -> !p.getFileName().toString().equals("base.model.json"))
          .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".keras")).sorted().toList().stream();
    }
  }

  /** Each bad file, even after a good input: exit 2, one line naming the file, nothing on stdout. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aBadFileIsOneErrorLineNamingItAndNoOutput(Path bad) {
    String option = bad.toString().endsWith(".keras") ? "--keras" : "--keras-json";
    MainTest.Run r = MainTest.run("summary", "--preset", "keras-seed", option, bad.toString(), "--format", "json");
    assertEquals(2, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: " + bad + ": "), r.err());
  }

  @Test
  void aMissingFileIsBadInputNamingIt() {
    MainTest.Run r = MainTest.run("summary", "--keras-json", "no/such/model.json");
    assertEquals(2, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: no/such/model.json: "), r.err());
  }

  @Test
  void compareNamesABadFileToo() {
    MainTest.Run r = MainTest.run("compare", "paper", BAD.resolve("truncated.model.json").toString());
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("error: " + BAD.resolve("truncated.model.json") + ": "), r.err());
  }
}
