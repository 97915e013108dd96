package dev.paramcount.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ways Keras writes the same model (Keras 3, tf.keras 2.x, Keras 2.2, {@code .keras} zips)
 * and the options that change a count. Each variant starts from {@code bad-input/base.model.json}
 * (verbatim Keras 3.15.1 output: Input 32×32×3, Conv2D 8 3×3, BatchNormalization, MaxPooling2D 2,
 * Flatten, Dense 10). Every expected number below was counted by Keras 3.15.1 on the same model.
 */
class KerasModelsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path BASE = BadInputTest.BAD.resolve("base.model.json");
  /** Keras: 18,266 params, 18,250 trainable (BatchNormalization's moving statistics are not). */
  private static final long BASE_PARAMS = 18_266;
  private static final long BASE_TRAINABLE = 18_250;

  @TempDir
  Path temp;

  @Test
  void keepsTheModelNameTheLayerNamesAndTheKerasClasses() {
    Counts counts = Counts.of(KerasModels.read(BASE));
    assertEquals("small", counts.network().name());
    assertEquals(Shape.of(32, 32, 3), counts.network().input());
    assertEquals(List.of("conv2d Conv2D 224", "batch_normalization BatchNormalization 32",
            "max_pooling2d MaxPooling2D 0", "flatten Flatten 0", "dense Dense 18010"),
        counts.layers().stream().map(f -> f.name() + " " + f.kerasType() + " " + f.params()).toList());
    assertEquals(BASE_TRAINABLE, counts.trainableParams());
  }

  @Test
  void inputOverrideReplacesTheShapeTheFileStates() {
    // Keras with Input((64, 64, 3)): 62×62×8 → 31×31×8 → 7,688 → Dense 10; 77,146 params.
    Counts counts = Counts.of(KerasModels.read(BASE, Shape.parse("64x64x3")));
    assertEquals(77_146, counts.totalParams());
    assertEquals(Shape.of(7688), counts.layer("flatten").outputShape());
  }

  @Test
  void tfKeras2FirstLayerBatchInputShapeIsTheInput() {
    assertBaseCounts(variant(m -> {
      ArrayNode layers = layers(m);
      layers.remove(0);
      dropBuildShapes(m);
      config(layers.get(0)).set("batch_input_shape", JSON.valueToTree(new Integer[] {null, 32, 32, 3}));
    }));
  }

  @Test
  void firstLayerInputShapeWithoutBatchIsTheInput() {
    assertBaseCounts(variant(m -> {
      ArrayNode layers = layers(m);
      layers.remove(0);
      dropBuildShapes(m);
      config(layers.get(0)).set("input_shape", JSON.valueToTree(new int[] {32, 32, 3}));
    }));
  }

  @Test
  void keras3BuildConfigAloneIsTheInput() {
    assertBaseCounts(variant(m -> {
      layers(m).remove(0);
      ((ObjectNode) m.get("config")).remove("build_input_shape");
    }));
  }

  @Test
  void tfKeras2InputLayerBatchInputShapeIsTheInput() {
    assertBaseCounts(variant(m -> {
      ObjectNode input = config(layers(m).get(0));
      input.set("batch_input_shape", input.remove("batch_shape"));
      dropBuildShapes(m);
    }));
  }

  @Test
  void keras22LayerListAsTheWholeConfigIsRead() {
    assertBaseCounts(variant(m -> {
      ArrayNode layers = layers(m);
      m.set("config", layers);
      m.remove("build_config");
    }));
  }

  @Test
  void overrideSuppliesAMissingInputShape() {
    ObjectNode m = base();
    layers(m).remove(0);
    dropBuildShapes(m);
    assertThrows(ModelException.class, () -> KerasModels.parse(m.toString(), "no input", null));
    assertEquals(BASE_PARAMS, Counts.of(KerasModels.parse(m.toString(), "no input", Shape.of(32, 32, 3))).totalParams());
  }

  @ParameterizedTest(name = "axis {0}")
  @CsvSource(delimiter = '|', value = {"-1", "3", "[3]", "[-1]"})
  void batchNormAxisCountsWithTheBatchAndMayBeAListOfOne(String axis) throws IOException {
    JsonNode value = JSON.readTree(axis);
    assertBaseCounts(variant(m -> config(layer(m, "batch_normalization")).set("axis", value)));
  }

  @ParameterizedTest(name = "padding {0}")
  @CsvSource(delimiter = '|', value = {
      // padding             | params (Keras) | output of the padding layer
      "1                     | 20746 | 34×34×3",
      "[1, 2]                | 22026 | 34×36×3",
      "[[1, 2], [3, 4]]      | 23306 | 35×39×3"})
  void zeroPaddingTakesKerasThreeSpellings(String padding, long params, String shape) throws IOException {
    JsonNode value = JSON.readTree(padding);
    Counts counts = Counts.of(KerasModels.parse(variant(m -> {
      ObjectNode pad = JSON.createObjectNode();
      pad.put("class_name", "ZeroPadding2D");
      pad.putObject("config").put("name", "zero_padding2d").set("padding", value);
      layers(m).insert(1, pad);
    }), "padded", null));
    assertEquals(params, counts.totalParams());
    assertEquals(shape, counts.layer("zero_padding2d").outputShape().toString());
  }

  @Test
  void frozenLayersHoldOnlyNonTrainableParams() {
    // Keras with conv2d and batch_normalization frozen: 18,266 params, 18,010 trainable (the Dense's).
    Counts counts = Counts.of(KerasModels.parse(variant(m -> {
      config(layer(m, "conv2d")).put("trainable", false);
      config(layer(m, "batch_normalization")).put("trainable", false);
    }), "frozen", null));
    assertEquals(BASE_PARAMS, counts.totalParams());
    assertEquals(18_010, counts.trainableParams());
    assertEquals(0, counts.layer("batch_normalization").trainableParams());
  }

  @Test
  void wholeNumbersMayBeWrittenAsFloatsAndPairsAsOneNumber() {
    assertBaseCounts(variant(m -> {
      config(layer(m, "conv2d")).put("filters", 8.0).put("kernel_size", 3);
      config(layer(m, "max_pooling2d")).put("pool_size", 2).putNull("strides");
    }));
  }

  @Test
  void keras3SerializedActivationObjectsAndClassAliasesAreRead() {
    assertBaseCounts(variant(m -> {
      ObjectNode fn = config(layer(m, "dense")).putObject("activation");
      fn.put("module", "builtins").put("class_name", "function").put("config", "softmax").put("registered_name", "function");
      ((ObjectNode) layer(m, "max_pooling2d")).put("class_name", "MaxPool2D");
    }));
  }

  @Test
  void unnamedLayersGetKerasAutomaticNames() {
    Network net = KerasModels.parse(variant(m -> {
      for (JsonNode l : layers(m)) config(l).remove("name");
    }), "unnamed", null);
    assertEquals(List.of("conv2d", "batch_normalization", "max_pooling2d", "flatten", "dense"),
        net.layers().stream().map(l -> l.name()).toList());
  }

  @Test
  void kerasZipIsRecognisedByItsBytesWhateverItsName() throws IOException {
    byte[] config = Files.readAllBytes(BASE);
    for (String name : List.of("model.keras", "model.json", "model")) {
      Path zip = temp.resolve(name);
      try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
        z.putNextEntry(new ZipEntry("metadata.json"));
        z.write("{\"keras_version\": \"3.15.1\"}".getBytes(StandardCharsets.UTF_8));
        z.putNextEntry(new ZipEntry("config.json"));
        z.write(config);
        z.putNextEntry(new ZipEntry("model.weights.h5"));
      }
      assertEquals(BASE_PARAMS, Counts.of(KerasModels.read(zip)).totalParams(), name);
    }
  }

  @Test
  void inputLayerAnywhereButFirstIsRefused() {
    String json = variant(m -> layers(m).add(layers(m).remove(0)));
    ModelException e = assertThrows(ModelException.class, () -> KerasModels.parse(json, "moved", null));
    assertEquals("moved: layer 'input_layer': field 'class_name' = \"InputLayer\": "
        + "an InputLayer can only come first in a Sequential model", e.getMessage());
  }

  @Test
  void loraLayersAreRefusedRatherThanMiscounted() {
    // Keras 3 Dense(4, lora_rank=2) freezes its kernel and adds lora_kernel_a (3×2) and lora_kernel_b (2×4).
    String json = variant(m -> config(layer(m, "dense")).put("lora_rank", 2));
    ModelException e = assertThrows(ModelException.class, () -> KerasModels.parse(json, "lora", null));
    assertEquals("dense", e.layerName());
    assertEquals("lora_rank", e.fieldName());
    assertEquals("2", e.value());
  }

  @Test
  void quantizedDtypePoliciesAreRefusedRatherThanMiscounted() {
    String json = variant(m -> {
      ObjectNode dtype = config(layer(m, "dense")).putObject("dtype");
      dtype.put("module", "keras").put("class_name", "QuantizedDTypePolicy");
      dtype.putObject("config").put("name", "int8_from_float32");
    });
    ModelException e = assertThrows(ModelException.class, () -> KerasModels.parse(json, "int8", null));
    assertEquals("dense", e.layerName());
    assertEquals("dtype", e.fieldName());
    assertTrue(e.getMessage().contains("quantized layers are not supported"), e.getMessage());
  }

  @Test
  void parseNamesItsSourceInErrors() {
    ModelException e = assertThrows(ModelException.class, () -> KerasModels.parse("{", "cell 4", null));
    assertEquals("cell 4", e.file());
    assertTrue(e.getMessage().startsWith("cell 4: the JSON ends too early"), e.getMessage());
  }

  @Test
  void supportedClassesAreTheIssuesList() {
    assertEquals(List.of("Activation", "AveragePooling2D", "BatchNormalization", "Conv2D", "Dense", "Dropout", "Flatten",
            "GlobalAveragePooling2D", "GlobalMaxPooling2D", "InputLayer", "MaxPooling2D", "ReLU", "Softmax", "ZeroPadding2D"),
        List.copyOf(KerasModels.supportedLayerClasses()));
  }

  @Test
  void kerasModelsIsThePackagesOnlyPublicClass() {
    for (Class<?> c : List.of(Fields.class, InputShapes.class, KerasJson.class, LayerReaders.class, ModelFile.class,
        SequentialReader.class)) {
      assertFalse(Modifier.isPublic(c.getModifiers()), c.getName());
    }
  }

  // ---- helpers: edit a copy of the base model's JSON tree ----

  private static void assertBaseCounts(String json) {
    Counts counts = Counts.of(KerasModels.parse(json, "variant", null));
    assertEquals(Shape.of(32, 32, 3), counts.network().input());
    assertEquals(BASE_PARAMS, counts.totalParams());
    assertEquals(BASE_TRAINABLE, counts.trainableParams());
    assertEquals(List.of(224L, 32L, 0L, 0L, 18_010L), counts.layers().stream().map(LayerFacts::params).toList());
  }

  private static ObjectNode base() {
    try {
      return (ObjectNode) JSON.readTree(BASE.toFile());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String variant(Consumer<ObjectNode> edit) {
    ObjectNode m = base();
    edit.accept(m);
    return m.toString();
  }

  private static ArrayNode layers(ObjectNode model) {
    return (ArrayNode) model.get("config").get("layers");
  }

  private static JsonNode layer(ObjectNode model, String name) {
    for (JsonNode l : layers(model)) if (name.equals(l.get("config").path("name").asText())) return l;
    throw new IllegalArgumentException(name);
  }

  private static ObjectNode config(JsonNode layer) {
    return (ObjectNode) layer.get("config");
  }

  /** Removes every place a Keras 3 file records the built input shape. */
  private static void dropBuildShapes(ObjectNode model) {
    model.remove("build_config");
    ((ObjectNode) model.get("config")).remove("build_input_shape");
    for (JsonNode l : layers(model)) ((ObjectNode) l).remove("build_config");
  }
}
