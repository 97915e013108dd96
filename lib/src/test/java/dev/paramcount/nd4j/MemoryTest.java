package dev.paramcount.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paramcount.count.Counts;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.presets.AlexNets;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemoryTest {

  /** 1,000,000 inputs to 300,000 units: 300,000,300,000 parameters, 1.2 TB at float32. */
  private static Network threeHundredBillion() {
    return Network.builder("big").input(1_000_000).dense(300_000).named("huge").build();
  }

  @Test
  void aThreeHundredBillionParameterNetworkIsRefusedBeforeAnyAllocation() {
    assertEquals(300_000_300_000L, Counts.of(threeHundredBillion()).totalParams());
    long before = Pointer.physicalBytes();
    ModelException e = assertThrows(ModelException.class, () -> Nd4jModels.materialize(threeHundredBillion(), 42));
    assertTrue(e.getMessage().startsWith("materializing 'big' needs 1.2 TB of float32 weights; the budget is "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("raise it with --memory-budget or a MemoryBudget)"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    assertTrue(Pointer.physicalBytes() - before < 100_000_000L, "nothing big was allocated");
  }

  @Test
  void verifyingItIsRefusedTooEvenWithAHugeExplicitBudgetForTheWeightsAlone() {
    ModelException e = assertThrows(ModelException.class,
        () -> Nd4jModels.verify(threeHundredBillion(), 42, 1, MemoryBudget.parse("1.2TB")));
    assertTrue(e.getMessage().startsWith("materializing 'big' and running it at batch 1 needs 1.2 TB"), e.getMessage());
    assertTrue(e.getMessage().contains("; the budget is 1.2 TB (set explicitly;"), e.getMessage());
  }

  @Test
  void thePapersWeightsAreItsCountTimesFourBytes() {
    MemoryEstimate e = Nd4jModels.estimate(AlexNets.paper(), 1);
    assertEquals(4L * 60_965_224L, e.weightBytes());
    assertEquals(8 * e.forwardBytes(), Nd4jModels.estimate(AlexNets.paper(), 8).forwardBytes());
  }

  @Test
  void aBudgetBelowThePapersWeightsRefusesItWithBothSizes() {
    ModelException e = assertThrows(ModelException.class,
        () -> Nd4jModels.materialize(AlexNets.paper(), 42, MemoryBudget.parse("100MB")));
    assertEquals("materializing 'paper' needs 243.9 MB of float32 weights; the budget is 100.0 MB "
        + "(set explicitly; raise it with --memory-budget or a MemoryBudget)", e.getMessage());
  }

  @Test
  void aForwardPassThatWouldNotFitIsRefusedAfterMaterializing() {
    Network net = Network.builder("wide").input(64, 64, 3).conv2d(64, 3).flatten().dense(10).build();
    MemoryBudget budget = MemoryBudget.parse("200MB");
    try (Nd4jNetwork m = Nd4jModels.materialize(net, 1, budget)) {
      ModelException e = assertThrows(ModelException.class, () -> m.forward(5000));
      assertTrue(e.getMessage().startsWith("materializing 'wide' and running it at batch 5000 needs "), e.getMessage());
      assertTrue(e.getMessage().contains("the budget is 200.0 MB"), e.getMessage());
    }
  }

  @Test
  void theDefaultBudgetIsNoMoreThanJavaCppsOffHeapLimit() {
    MemoryBudget budget = MemoryBudget.defaultBudget();
    assertTrue(budget.bytes() > 0);
    assertTrue(budget.bytes() <= Pointer.maxBytes(), budget.toString());
    assertTrue(budget.source().startsWith("the lowest of JavaCPP maxbytes "), budget.source());
  }

  @Test
  void anAllocationFailureBecomesAOneLineModelException() {
    ModelException e = Nd4jModels.outOfMemory("materializing 'x'", MemoryBudget.parse("6GB"),
        new OutOfMemoryError("Cannot allocate new LongPointer(1): totalBytes = 0, physicalBytes = 9968M\nmore"));
    assertEquals("materializing 'x' ran out of memory although the estimate fit the budget of 6.0 GB: "
        + "Cannot allocate new LongPointer(1): totalBytes = 0, physicalBytes = 9968M "
        + "(lower --memory-budget or free memory)", e.getMessage());
  }

  @ParameterizedTest(name = "{0} = {1} bytes")
  @CsvSource({
      "6GB, 6000000000",
      "6g, 6000000000",
      "6 G, 6000000000",
      "512MB, 512000000",
      "1.5TB, 1500000000000",
      "2GiB, 2147483648",
      "64KiB, 65536",
      "1000, 1000",
      "10b, 10"})
  void sizesParseInDecimalUnitsUnlessBinaryIsAskedFor(String text, long bytes) {
    assertEquals(bytes, MemorySize.parse(text));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"lots", "-5GB", "5 XB", "0", "''"})
  void aSizeThatIsNotOneIsAOneLineError(String text) {
    ModelException e = assertThrows(ModelException.class, () -> MemorySize.parse(text));
    assertTrue(e.getMessage().startsWith("field 'memory-budget' = \""), e.getMessage());
  }

  @ParameterizedTest(name = "{0} bytes = {1}")
  @CsvSource({"243860896, 243.9 MB", "1200001200000, 1.2 TB", "999, 999 bytes", "999960, 1.0 MB", "6000000000, 6.0 GB"})
  void sizesPrintWithOneDecimal(long bytes, String text) {
    assertEquals(text, MemorySize.format(bytes));
  }
}
