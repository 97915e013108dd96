package dev.paramcount.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paramcount.keras.KerasModels;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.nd4j.LayerRun;
import dev.paramcount.nd4j.MemoryBudget;
import dev.paramcount.nd4j.Nd4jModels;
import dev.paramcount.nd4j.Verification;
import dev.paramcount.presets.Preset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paramcount verify}: materializes a network in ND4J, runs one seeded forward pass, and
 * checks the counted array lengths against the analytic count and every observed shape against
 * the inferred one. Exit 0 when everything agrees, 2 on bad input, 1 on a disagreement (a fault
 * in this library, not in the user's model: one {@code error:} line names what differs). Shapes are printed with the batch dimension first
 * ({@code [1, 13, 13, 1000]} at the default batch of 1).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Build the network as real ND4J arrays, run one seeded forward pass, and check "
        + "that the arrays add up to the analytic count and every shape is the inferred one.")
public final class VerifyCommand implements Callable<Integer> {

  /** Where the network comes from: exactly one of these. */
  static final class Source {
    @Option(names = "--preset", required = true, paramLabel = "NAME",
        description = "A preset: keras-seed, keras-fixed, single-tower, paper, paper-224, torchvision.")
    String preset;

    @Option(names = "--keras-json", required = true, paramLabel = "FILE",
        description = "A Keras Sequential model as saved by model.to_json() (Keras 3 or tf.keras 2.x).")
    Path kerasJson;

    Network network() {
      return preset != null ? Preset.byId(preset).network() : KerasModels.read(kerasJson);
    }
  }

  enum Format { text, json }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (one line). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--batch", defaultValue = "1", paramLabel = "N",
      description = "Samples in the forward pass. Default: ${DEFAULT-VALUE}.")
  int batch;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED",
      description = "Seed for the weights and the input. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--memory-budget", paramLabel = "SIZE",
      description = "Refuse to allocate more than this, e.g. 8GB, 512MB, 2GiB. Default: the lowest of "
          + "JavaCPP's maxbytes (the JVM's -Xmx unless set), its maxphysicalbytes headroom and the available memory.")
  String memoryBudget;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Network network = source.network();
    MemoryBudget budget = memoryBudget == null ? MemoryBudget.defaultBudget() : MemoryBudget.parse(memoryBudget);
    Verification v;
    try {
      v = Nd4jModels.verify(network, seed, batch, budget);
    } catch (ModelException e) {
      throw source.kerasJson != null && e.file() == null ? e.inFile(source.kerasJson.toString()) : e;
    }
    if (!v.agrees()) throw new IllegalStateException(disagreement(v));
    PrintWriter out = spec.commandLine().getOut();
    out.println(format == Format.json ? json(v) : text(v));
    out.flush();
    return 0;
  }

  /** One line saying what ND4J got differently: a fault in this library, never in the user's model. */
  static String disagreement(Verification v) {
    StringBuilder s = new StringBuilder("ND4J disagrees with the analytic facts of '" + v.network() + "':");
    if (!v.countsAgree()) {
      s.append(String.format(" %,d parameters counted, %,d in ND4J arrays;", v.analyticParams(), v.nd4jParams()));
    }
    for (LayerRun l : v.layers()) {
      if (!l.agrees()) s.append(" layer '").append(l.name()).append("' inferred ").append(l.inferredShape())
          .append(", observed ").append(l.observedShape()).append(';');
    }
    s.setLength(s.length() - 1);
    return s.toString();
  }

  static String json(Verification v) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("analyticParams", v.analyticParams());
    root.put("nd4jParams", v.nd4jParams());
    root.set("forwardOutputShape", shape(mapper, v.forwardOutputShape()));
    ArrayNode layers = root.putArray("layers");
    for (LayerRun l : v.layers()) {
      ObjectNode row = layers.addObject();
      row.put("name", l.name());
      row.set("inferredShape", shape(mapper, l.inferredShape()));
      row.set("observedShape", shape(mapper, l.observedShape()));
    }
    return root.toString();
  }

  private static ArrayNode shape(ObjectMapper mapper, List<Long> dims) {
    ArrayNode a = mapper.createArrayNode();
    dims.forEach(a::add);
    return a;
  }

  static String text(Verification v) {
    StringBuilder s = new StringBuilder();
    s.append(String.format("%s: analytic %,d parameters, ND4J arrays %,d values in %d arrays — %s%n", v.network(),
        v.analyticParams(), v.nd4jParams(), v.arrays(), v.countsAgree() ? "equal" : "DIFFERENT"));
    s.append(String.format("forward pass of %d seeded sample%s: output %s%n", v.batch(), v.batch() == 1 ? "" : "s",
        v.forwardOutputShape()));
    int width = v.layers().stream().mapToInt(l -> l.name().length()).max().orElse(5);
    s.append(String.format("%-" + width + "s  %-22s  %-22s%n", "layer", "inferred", "observed"));
    for (LayerRun l : v.layers()) {
      s.append(String.format("%-" + width + "s  %-22s  %-22s  %s%n", l.name(), l.inferredShape(), l.observedShape(),
          l.agrees() ? "ok" : "MISMATCH"));
    }
    s.append(v.agrees() ? "verified: the counts and all " + v.layers().size() + " shapes agree"
        : "NOT verified: see DIFFERENT / MISMATCH above");
    return s.toString();
  }

  /**
   * A command line for this command alone, with the project's error conventions: bad input prints
   * one {@code error:} line and exits 2, an internal fault exits 1.
   */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new VerifyCommand());
    cmd.setParameterExceptionHandler((e, args) -> {
      e.getCommandLine().getErr().println("error: " + e.getMessage().replaceFirst("^Error: ", ""));
      return 2;
    });
    cmd.setExecutionExceptionHandler((e, c, parsed) -> {
      if (e instanceof ModelException) {
        c.getErr().println("error: " + e.getMessage());
        return 2;
      }
      c.getErr().println("error: internal fault: " + e.getMessage());
      return 1;
    });
    return cmd;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
