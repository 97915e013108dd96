package dev.paramcount.cli;

import dev.paramcount.ParamCount;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code explain [--topic T]}: the bridge from 25,678,184 to 60,965,224, and the other facts the notebooks teach. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Explains the question's 25,678,184 against the paper's 60 million, step by step.",
        "--topic neurons reconciles the paper's 650,000 neurons; --topic input-size shows 224 vs 227."})
final class ExplainCommand implements Callable<Integer> {

  /** What to explain. */
  enum Topic {
    BRIDGE(ParamCount::explain),
    NEURONS(ParamCount::explainNeurons),
    INPUT_SIZE(ParamCount::explainInputSizes),
    ALL(() -> ParamCount.explain() + "\n" + ParamCount.explainNeurons() + "\n" + ParamCount.explainInputSizes());

    private final Supplier<String> text;

    Topic(Supplier<String> text) {
      this.text = text;
    }

    String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @Spec
  private CommandSpec spec;

  @Option(names = "--topic", paramLabel = "TOPIC", defaultValue = "bridge", converter = TopicConverter.class,
      description = "bridge (default), neurons, input-size or all.")
  private Topic topic;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(topic.text.get());
    return Main.OK;
  }

  static final class TopicConverter implements picocli.CommandLine.ITypeConverter<Topic> {
    @Override
    public Topic convert(String value) {
      for (Topic t : Topic.values()) if (t.id().equals(value)) return t;
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "': expected one of bridge, neurons, input-size, all");
    }
  }
}
