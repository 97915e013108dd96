package dev.paramcount.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paramcount.model.ModelException;
import dev.paramcount.model.Network;
import dev.paramcount.nd4j.LayerRun;
import dev.paramcount.nd4j.MemoryBudget;
import dev.paramcount.nd4j.Nd4jModels;
import dev.paramcount.nd4j.Verification;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code verify (--preset NAME | --keras-json FILE | --keras FILE.keras) [--format text|json]
 * [--batch N] [--seed S] [--memory-budget SIZE]}: materializes the network in ND4J, runs one seeded
 * forward pass, and checks the counted array lengths against the analytic count and every
 * observed shape against the inferred one. Shapes are printed batch first ({@code [1, 13, 13, 1000]}
 * at the default batch of 1). Exit 0 when everything agrees; 2 on bad input (including a memory
 * budget the run would exceed); 1 when ND4J disagrees, a fault in this library rather than in
 * the user's model, reported on one line naming what differs.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Build the network as real ND4J arrays, run one seeded forward pass, and check "
        + "that the arrays add up to the analytic count and every shape is the inferred one.")
final class VerifyCommand implements Callable<Integer> {

  /** Where the network comes from: exactly one of these. */
  static final class Input {
    @Option(names = "--preset", required = true, paramLabel = "NAME",
        description = "A preset: keras-seed, keras-fixed, single-tower, paper, paper-224, torchvision.")
    String preset;

    @Option(names = "--keras-json", required = true, paramLabel = "FILE",
        description = "A Keras model.to_json() file (Keras 3 or tf.keras 2.x).")
    Path kerasJson;

    @Option(names = "--keras", required = true, paramLabel = "FILE.keras",
        description = "A .keras file (a zip holding config.json).")
    Path keras;

    Source source() {
      if (preset != null) return Source.preset(preset);
      return Source.file(kerasJson != null ? kerasJson : keras);
    }
  }

  enum Format { text, json }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

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
  CommandSpec spec;

  @Override
  public Integer call() {
    Source source = input.source();
    Network network = source.load(null);
    MemoryBudget budget = memoryBudget == null ? MemoryBudget.defaultBudget() : MemoryBudget.parse(memoryBudget);
    Verification v;
    try {
      v = Nd4jModels.verify(network, seed, batch, budget);
    } catch (ModelException e) {
      throw source.file() != null && e.file() == null ? e.inFile(source.label()) : e;
    }
    if (!v.agrees()) throw new IllegalStateException(disagreement(v));
    PrintWriter out = spec.commandLine().getOut();
    out.println(format == Format.json ? json(v) : text(v));
    return Main.OK;
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
}
