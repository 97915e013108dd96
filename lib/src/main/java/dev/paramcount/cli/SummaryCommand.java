package dev.paramcount.cli;

import dev.paramcount.count.Counts;
import dev.paramcount.model.Shape;
import dev.paramcount.report.SummaryFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code summary (--preset NAME | --keras-json FILE | --keras FILE.keras)… [--input HxWxC] [--format F]}:
 * every input counted, in the order given, then printed in one format.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = {"Per-layer output shapes, parameters and MACs of one or more networks.",
        "Inputs repeat and are printed in the order given; with --format json each prints one line."})
final class SummaryCommand implements Callable<Integer> {

  /** One input; picocli starts a new one each time an input option appears. */
  static final class Input {
    @Option(names = "--preset", paramLabel = "NAME", required = true,
        description = "A preset: keras-seed, keras-fixed, single-tower, paper, paper-224, torchvision.")
    String preset;

    @Option(names = "--keras-json", paramLabel = "FILE", required = true,
        description = "A Keras model.to_json() file (Keras 3 or tf.keras 2.x).")
    Path kerasJson;

    @Option(names = "--keras", paramLabel = "FILE.keras", required = true,
        description = "A .keras file (a zip holding config.json).")
    Path keras;

    Source source() {
      if (preset != null) return Source.preset(preset);
      return Source.file(kerasJson != null ? kerasJson : keras);
    }
  }

  @Spec
  private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1..*", heading = "Inputs (repeatable, in order):%n")
  private List<Input> inputs = new ArrayList<>();

  @Option(names = "--input", paramLabel = "HxWxC", converter = Converters.ShapeConverter.class,
      description = "Input shape per sample, e.g. 227x227x3: supplies or overrides every input's shape.")
  private Shape input;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = Converters.FormatConverter.class, completionCandidates = Converters.FormatIds.class,
      description = "text (default), classic (tf.keras 2.x model.summary()), json or csv.")
  private SummaryFormat format;

  @Override
  public Integer call() {
    List<Counts> counted = new ArrayList<>(inputs.size());
    for (Input i : inputs) counted.add(Counts.of(i.source().load(input)));
    spec.commandLine().getOut().print(format.render(counted));
    return Main.OK;
  }
}
