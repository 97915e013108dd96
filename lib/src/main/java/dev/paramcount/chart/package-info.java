/**
 * XChart charts of the counts: parameters per layer (linear and log), variants side by side,
 * share by layer kind, the bridge from 25,678,184 to 60,965,224 as a waterfall, parameters
 * against MACs. {@link dev.paramcount.chart.Charts} is the front door; every chart is
 * {@value dev.paramcount.chart.Charts#WIDTH}×{@value dev.paramcount.chart.Charts#HEIGHT},
 * renders headless, and comes back as a {@link java.awt.image.BufferedImage} with
 * {@link dev.paramcount.chart.Charts#image}, which a notebook cell shows as a picture.
 */
package dev.paramcount.chart;
