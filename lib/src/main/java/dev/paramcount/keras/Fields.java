package dev.paramcount.keras;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paramcount.model.ModelException;

/**
 * Typed reads of one JSON object's fields (a layer's {@code config}, or the model's), each
 * failing with a {@link ModelException} that names the layer, the field and the value found.
 * Follows Keras's own leniency: an int may be written {@code 3} or {@code 3.0}, a pair as
 * {@code 3} or {@code [3, 3]}, and an absent or {@code null} optional field takes Keras's default.
 */
final class Fields {
  /** Longest rendering of a bad value in a message; the rest is cut so the message stays one short line. */
  private static final int MAX_VALUE_CHARS = 80;

  private final String layer;
  private final JsonNode node;

  /** {@code layer} is how messages name the owner (a layer's name, or null for the model itself). */
  Fields(String layer, JsonNode node) {
    this.layer = layer;
    this.node = node;
  }

  String layer() {
    return layer;
  }

  /** The raw value, or null when absent or JSON null. */
  JsonNode get(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  boolean has(String field) {
    return get(field) != null;
  }

  int requiredInt(String field) {
    return toInt(field, required(field));
  }

  int optionalInt(String field, int absent) {
    JsonNode value = get(field);
    return value == null ? absent : toInt(field, value);
  }

  /** Keras's {@code (h, w)} argument: one int for both, or a list of two. */
  int[] requiredPair(String field) {
    return toPair(field, required(field));
  }

  int[] optionalPair(String field, int[] absent) {
    JsonNode value = get(field);
    return value == null ? absent : toPair(field, value);
  }

  boolean optionalBoolean(String field, boolean absent) {
    JsonNode value = get(field);
    if (value == null) return absent;
    if (!value.isBoolean()) throw error(field, value, "expected true or false");
    return value.booleanValue();
  }

  String optionalString(String field, String absent) {
    JsonNode value = get(field);
    if (value == null) return absent;
    if (!value.isTextual()) throw error(field, value, "expected a string");
    return value.textValue();
  }

  double requiredNumber(String field) {
    JsonNode value = required(field);
    if (!value.isNumber()) throw error(field, value, "expected a number" + found(value));
    return value.doubleValue();
  }

  JsonNode required(String field) {
    JsonNode value = get(field);
    if (value == null) {
      throw ModelException.field(layer, field, null, node.has(field) ? "must not be null" : "is missing");
    }
    return value;
  }

  ModelException error(String field, JsonNode value, String problem) {
    return ModelException.field(layer, field, render(value), problem);
  }

  /** The whole-number value of {@code value}: {@code 3} or {@code 3.0}, within int range. */
  int toInt(String field, JsonNode value) {
    if (value.isIntegralNumber()) {
      if (!value.canConvertToInt()) throw error(field, value, "is too large; expected a whole number up to " + Integer.MAX_VALUE);
      return value.intValue();
    }
    if (value.isFloatingPointNumber()) {
      double d = value.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
        throw error(field, value, "expected a whole number");
      }
      if (Math.abs(d) > Integer.MAX_VALUE) {
        throw error(field, value, "is too large; expected a whole number up to " + Integer.MAX_VALUE);
      }
      return (int) d;
    }
    throw error(field, value, "expected a whole number" + found(value));
  }

  private int[] toPair(String field, JsonNode value) {
    if (value.isNumber()) {
      int v = toInt(field, value);
      return new int[] {v, v};
    }
    if (value.isArray() && value.size() == 2) {
      return new int[] {toInt(field, value.get(0)), toInt(field, value.get(1))};
    }
    throw error(field, value, "expected a whole number or a list of two" + found(value));
  }

  /** ", found a string" and the like, for the kinds of value that are easy to confuse. */
  static String found(JsonNode value) {
    if (value.isTextual()) return ", found a string";
    if (value.isBoolean()) return ", found a boolean";
    if (value.isArray()) return ", found a list of " + value.size();
    if (value.isObject()) return ", found an object";
    return "";
  }

  /** The value as JSON text, cut to a readable length. */
  static String render(JsonNode value) {
    if (value == null) return null;
    String text = value.toString();
    return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "…";
  }
}
