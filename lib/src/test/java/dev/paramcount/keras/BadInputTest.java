package dev.paramcount.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.count.Counts;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Shape;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad input from issue 2, each a real file under {@code bad-input/} (written by
 * its {@code make_bad_inputs.py}, each one mistake away from {@code base.model.json}) or made
 * here when it cannot be committed. Each must fail with one {@link ModelException} whose single
 * line names the file, the layer, the field and the value.
 */
class BadInputTest {
  static final Path BAD = Path.of("src/test/resources/bad-input");

  @TempDir
  Path temp;

  @Test
  void theBaseModelTheBadFilesStartFromIsValid() {
    // Keras 3.15.1 counted this model: 18,266 params, 18,250 trainable (the BN statistics are not).
    Counts counts = Counts.of(KerasModels.read(BAD.resolve("base.model.json")));
    assertEquals(18_266, counts.totalParams());
    assertEquals(18_250, counts.trainableParams());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # file                                   | layer               | field                 | value                    | problem
      empty.json                               | -                   | -                     | -                        | the file is empty
      whitespace-only.json                     | -                   | -                     | -                        | holds no JSON
      binary-not-json.json                     | -                   | -                     | -                        | not valid JSON at line 1
      text-not-json.json                       | -                   | -                     | -                        | not valid JSON at line 1, column 7: Unrecognized token
      truncated.model.json                     | -                   | -                     | -                        | the JSON ends too early at line 1
      trailing-garbage.model.json              | -                   | -                     | -                        | not valid JSON
      huge-digits.model.json                   | -                   | -                     | -                        | a number is longer than 100 digits
      top-level-array.model.json               | -                   | -                     | -                        | the top level is a list
      missing-config.model.json                | -                   | config                | -                        | is missing
      layers-not-a-list.model.json             | -                   | config.layers         | {"input_layer":          | expected a list of layers, found an object
      layer-without-class-name.model.json      | conv2d              | class_name            | -                        | is missing
      functional.model.json                    | -                   | class_name            | "Functional"             | only Sequential models can be read
      unsupported-layer.model.json             | lstm                | class_name            | "LSTM"                   | not supported; supported: Activation, AveragePooling2D, BatchNormalization, Conv2D, Dense
      negative-filters.model.json              | conv2d              | filters               | -8                       | must be at least 1
      zero-units.model.json                    | dense               | units                 | 0                        | must be at least 1
      zero-kernel.model.json                   | conv2d              | kernel_size           | 0×3                      | must be at least 1×1
      zero-strides.model.json                  | max_pooling2d       | strides               | 0×0                      | must be at least 1
      string-filters.model.json                | conv2d              | filters               | "8"                      | expected a whole number, found a string
      fractional-filters.model.json            | conv2d              | filters               | 8.5                      | expected a whole number
      huge-filters.model.json                  | conv2d              | filters               | 99999999999999999999     | is too large
      unknown-padding.model.json               | conv2d              | padding               | "full"                   | expected "valid" or "same"
      unknown-data-format.model.json           | max_pooling2d       | data_format           | "channels_middle"        | expected "channels_last" or "channels_first"
      string-use-bias.model.json               | dense               | use_bias              | "yes"                    | expected true or false
      groups-not-dividing-channels.model.json  | conv2d              | groups                | 2                        | must divide the input channels (3)
      kernel-larger-than-input.model.json      | conv2d              | kernel_size           | 33                       | the window is larger than its input (32 high)
      pool-larger-than-input.model.json        | max_pooling2d       | pool_size             | 31                       | the window is larger than its input (30 high)
      zero-input-dimension.model.json          | input_layer         | batch_shape           | [null,0,32,3]            | dimension 1 is 0
      batch-norm-two-axes.model.json           | batch_normalization | axis                  | [1,2]                    | only one normalized axis is supported
      no-input-shape.model.json                | -                   | input_shape           | -                        | supply the input size, e.g. --input 227x227x3
      not-a-zip.keras                          | -                   | -                     | -                        | is not a zip archive, so not a .keras file
      hdf5-not-a-zip.keras                     | -                   | -                     | -                        | it is HDF5: a legacy Keras .h5 model
      no-config-json.keras                     | -                   | -                     | -                        | the .keras zip has no config.json (it holds metadata.json, model.weights.h5)
      corrupt-zip.keras                        | -                   | -                     | -                        | is not a valid zip archive
      """)
  void badFileFailsWithOneLineNamingFileLayerFieldAndValue(String file, String layer, String field, String value,
                                                           String problem) {
    Path path = BAD.resolve(file);
    ModelException e = assertThrows(ModelException.class, () -> KerasModels.read(path));
    String message = e.getMessage();
    assertOneLine(message);
    assertEquals(path.toString(), e.file());
    assertTrue(message.startsWith(path + ": "), message);
    assertEquals(layer, e.layerName(), message);
    assertEquals(field, e.fieldName(), message);
    if (value == null) {
      assertNull(e.value(), message);
    } else {
      assertTrue(e.value().startsWith(value), "value " + e.value() + " in: " + message);
      assertTrue(message.contains(" = " + e.value() + ": "), message);
    }
    if (layer != null) assertTrue(message.contains("layer '" + layer + "': "), message);
    if (field != null) assertTrue(message.contains("field '" + field + "'"), message);
    assertTrue(message.contains(problem), message);
  }

  @Test
  void missingInputShapeIsFineWhenTheCallerSuppliesOne() {
    var net = KerasModels.read(BAD.resolve("no-input-shape.model.json"), Shape.parse("32x32x3"));
    assertEquals(18_266, Counts.of(net).totalParams());
  }

  @Test
  void jsonNestedThousandsOfLevelsDeepFailsFastAndCleanly() throws IOException {
    int depth = 200_000;
    String deep = "{\"class_name\": \"Sequential\", \"config\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    Path file = temp.resolve("deep.model.json");
    Files.writeString(file, deep);
    ModelException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(ModelException.class, () -> KerasModels.read(file)));
    assertOneLine(e.getMessage());
    assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("nests deeper than " + KerasJson.MAX_NESTING_DEPTH + " levels"), e.getMessage());
  }

  @Test
  void deeplyNestedJsonTextIsRefusedByParseToo() {
    String deep = "[".repeat(50_000);
    ModelException e = assertThrows(ModelException.class, () -> KerasModels.parse(deep, "cell 3", null));
    assertEquals("cell 3", e.file());
    assertTrue(e.getMessage().contains("nests deeper than"), e.getMessage());
  }

  @Test
  void missingFileIsNamed() {
    Path file = temp.resolve("nowhere.model.json");
    ModelException e = assertThrows(ModelException.class, () -> KerasModels.read(file));
    assertEquals(file + ": no such file", e.getMessage());
  }

  @Test
  void directoryIsNotAModelFile() {
    ModelException e = assertThrows(ModelException.class, () -> KerasModels.read(temp));
    assertEquals(temp + ": is a directory, not a model file", e.getMessage());
  }

  /**
   * A file that cannot be read as one: a named pipe would block a reader forever, so it is
   * refused before it is opened. (Permission bits cannot stand in here: tests run as root.)
   */
  @Test
  void namedPipeIsRefusedWithoutBlocking() throws Exception {
    Path fifo = temp.resolve("model.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertEquals(0, mkfifo.waitFor());
    ModelException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(ModelException.class, () -> KerasModels.read(fifo)));
    assertEquals(fifo + ": is not a regular file (a pipe or a device?)", e.getMessage());
  }

  @Test
  void fileLargerThanAnyModelConfigIsRefusedUnread() throws IOException {
    Path huge = temp.resolve("huge.model.json");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(ModelFile.MAX_CONFIG_BYTES + 1); // sparse: nothing is written
    }
    ModelException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(ModelException.class, () -> KerasModels.read(huge)));
    assertEquals(huge + ": is " + (ModelFile.MAX_CONFIG_BYTES + 1) + " bytes, more than the "
        + ModelFile.MAX_CONFIG_BYTES + " a model config can be", e.getMessage());
  }

  @Test
  void unnamedLayerIsNamedByItsPosition() {
    String json = """
        {"class_name": "Sequential", "config": {"layers": [
          {"class_name": "InputLayer", "config": {"batch_shape": [null, 8, 8, 3]}},
          {"class_name": "Conv2D", "config": {"filters": "four", "kernel_size": 3}}]}}""";
    ModelException e = assertThrows(ModelException.class, () -> KerasModels.parse(json, "inline", null));
    assertEquals("inline: layer 'layers[1]': field 'filters' = \"four\": expected a whole number, found a string",
        e.getMessage());
  }

  @Test
  void layerThatIsNotAnObjectIsNamedByItsPosition() {
    String json = "{\"class_name\": \"Sequential\", \"config\": {\"layers\": [42]}}";
    ModelException e = assertThrows(ModelException.class, () -> KerasModels.parse(json, "inline", null));
    assertEquals("layers[0]", e.layerName());
    assertTrue(e.getMessage().contains("found a number"), e.getMessage());
  }

  @Test
  void infiniteNumberWhereASizeBelongsIsRefused() {
    String json = """
        {"class_name": "Sequential", "config": {"layers": [
          {"class_name": "InputLayer", "config": {"batch_shape": [null, 4]}},
          {"class_name": "Dense", "config": {"name": "fc", "units": 1e999}}]}}""";
    ModelException e = assertThrows(ModelException.class, () -> KerasModels.parse(json, "inline", null));
    assertEquals("fc", e.layerName());
    assertEquals("units", e.fieldName());
    assertTrue(e.getMessage().contains("expected a whole number"), e.getMessage());
  }

  private static void assertOneLine(String message) {
    assertFalse(message.contains("\n") || message.contains("\r"), message);
    assertFalse(message.contains("Exception"), message);
    assertFalse(message.contains("com.fasterxml"), message);
  }
}
