package dev.paramcount.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.model.Shape;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputSizesTest {
  private final List<InputSizes.Case> cases = InputSizes.alexNet();

  @Test
  void at227Conv1FitsExactly55Times() {
    InputSizes.WindowArithmetic w = cases.get(0).firstConv();
    assertTrue(w.fitsExactly());
    assertEquals(new BigDecimal("55"), w.exactOutput());
    assertEquals(55, w.output());
    assertEquals(Shape.of(6, 6, 256), cases.get(0).flatten().orElseThrow().inputShape());
    assertEquals(60_965_224L, cases.get(0).totalParams());
  }

  @Test
  void at224TheArithmeticGives54Point25AndKerasKeeps54() {
    InputSizes.WindowArithmetic w = cases.get(1).firstConv();
    assertFalse(w.fitsExactly());
    assertEquals(new BigDecimal("54.25"), w.exactOutput());
    assertEquals(54, w.output());
    assertEquals(Shape.of(5, 5, 256), cases.get(1).flatten().orElseThrow().inputShape());
    assertEquals(6400L, cases.get(1).flatten().orElseThrow().neurons().getAsLong());
    assertEquals(49_430_888L, cases.get(1).totalParams());
  }

  @Test
  void at224WithTwoPixelsOfPaddingConv1Gives55AsTorchvisionDoes() {
    InputSizes.WindowArithmetic w = cases.get(2).firstConv();
    assertEquals(2, w.padBefore());
    assertEquals(55, w.output());
    assertEquals(Shape.of(6, 6, 256), cases.get(2).flatten().orElseThrow().inputShape());
    assertEquals(60_965_224L, cases.get(2).totalParams());
  }
}
