package dev.paramcount.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paramcount.model.Shape;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void groupsThousandsWithCommasInAnyLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("25,678,184", Numbers.grouped(25_678_184));
      assertEquals("-1,413,120", Numbers.grouped(-1_413_120));
      assertEquals("999", Numbers.grouped(999));
      assertEquals("1,000", Numbers.grouped(1000));
      assertEquals("0", Numbers.grouped(0));
      assertEquals("-9,223,372,036,854,775,808", Numbers.grouped(Long.MIN_VALUE));
      assertEquals("61.93%", Numbers.percent(0.619254));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void signsDeltasWithPlusOrATrueMinus() {
    assertEquals("+0", Numbers.signed(0));
    assertEquals("+36,700,160", Numbers.signed(36_700_160));
    assertEquals("\u22121,413,120", Numbers.signed(-1_413_120));
  }

  @Test
  void spellsShapesAsPythonTuplesWithTheBatchFirst() {
    assertEquals("(None, 55, 55, 96)", Numbers.pythonTuple(Shape.of(55, 55, 96)));
    assertEquals("(None, 4096)", Numbers.pythonTuple(Shape.of(4096)));
    assertEquals("(None, None, None, 3)", Numbers.pythonTuple(Shape.parse("?x?x3")));
  }

  @Test
  void writesBytesInBinaryUnits() {
    assertEquals("232.6 MiB", Numbers.bytes(243_860_896));
    assertEquals("512 B", Numbers.bytes(512));
  }
}
