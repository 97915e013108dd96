package dev.paramcount.nd4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A preset rebuilt in real PyTorch (fixtures/torch/*.expected.json): per layer, its NHWC output
 * shape and its parameter count as torch reported them — an independent source for ND4J's.
 */
public record TorchFixture(long totalParams, Map<String, Layer> layers) {

  public record Layer(List<Long> outputShapeNhwc, long params) {}

  public static TorchFixture of(String preset) {
    String path = "/fixtures/torch/" + preset + ".expected.json";
    try (InputStream in = TorchFixture.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing fixture " + path);
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, Layer> layers = new LinkedHashMap<>();
      for (JsonNode l : root.get("layers")) {
        List<Long> shape = new ArrayList<>();
        l.get("outputShapeNHWC").forEach(d -> shape.add(d.asLong()));
        layers.put(l.get("name").asText(), new Layer(List.copyOf(shape), l.get("params").asLong()));
      }
      return new TorchFixture(root.get("totalParams").asLong(), layers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
