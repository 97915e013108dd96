package dev.paramcount.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShapeTest {

  @Test
  void parsesTheCliForms() {
    assertEquals(Shape.of(227, 227, 3), Shape.parse("227x227x3"));
    assertEquals(Shape.of(224, 224, 3), Shape.parse("224×224×3"));
    assertEquals(Shape.of(Shape.UNKNOWN, Shape.UNKNOWN, 3), Shape.parse("?x None x3"));
  }

  @Test
  void rejectsBadDimensionsNamingTheValue() {
    ModelException e = assertThrows(ModelException.class, () -> Shape.parse("227x0x3"));
    assertTrue(e.getMessage().contains("227x0x3"), e.getMessage());
    ModelException word = assertThrows(ModelException.class, () -> Shape.parse("227xabcx3"));
    assertTrue(word.getMessage().contains("'abc' is not a whole number"), word.getMessage());
    assertThrows(ModelException.class, () -> Shape.of(5, -3));
  }

  @Test
  void elementsAreEmptyWhenADimensionIsUnknown() {
    assertEquals(290_400L, Shape.of(55, 55, 96).elements().getAsLong());
    assertTrue(Shape.of(Shape.UNKNOWN, 3).elements().isEmpty());
    assertFalse(Shape.of(Shape.UNKNOWN, 3).isFullyKnown());
  }

  @Test
  void elementsNeverWrapAround() {
    Shape huge = Shape.of(1L << 40, 1L << 40);
    ModelException e = assertThrows(ModelException.class, huge::elements);
    assertTrue(e.getMessage().contains("too large to count"), e.getMessage());
  }

  @Test
  void negativeAxesCountFromTheEnd() {
    Shape s = Shape.of(13, 13, 256);
    assertEquals(256, s.dim(-1));
    assertEquals(Shape.of(13, 13, 4096), s.with(-1, 4096));
    assertEquals(Arrays.asList(13L, null), Shape.of(13, Shape.UNKNOWN).toNullableList());
  }
}
