package dev.paramcount.chart;

import dev.paramcount.count.Bridge;
import dev.paramcount.presets.AlexNets;
import dev.paramcount.sweep.Sweeps;
import java.nio.file.Path;

/**
 * Writes the example charts of docs/charts.md into a directory (default {@code ../docs/img}, run
 * from lib/). Not a test: a small program kept with the tests so the pictures in the docs can be
 * redrawn with one command whenever the charts change.
 */
public final class DocImages {
  private DocImages() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../docs/img");
    Charts.savePng(Charts.bridge(Bridge.kerasToPaper()), dir.resolve("bridge-waterfall.png"));
    Charts.savePng(Charts.paramsPerLayer(AlexNets.paper(), Scale.LOG), dir.resolve("paper-per-layer-log.png"));
    Charts.savePng(Charts.compare(AlexNets.kerasSeed(), AlexNets.paper()), dir.resolve("seed-vs-paper.png"));
    Charts.savePng(Charts.paramsVsMacs(AlexNets.kerasSeed(), AlexNets.paper()), dir.resolve("params-vs-macs.png"));
    Charts.savePng(Sweeps.inputSize(AlexNets.paper(), 195, 260, 1).chart(), dir.resolve("sweep-input-size.png"));
    System.out.println("wrote the example charts to " + dir.toAbsolutePath().normalize());
  }
}
