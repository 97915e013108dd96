package dev.paramcount.nd4j;

import dev.paramcount.model.ModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.bytedeco.javacpp.Pointer;

/**
 * How many bytes materializing a network and running it may take. Checked before anything is
 * allocated, so a 300-billion-parameter network is refused in microseconds with a one-line
 * {@link ModelException} instead of an {@link OutOfMemoryError} or a dead notebook kernel.
 *
 * @param bytes  the limit
 * @param source where the limit comes from, for the error message
 */
public record MemoryBudget(long bytes, String source) {

  public MemoryBudget {
    if (bytes < 1) throw ModelException.field(null, "memory-budget", bytes, "must be at least 1 byte");
  }

  /** An explicit limit, e.g. {@code MemoryBudget.of(MemorySize.parse("8GB"))}. */
  public static MemoryBudget of(long bytes) {
    return new MemoryBudget(bytes, "set explicitly");
  }

  /** An explicit limit written as {@code 8GB}, {@code 512m}, {@code 2GiB}. */
  public static MemoryBudget parse(String size) {
    return of(MemorySize.parse(size));
  }

  /**
   * The lowest of: JavaCPP's off-heap limit {@code org.bytedeco.javacpp.maxbytes} (by default the
   * JVM's max heap, {@code -Xmx}), the room left under JavaCPP's {@code maxphysicalbytes} (the
   * process's resident memory it tolerates), and the machine's available memory. ND4J's arrays
   * live off-heap, so the heap itself is not what runs out; the process's RSS is.
   */
  public static MemoryBudget defaultBudget() {
    List<String> parts = new ArrayList<>(3);
    long limit = Long.MAX_VALUE;
    long maxBytes = Pointer.maxBytes() > 0 ? Pointer.maxBytes() : Runtime.getRuntime().maxMemory();
    limit = Math.min(limit, maxBytes);
    parts.add("JavaCPP maxbytes " + MemorySize.format(maxBytes));
    if (Pointer.maxPhysicalBytes() > 0) {
      long room = Math.max(1, Pointer.maxPhysicalBytes() - Pointer.physicalBytes());
      limit = Math.min(limit, room);
      parts.add("room under maxphysicalbytes " + MemorySize.format(room));
    }
    OptionalLong available = availableMemory();
    if (available.isPresent()) {
      limit = Math.min(limit, available.getAsLong());
      parts.add("available memory " + MemorySize.format(available.getAsLong()));
    }
    return new MemoryBudget(Math.max(1, limit), "the lowest of " + String.join(", ", parts));
  }

  /** Throws if {@code estimate} does not fit; the message says what needs how much. */
  public void require(MemoryEstimate estimate) {
    if (estimate.totalBytes() > bytes) {
      throw ModelException.network(estimate.describe() + "; the budget is " + MemorySize.format(bytes)
          + " (" + source + "; raise it with --memory-budget or a MemoryBudget)");
    }
  }

  /** MemAvailable from /proc/meminfo on Linux; empty elsewhere. */
  private static OptionalLong availableMemory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemAvailable:")) {
          String kb = line.substring("MemAvailable:".length()).replace("kB", "").trim();
          return OptionalLong.of(Long.parseLong(kb) * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or an unexpected format: the other limits still apply.
    }
    return OptionalLong.empty();
  }

  @Override
  public String toString() {
    return MemorySize.format(bytes) + " (" + source + ")";
  }
}
