package dev.paramcount.cli;

import dev.paramcount.count.Comparison;
import dev.paramcount.model.Network;
import dev.paramcount.model.Shape;
import dev.paramcount.report.ComparisonReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare A B}: two networks lined up layer by layer, each difference with its exact delta. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Lines up the layers of two networks and names every difference with its effect on the count.",
        "A and B are each a preset (keras-seed, keras-fixed, single-tower, paper, paper-224, torchvision)",
        "or a Keras file (model.to_json() output or a .keras zip); write ./NAME for a file named like a preset."})
final class CompareCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The network to start from.")
  private String before;

  @Parameters(index = "1", paramLabel = "B", description = "The network to arrive at.")
  private String after;

  @Option(names = "--input", paramLabel = "HxWxC", converter = Converters.ShapeConverter.class,
      description = "Input shape per sample for both sides, e.g. 224x224x3.")
  private Shape input;

  @Override
  public Integer call() {
    Source a = Source.parse(before);
    Source b = Source.parse(after);
    Network na = a.load(input);
    Network nb = b.load(input);
    spec.commandLine().getOut().print(ComparisonReport.render(Comparison.of(na, nb), a.label(), b.label()));
    return Main.OK;
  }
}
