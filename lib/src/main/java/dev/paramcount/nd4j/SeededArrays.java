package dev.paramcount.nd4j;

import java.nio.charset.StandardCharsets;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Uniform float32 arrays whose values depend only on the seed and the array's name
 * ({@code conv2/group1/kernel}), not on the order arrays are made in: editing one layer of a
 * network leaves every other layer's values as they were. Values are written into the array in
 * place, so materializing needs no temporary copies.
 */
final class SeededArrays implements AutoCloseable {
  private final long seed;
  private final Random random;

  SeededArrays(long seed) {
    this.seed = seed;
    this.random = Nd4j.getRandomFactory().getNewRandomInstance(seed);
  }

  /** A new c-order array of {@code shape} filled from U(low, high). */
  INDArray uniform(String name, long[] shape, double low, double high) {
    INDArray array = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
    random.setSeed(seedFor(name));
    Nd4j.rand(array, low, high, random);
    return array;
  }

  /**
   * He-uniform, U(±√(6/fanIn)): keeps the scale of activations roughly constant through ReLU
   * layers, so a deep forward pass neither vanishes nor overflows.
   */
  INDArray heUniform(String name, long[] shape, long fanIn) {
    double limit = Math.sqrt(6.0 / fanIn);
    return uniform(name, shape, -limit, limit);
  }

  /** FNV-1a over the name, mixed with the seed by SplitMix64's finalizer: stable across JVMs. */
  long seedFor(String name) {
    long h = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    long z = h ^ (seed * 0x9e3779b97f4a7c15L);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  @Override
  public void close() {
    try {
      random.close();
    } catch (Exception e) {
      // Releasing the generator's native state cannot fail in a way the caller could act on.
    }
  }
}
