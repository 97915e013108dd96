/**
 * Tablesaw tables of the counts: per layer, several variants lined up layer by layer, by layer
 * kind, and totals. Thin adapters over {@link dev.paramcount.count.Counts}: every cell is a
 * counted fact, never re-derived here. Print one in a notebook with
 * {@code System.out.println(Tables.perLayer(AlexNets.paper()).printAll())}.
 */
package dev.paramcount.table;
