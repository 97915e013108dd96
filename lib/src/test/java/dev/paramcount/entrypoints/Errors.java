package dev.paramcount.entrypoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.paramcount.model.ModelException;
import org.junit.jupiter.api.function.Executable;

/** What a notebook shows for a bad call: the library's own exception, on one line, naming the culprit. */
final class Errors {
  private Errors() {}

  /**
   * Runs {@code call}, which must throw exactly {@link ModelException}; its message must be one
   * line holding every fragment ({@code "layer 'fc6'"}, {@code "field 'units' = 0"}, …).
   */
  static ModelException oneLine(Executable call, String... fragments) {
    ModelException e;
    try {
      call.execute();
      fail("expected a ModelException naming " + String.join(", ", fragments) + ", but the call worked");
      return null;
    } catch (ModelException thrown) {
      e = thrown;
    } catch (Throwable other) {
      throw new AssertionError("expected a ModelException, got " + other, other);
    }
    String message = e.getMessage();
    assertEquals(ModelException.class, e.getClass());
    assertFalse(message.contains("\n") || message.contains("\r"), () -> "not one line: " + message);
    for (String fragment : fragments) {
      assertTrue(message.contains(fragment), () -> "'" + fragment + "' missing from: " + message);
    }
    return e;
  }
}
