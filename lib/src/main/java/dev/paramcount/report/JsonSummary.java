package dev.paramcount.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.Shape;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * The summary as one line of JSON, in the shape DESIGN.md fixes:
 * {@code {"model","input","layers":[{"name","type","outputShape","params","trainableParams","macs"}],
 * "totalParams","trainableParams","nonTrainableParams","totalMacs"}}. Shapes carry the batch
 * dimension as {@code null} ({@code [null,13,13,4096]}), like Keras's; an unknown dimension is
 * {@code null} too, and MACs an unknown dimension hides are {@code null}.
 */
public final class JsonSummary {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonSummary() {}

  /** One JSON document on one line, ending with a newline. */
  public static String render(Counts counts) {
    try {
      return MAPPER.writeValueAsString(tree(counts)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain nodes always serializes
    }
  }

  /** The document as a Jackson tree, for callers that embed it in their own JSON. */
  public static ObjectNode tree(Counts counts) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("model", counts.network().name());
    root.set("input", batched(root, counts.network().input()));
    ArrayNode layers = root.putArray("layers");
    for (LayerFacts f : counts.layers()) {
      ObjectNode layer = layers.addObject();
      layer.put("name", f.name());
      layer.put("type", f.kerasType());
      layer.set("outputShape", batched(root, f.outputShape()));
      layer.put("params", f.params());
      layer.put("trainableParams", f.trainableParams());
      putOptional(layer, "macs", f.macs());
    }
    root.put("totalParams", counts.totalParams());
    root.put("trainableParams", counts.trainableParams());
    root.put("nonTrainableParams", counts.nonTrainableParams());
    putOptional(root, "totalMacs", counts.totalMacs());
    return root;
  }

  private static ArrayNode batched(ObjectNode factory, Shape shape) {
    ArrayNode dims = factory.arrayNode(shape.rank() + 1);
    dims.addNull();
    for (long d : shape.dims()) {
      if (d == Shape.UNKNOWN) dims.addNull(); else dims.add(d);
    }
    return dims;
  }

  private static void putOptional(ObjectNode node, String field, OptionalLong value) {
    if (value.isPresent()) node.put(field, value.getAsLong()); else node.putNull(field);
  }
}
