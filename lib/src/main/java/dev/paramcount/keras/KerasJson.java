package dev.paramcount.keras;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.paramcount.model.ModelException;
import java.io.IOException;

/**
 * Parses model JSON into a tree, with limits that make hostile input fail fast: a Keras config
 * nests about eight levels deep and its numbers are short, so anything far beyond is refused
 * before it can exhaust the stack or the heap. Every failure becomes a one-line
 * {@link ModelException}.
 */
final class KerasJson {
  /** A Keras 3 Sequential config nests about 8 levels (model, config, layers, layer, config, dtype, config, name). */
  static final int MAX_NESTING_DEPTH = 100;
  /** Digits in one number; Keras writes sizes and rates, never anything near this. */
  static final int MAX_NUMBER_LENGTH = 100;

  /** Thread-safe once configured; built once, shared by every read. */
  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(MAX_NESTING_DEPTH)
              .maxNumberLength(MAX_NUMBER_LENGTH)
              .build())
          .build())
      // Python's json.dumps writes NaN and Infinity for such floats; read them, reject them where a size belongs.
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private KerasJson() {}

  static JsonNode parse(byte[] json) {
    try {
      return nonEmpty(MAPPER.readTree(json));
    } catch (IOException e) {
      throw explain(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return nonEmpty(MAPPER.readTree(json));
    } catch (IOException e) {
      throw explain(e);
    }
  }

  private static JsonNode nonEmpty(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      throw ModelException.network("holds no JSON (only white space); expected the output of model.to_json()");
    }
    return node;
  }

  private static ModelException explain(IOException e) {
    if (e instanceof StreamConstraintsException) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("nesting depth")) {
        return ModelException.network("not a Keras model: the JSON nests deeper than " + MAX_NESTING_DEPTH
            + " levels" + where(e) + " (a Keras config needs about 8)");
      }
      if (message.contains("Number value length")) {
        return ModelException.network("a number is longer than " + MAX_NUMBER_LENGTH + " digits" + where(e));
      }
      return ModelException.network("the JSON is too large to read" + where(e) + ": " + firstLine(e));
    }
    if (e instanceof JsonEOFException) {
      return ModelException.network("the JSON ends too early" + where(e) + " (is the file truncated?)");
    }
    if (e instanceof JsonProcessingException) {
      return ModelException.network("not valid JSON" + where(e) + ": " + firstLine(e));
    }
    return ModelException.network("could not be read: " + firstLine(e));
  }

  private static String where(IOException e) {
    if (!(e instanceof JsonProcessingException)) return "";
    JsonLocation at = ((JsonProcessingException) e).getLocation();
    if (at == null || at.getLineNr() < 1) return "";
    return " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  private static String firstLine(IOException e) {
    String m = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
    if (m == null) return e.getClass().getSimpleName();
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl);
    // Jackson goes on to list every token JSON allows; the user needs only what was found where.
    for (String tail : new String[] {": was expecting", ": expected a valid value"}) {
      int at = line.indexOf(tail);
      if (at > 0) line = line.substring(0, at);
    }

    return line.length() <= 160 ? line : line.substring(0, 160) + "…";
  }
}
