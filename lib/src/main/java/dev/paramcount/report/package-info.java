/**
 * Text: every string the library shows a person is built here, from the facts in
 * {@link dev.paramcount.count}. Summaries in four formats ({@link SummaryFormat}), the bridge from
 * the question's model to the paper's count, comparisons of any two networks, the neuron
 * reconciliation and the 224-vs-227 arithmetic. Nothing upstream formats; nothing here counts.
 */
package dev.paramcount.report;
