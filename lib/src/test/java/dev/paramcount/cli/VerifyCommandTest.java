package dev.paramcount.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paramcount.nd4j.TorchFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerifyCommandTest {

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "verify";
    System.arraycopy(args, 0, all, 1, args.length);
    MainTest.Run r = MainTest.run(all);
    return new Result(r.code(), r.out(), r.err());
  }

  private static List<Long> longs(JsonNode array) {
    List<Long> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asLong()));
    return list;
  }

  @ParameterizedTest(name = "{0}: {1} params, output {2}")
  @CsvSource(delimiter = ';', value = {
      "keras-seed; 25678184; [1, 13, 13, 1000]; 10",
      "keras-fixed; 62378344; [1, 1000]; 12",
      "single-tower; 62378344; [1, 1000]; 16",
      "paper; 60965224; [1, 1000]; 16",
      "paper-224; 49430888; [1, 1000]; 16",
      "torchvision; 61100840; [1, 1000]; 15"})
  void everyPresetVerifiesAsJson(String preset, long total, String outputShape, int layers) throws Exception {
    Result r = run("--preset", preset, "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertEquals(1, r.out().strip().lines().count(), "one JSON document on one line");
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("analyticParams", "nd4jParams", "forwardOutputShape", "layers"), fields);
    assertEquals(total, json.get("analyticParams").asLong());
    assertEquals(total, json.get("nd4jParams").asLong());
    assertEquals(outputShape, longs(json.get("forwardOutputShape")).toString());
    assertEquals(layers, json.get("layers").size());
    TorchFixture torch = TorchFixture.of(preset);
    int compared = 0;
    for (JsonNode layer : json.get("layers")) {
      String name = layer.get("name").asText();
      List<Long> observed = longs(layer.get("observedShape"));
      assertEquals(longs(layer.get("inferredShape")), observed, name);
      assertEquals(1L, observed.get(0), "batch dimension first, as 1");
      TorchFixture.Layer t = torch.layers().get(name);
      if (t != null) {
        assertEquals(t.outputShapeNhwc(), observed.subList(1, observed.size()), "PyTorch's shape for " + name);
        compared++;
      }
    }
    assertTrue(compared >= 9, "layers compared with PyTorch: " + compared);
  }

  @Test
  void textShowsTheCountsAndEachLayersShapes() {
    Result r = run("--preset", "keras-seed", "--batch", "2");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("sequential: analytic 25,678,184 parameters, ND4J arrays 25,678,184 values in 16 arrays — equal",
        lines.get(0));
    assertEquals("forward pass of 2 seeded samples: output [2, 13, 13, 1000]", lines.get(1));
    assertTrue(lines.stream().anyMatch(l -> l.matches("dense_2\\s+\\[2, 13, 13, 1000]\\s+\\[2, 13, 13, 1000]\\s+ok")),
        r.out());
    assertEquals("verified: the counts and all 10 shapes agree", lines.get(lines.size() - 1));
  }

  @Test
  void aKerasJsonFileVerifiesWithKerassOwnShapes() throws Exception {
    Result r = run("--keras-json", "src/test/resources/fixtures/keras3/all_kinds.model.json", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode keras = new ObjectMapper().readTree(
        java.nio.file.Path.of("src/test/resources/fixtures/keras3/all_kinds.expected.json").toFile());
    long total = 0;
    for (JsonNode layer : keras.get("layers")) total += layer.get("params").asLong();
    assertEquals(total, json.get("analyticParams").asLong());
    assertEquals(total, json.get("nd4jParams").asLong());
    assertEquals(keras.get("layers").size(), json.get("layers").size());
    for (int i = 0; i < json.get("layers").size(); i++) {
      List<Long> kerasShape = new ArrayList<>();
      keras.get("layers").get(i).get("outputShape").forEach(d -> kerasShape.add(d.isNull() ? 1L : d.asLong()));
      assertEquals(kerasShape, longs(json.get("layers").get(i).get("observedShape")));
    }
  }

  @Test
  void aKerasModelOfUnknownImageSizeIsBadInputForTheForwardPass() {
    Result r = run("--keras-json", "src/test/resources/fixtures/keras3/gap_unknown_spatial.model.json");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("error: src/test/resources/fixtures/keras3/gap_unknown_spatial.model.json: "
        + "layer 'input': field 'input_shape' = ?×?×"), r.err());
    assertTrue(r.err().contains("needs every dimension known"), r.err());
  }

  @Test
  void aMissingKerasFileIsBadInputNamingIt() {
    Result r = run("--keras-json", "no/such/model.json");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("error: no/such/model.json: "), r.err());
  }

  @Test
  void presetAndKerasFileTogetherAreBadInput() {
    Result r = run("--preset", "paper", "--keras-json", "x.json");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("error: "), r.err());
  }

  @Test
  void aDisagreementIsReportedOnOneLineNamingWhatDiffers() {
    List<dev.paramcount.nd4j.LayerRun> layers = List.of(
        new dev.paramcount.nd4j.LayerRun("conv1", "Conv2D", List.of(1L, 55L, 55L, 96L), List.of(1L, 55L, 55L, 96L), 0),
        new dev.paramcount.nd4j.LayerRun("fc8", "Dense", List.of(1L, 1000L), List.of(1L, 13L, 13L, 1000L), 0));
    dev.paramcount.nd4j.Verification v =
        new dev.paramcount.nd4j.Verification("x", 60_965_224L, 60_965_000L, 16, 1, List.of(1L, 13L, 13L, 1000L), layers);
    assertEquals("ND4J disagrees with the analytic facts of 'x': 60,965,224 parameters counted, 60,965,000 in ND4J "
        + "arrays; layer 'fc8' inferred [1, 1000], observed [1, 13, 13, 1000]", VerifyCommand.disagreement(v));
  }

  @Test
  void aDotKerasFileVerifiesToo() throws Exception {
    Result r = run("--keras", "src/test/resources/fixtures/keras3/channels_first.keras", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(342, json.get("analyticParams").asLong());
    assertEquals(342, json.get("nd4jParams").asLong());
  }

  @Test
  void anUnknownPresetIsBadInput() {
    Result r = run("--preset", "vgg16");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("error: field 'preset' = \"vgg16\": unknown preset; choose one of keras-seed, "
        + "keras-fixed, single-tower, paper, paper-224, torchvision"), r.err());
  }

  @Test
  void aBudgetBelowTheWeightsIsBadInputWithNothingPrinted() {
    Result r = run("--preset", "paper", "--memory-budget", "100MB", "--format", "json");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals(1, r.err().strip().lines().count());
    assertTrue(r.err().startsWith("error: materializing 'paper' and running it at batch 1 needs "), r.err());
    assertTrue(r.err().contains("243.9 MB of float32 weights"), r.err());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "--preset paper --batch 0; error: field 'batch' = 0: must be at least 1",
      "--preset paper --memory-budget lots; error: field 'memory-budget' = \"lots\": expected a size",
      "--format json; error: Missing required argument",
      "--preset paper --format xml; error: Invalid value for option '--format'"})
  void badArgumentsExitTwoWithOneErrorLine(String args, String error) {
    Result r = run(args.split(" "));
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith(error), r.err());
    assertTrue(!r.err().contains("\tat "), "no stack trace");
  }
}
