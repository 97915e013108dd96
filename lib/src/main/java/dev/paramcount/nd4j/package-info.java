/**
 * The counts made real: any supported network built as seeded ND4J arrays in the shapes the core
 * reports, and run forward on a seeded random batch.
 *
 * <p>{@link dev.paramcount.nd4j.Nd4jModels} is the front door: {@code materialize} gives an
 * {@link dev.paramcount.nd4j.Nd4jNetwork} (its {@code arrays()}, {@code totalLength()} and
 * {@code forward(batch)}); {@code verify} does both and frees the arrays again; {@code estimate}
 * says how much memory either would take. A {@link dev.paramcount.nd4j.MemoryBudget} is checked
 * before anything is allocated. Everything else in the package (one class per kind of layer,
 * the registry that maps the core's layer records to them) is internal.
 */
package dev.paramcount.nd4j;
