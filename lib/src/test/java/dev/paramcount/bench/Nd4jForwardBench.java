package dev.paramcount.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paramcount.count.Counts;
import dev.paramcount.nd4j.MemoryBudget;
import dev.paramcount.nd4j.MemorySize;
import dev.paramcount.nd4j.Nd4jModels;
import dev.paramcount.nd4j.Nd4jNetwork;
import dev.paramcount.presets.AlexNets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The ND4J benchmarks of issue 4, in one fresh JVM, with PyTorch as the baseline in the same run:
 *
 * <ol>
 *   <li>ND4J's start-up: the first {@code Nd4j} call (class init, native library load);</li>
 *   <li>materializing {@code paper}: wall time and peak resident memory above the JVM's
 *       baseline, against its 243.9 MB of float32 weights (target: within 1.5×);</li>
 *   <li>the forward pass of {@code paper} at 227×227 for each batch: ms/image and GFLOP/s
 *       (2 × 724,406,816 FLOPs per image), in rounds that alternate with
 *       {@code tools/bench/torch_forward_bench.py} so both see the same machine load; the
 *       ratio ND4J/PyTorch per round, its median, and the ratio of each side's fastest round
 *       (targets: ≤ 2 at batch 1, ≤ 1.5 at batch 8).</li>
 * </ol>
 *
 * Run with {@code tools/bench/nd4j_forward_bench.sh} (which builds the classpath and sets 2
 * threads); the last line of output is one JSON document with every figure.
 */
public final class Nd4jForwardBench {
  private static final long FLOPS_PER_IMAGE = 2L * 724_406_816L;

  private Nd4jForwardBench() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode report = mapper.createObjectNode();
    report.put("tool", "nd4j_forward_bench");
    report.put("loadAverageAtStart", loadAverage());

    // 1. Start-up: nothing has touched ND4J yet in this JVM.
    long rssBeforeNd4j = status("VmRSS");
    long t0 = System.nanoTime();
    INDArray first = Nd4j.create(new float[] {1f, 2f});
    double startupMs = (System.nanoTime() - t0) / 1e6;
    first.close();
    report.put("nd4jStartupMs", startupMs);
    report.put("rssBeforeNd4jBytes", rssBeforeNd4j);
    report.put("threads", Nd4j.getEnvironment().maxThreads());
    report.put("blas", String.valueOf(Nd4j.factory().blas().getBlasVendor()));
    System.out.printf(Locale.ROOT, "ND4J start-up (first Nd4j call): %.0f ms; %d threads, BLAS %s%n", startupMs,
        Nd4j.getEnvironment().maxThreads(), Nd4j.factory().blas().getBlasVendor());

    // 2. Materializing paper: resident memory before, peak during, after.
    System.gc();
    long baseline = status("VmRSS");
    long t1 = System.nanoTime();
    Nd4jNetwork paper = Nd4jModels.materialize(AlexNets.paper(), 42, MemoryBudget.parse("4GB"));
    double materializeMs = (System.nanoTime() - t1) / 1e6;
    long peak = status("VmHWM");
    long after = status("VmRSS");
    long weights = Counts.of(AlexNets.paper()).paramBytes();
    double ratio = (double) (peak - baseline) / weights;
    ObjectNode mem = report.putObject("materializePaper");
    mem.put("millis", materializeMs);
    mem.put("weightBytes", weights);
    mem.put("rssBaselineBytes", baseline);
    mem.put("rssPeakBytes", peak);
    mem.put("rssAfterBytes", after);
    mem.put("peakAboveBaselineBytes", peak - baseline);
    mem.put("peakOverWeights", ratio);
    mem.put("javacppPhysicalBytes", Pointer.physicalBytes());
    System.out.printf(Locale.ROOT, "materialize paper: %.0f ms; RSS %s -> peak %s (+%s) for %s of weights = %.2fx%n",
        materializeMs, MemorySize.format(baseline), MemorySize.format(peak), MemorySize.format(peak - baseline),
        MemorySize.format(weights), ratio);

    // 3. Forward passes, alternating with PyTorch round by round.
    ArrayNode results = report.putArray("forward");
    for (int batch : o.batches) {
      INDArray input = paper.input(batch);
      List<Double> nd4j = new ArrayList<>();
      List<Double> torch = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      for (int w = 0; w < o.warmup; w++) paper.forward(input);
      for (int round = 0; round < o.rounds; round++) {
        double t = Double.NaN;
        double n;
        if (round % 2 == 0) {
          t = o.torch.isEmpty() ? Double.NaN : torchMsPerImage(mapper, o, batch);
          n = nd4jMsPerImage(paper, input, o.iters(batch));
        } else {
          n = nd4jMsPerImage(paper, input, o.iters(batch));
          t = o.torch.isEmpty() ? Double.NaN : torchMsPerImage(mapper, o, batch);
        }
        nd4j.add(n);
        torch.add(t);
        ratios.add(n / t);
        System.out.printf(Locale.ROOT, "  batch %d round %d: ND4J %.1f ms/image, PyTorch %.1f ms/image, ratio %.2f%n",
            batch, round + 1, n, t, n / t);
      }
      ObjectNode r = results.addObject();
      r.put("batch", batch);
      r.put("rounds", o.rounds);
      r.put("itersPerRound", o.iters(batch));
      r.put("nd4jMsPerImage", median(nd4j));
      r.put("nd4jGflops", FLOPS_PER_IMAGE / median(nd4j) / 1e6);
      r.put("torchMsPerImage", median(torch));
      r.put("torchGflops", FLOPS_PER_IMAGE / median(torch) / 1e6);
      r.put("ratioNd4jOverTorch", median(ratios));
      // The machine is shared: the fastest round of each side is the closest to an idle machine.
      r.put("nd4jBestMsPerImage", Collections.min(nd4j));
      r.put("torchBestMsPerImage", Collections.min(torch));
      r.put("ratioOfBestRounds", Collections.min(nd4j) / Collections.min(torch));
      r.set("ratiosPerRound", mapper.valueToTree(ratios));
      System.out.printf(Locale.ROOT, "paper batch %d: ND4J %.1f ms/image (%.2f GFLOP/s), PyTorch %.1f ms/image "
          + "(%.2f GFLOP/s), median ratio %.2f%n", batch, median(nd4j), FLOPS_PER_IMAGE / median(nd4j) / 1e6,
          median(torch), FLOPS_PER_IMAGE / median(torch) / 1e6, median(ratios));
      System.out.printf(Locale.ROOT, "paper batch %d, fastest rounds: ND4J %.1f ms/image (%.2f GFLOP/s), PyTorch %.1f "
          + "ms/image (%.2f GFLOP/s), ratio %.2f%n", batch, Collections.min(nd4j),
          FLOPS_PER_IMAGE / Collections.min(nd4j) / 1e6, Collections.min(torch),
          FLOPS_PER_IMAGE / Collections.min(torch) / 1e6, Collections.min(nd4j) / Collections.min(torch));
      input.close();
    }
    paper.close();
    report.put("loadAverageAtEnd", loadAverage());
    System.out.println(report);
  }

  /** Median ms per image over {@code iters} passes. */
  private static double nd4jMsPerImage(Nd4jNetwork net, INDArray input, int iters) {
    double[] ms = new double[iters];
    for (int i = 0; i < iters; i++) {
      long t = System.nanoTime();
      net.forward(input);
      ms[i] = (System.nanoTime() - t) / 1e6 / input.size(0);
    }
    return median(Arrays.stream(ms).boxed().toList());
  }

  /** Runs the PyTorch helper for one batch and returns its median ms per image. */
  private static double torchMsPerImage(ObjectMapper mapper, Options o, int batch) throws IOException,
      InterruptedException {
    List<String> cmd = new ArrayList<>(Arrays.asList(o.torch.split(" ")));
    cmd.addAll(List.of("--json", "--threads", String.valueOf(o.threads), "--batches", String.valueOf(batch),
        "--warmup", String.valueOf(o.warmup), "--iters", String.valueOf(o.iters(batch))));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) throw new IllegalStateException("PyTorch helper failed: " + String.join(" ", cmd));
    String last = out.strip().lines().reduce((a, b) -> b).orElseThrow();
    JsonNode result = mapper.readTree(last).get("results").get(0);
    return result.get("medianMsPerImage").asDouble();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The 1-minute load average: the machine is shared, so every figure comes with it. */
  private static double loadAverage() throws IOException {
    return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
  }

  /** A field of /proc/self/status in bytes (VmRSS: resident now, VmHWM: peak resident). */
  private static long status(String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim()) * 1024;
      }
    }
    throw new IllegalStateException("no " + field + " in /proc/self/status");
  }

  private static final class Options {
    List<Integer> batches = List.of(1, 8);
    int rounds = 9;
    int warmup = 3;
    int itersBatch1 = 10;
    int itersLarger = 3;
    int threads = 2;
    String torch = "";

    int iters(int batch) {
      return batch == 1 ? itersBatch1 : itersLarger;
    }

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String v = i + 1 < args.length ? args[i + 1] : "";
        switch (args[i]) {
          case "--batches": o.batches = Arrays.stream(v.split(",")).map(Integer::parseInt).toList(); i++; break;
          case "--rounds": o.rounds = Integer.parseInt(v); i++; break;
          case "--warmup": o.warmup = Integer.parseInt(v); i++; break;
          case "--iters": o.itersBatch1 = Integer.parseInt(v); i++; break;
          case "--iters-batch": o.itersLarger = Integer.parseInt(v); i++; break;
          case "--threads": o.threads = Integer.parseInt(v); i++; break;
          case "--torch": o.torch = v; i++; break;
          default: throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return o;
    }
  }
}
