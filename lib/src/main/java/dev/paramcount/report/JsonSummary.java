package dev.paramcount.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.paramcount.count.Counts;
import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.Shape;
import java.io.IOException;
import java.io.StringWriter;
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
  // Jackson's streaming writer: it starts in a fraction of the time an ObjectMapper takes,
  // which is most of what a one-shot `paramcount summary --format json` spends.
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonSummary() {}

  /** One JSON document on one line, ending with a newline. */
  public static String render(Counts counts) {
    StringWriter out = new StringWriter(256 + 160 * counts.layers().size());
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("model", counts.network().name());
      json.writeFieldName("input");
      batched(json, counts.network().input());
      json.writeArrayFieldStart("layers");
      for (LayerFacts f : counts.layers()) {
        json.writeStartObject();
        json.writeStringField("name", f.name());
        json.writeStringField("type", f.kerasType());
        json.writeFieldName("outputShape");
        batched(json, f.outputShape());
        json.writeNumberField("params", f.params());
        json.writeNumberField("trainableParams", f.trainableParams());
        optional(json, "macs", f.macs());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberField("totalParams", counts.totalParams());
      json.writeNumberField("trainableParams", counts.trainableParams());
      json.writeNumberField("nonTrainableParams", counts.nonTrainableParams());
      optional(json, "totalMacs", counts.totalMacs());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.append('\n').toString();
  }

  private static void batched(JsonGenerator json, Shape shape) throws IOException {
    json.writeStartArray();
    json.writeNull();
    for (long d : shape.dims()) {
      if (d == Shape.UNKNOWN) json.writeNull(); else json.writeNumber(d);
    }
    json.writeEndArray();
  }

  private static void optional(JsonGenerator json, String field, OptionalLong value) throws IOException {
    if (value.isPresent()) json.writeNumberField(field, value.getAsLong()); else json.writeNullField(field);
  }
}
