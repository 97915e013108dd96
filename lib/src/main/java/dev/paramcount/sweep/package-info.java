/**
 * Sweeps: turn one knob (input size, a layer's filters or units, groups, a width multiplier)
 * over a range and see the totals move, as a Tablesaw table and an XChart line chart. A point
 * the network cannot take (a kernel larger than its input, groups that do not divide the
 * channels) is a gap that carries the library's reason, never a crash.
 */
package dev.paramcount.sweep;
