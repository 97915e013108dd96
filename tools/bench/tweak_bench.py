#!/usr/bin/env python3
"""How long a tweak cell takes, end to end through the Java kernel, warm.

    .venv/bin/python tools/bench/tweak_bench.py [--runs 30] [--warmup 100] [--json]

A kernel is started from the kernelspec `java` that bin/lab installed into .venv, in notebooks/
(as JupyterLab would), and given the notebooks' first cells (`%jars`, imports). Then the tweak
cell below runs --warmup times untimed and --runs times timed, each time with a different fc6
width n (256 … 8192). The JIT keeps compiling JShell's compiler for the first hundred or so cells
of a kernel (its CPU time per cell is then about twice the wall time), so "warm" is after 100;
--warmup 10 shows a kernel early in a session:

    Network tweaked = AlexNets.paper().withUnits("fc6", n);     // edit one layer
    Counts counts = ParamCount.count(tweaked);                  // recount
    System.out.println(ParamCount.summary(tweaked));            // re-render the text summary
    Charts.image(Charts.paramsPerLayer(tweaked))                // chart -> BufferedImage -> PNG

Timed per execution: execute_request sent -> the kernel idle again, with the summary and the
PNG received (what the user waits for). The printed total is checked against
60,965,224 - (4096 - n) * 13,313 and the PNG's presence, so a broken cell cannot look fast.
The first (cold) execution is reported apart. Target: under 300 ms warm.

For where the time goes, the same kernel then runs, --runs times each: `tweak(n)`, the same work
as one method defined once (so the cell is one JShell snippet instead of five); `1 + 2` (the
floor: JShell compiling a cell plus the Jupyter round trip); and the tweak's steps timed inside
the kernel with System.nanoTime (edit + recount, summary text, XChart chart, drawing it to a
BufferedImage, PNG encoding with ImageIO, which the kernel does for an image value). The kernel process's CPU time
per tweak cell (all its threads) is printed too: it depends far less on the neighbours' load.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "kernel"))
sys.path.insert(0, str(REPO / "tools" / "bench"))
from kernel_bench import cpu_seconds  # noqa: E402
from kernel_harness import start_kernel  # noqa: E402

KERNELS = REPO / ".venv" / "share" / "jupyter" / "kernels"
SETUP = ["%jars ../lib/target/paramcount-all.jar",
         "import dev.paramcount.ParamCount;\nimport dev.paramcount.model.*;\nimport dev.paramcount.count.*;\n"
         "import dev.paramcount.presets.AlexNets;\nimport dev.paramcount.chart.Charts;"]
CELL = """int fc6Units = {n};
Network tweaked = AlexNets.paper().withUnits("fc6", fc6Units);
Counts counts = ParamCount.count(tweaked);
System.out.println(ParamCount.summary(tweaked));
Charts.image(Charts.paramsPerLayer(tweaked))"""
PAPER, PER_UNIT = 60_965_224, 9216 + 1 + 4096
STEPS = ["edit + recount", "summary text", "chart", "draw to BufferedImage", "PNG encode"]
# Defined once in the kernel: the same work as CELL as one method, so that a cell calling it is a
# single JShell snippet, and the same steps timed one by one inside the kernel.
HELPERS = ["""java.awt.image.BufferedImage tweak(int fc6Units) {
    Network tweaked = AlexNets.paper().withUnits("fc6", fc6Units);
    Counts counts = ParamCount.count(tweaked);
    System.out.println(ParamCount.summary(tweaked));
    return Charts.image(Charts.paramsPerLayer(tweaked));
}""", """long[] tweakSteps(int fc6Units) throws java.io.IOException {
    long t0 = System.nanoTime();
    Network tweaked = AlexNets.paper().withUnits("fc6", fc6Units);
    Counts counts = ParamCount.count(tweaked);
    long t1 = System.nanoTime();
    String text = ParamCount.summary(tweaked);
    long t2 = System.nanoTime();
    var chart = Charts.paramsPerLayer(tweaked);
    long t3 = System.nanoTime();
    java.awt.image.BufferedImage drawn = Charts.image(chart);
    long t4 = System.nanoTime();
    javax.imageio.ImageIO.write(drawn, "png", new java.io.ByteArrayOutputStream());
    long t5 = System.nanoTime();
    return new long[] {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4};
}"""]
ONE_SNIPPET = "tweak({n})"


def widths(count, offset=0):
    """Different fc6 widths in turn, so no execution repeats the previous one's network."""
    return [256 * (1 + (offset + 7 * i) % 32) for i in range(count)]


def timed(kernel, n, cell=CELL):
    result = kernel.ok(cell.format(n=n))
    done = max([result.replied_at] + [t for t, _ in result.messages])
    text = result.stream("stdout")
    expected = f"{PAPER - (4096 - n) * PER_UNIT:,}"
    assert f"Total params:" in text and expected in text, f"fc6={n}: expected {expected} in\n{text}"
    assert "image/png" in result.result, f"fc6={n}: no PNG"
    return done - result.sent_at


def floor_and_steps(kernel, runs):
    """`1 + 2` round trips, and the tweak's steps in ms as timed inside the kernel (medians)."""
    trivial = []
    for _ in range(runs):
        result = kernel.ok("1 + 2")
        trivial.append(max([result.replied_at] + [t for t, _ in result.messages]) - result.sent_at)
    steps = []
    for n in widths(runs):
        printed = kernel.ok(f"java.util.Arrays.toString(tweakSteps({n}))").result["text/plain"]
        steps.append([int(v) / 1e6 for v in printed.strip("[]").split(", ")])
    return statistics.median(trivial), [statistics.median(s[i] for s in steps) for i in range(len(STEPS))]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not (KERNELS / "java" / "kernel.json").is_file():
        sys.exit("error: no kernelspec java in .venv: run bin/lab --execute first")

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as logs:
        kernel = start_kernel(KERNELS, REPO / "notebooks", logs)
        try:
            for code in SETUP + HELPERS:
                kernel.ok(code)
            cold = timed(kernel, 2048)
            for n in widths(args.warmup, offset=3):
                timed(kernel, n)
            cpu_before = cpu_seconds(kernel.manager)
            warm = [timed(kernel, n) for n in widths(args.runs)]
            cpu = None if cpu_before is None else (cpu_seconds(kernel.manager) - cpu_before) / len(warm)
            for n in widths(args.warmup, offset=3):
                timed(kernel, n, ONE_SNIPPET)
                kernel.ok(f"tweakSteps({n})")
            cpu_before = cpu_seconds(kernel.manager)
            one_snippet = [timed(kernel, n, ONE_SNIPPET) for n in widths(args.runs)]
            cpu_one = None if cpu_before is None else (cpu_seconds(kernel.manager) - cpu_before) / len(one_snippet)
            floor, steps = floor_and_steps(kernel, args.runs)
        finally:
            kernel.stop()
    figures = {
        "load_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "cold_ms": round(cold * 1000),
        "warm_median_ms": round(statistics.median(warm) * 1000),
        "warm_p90_ms": round(percentile(warm, 0.9) * 1000),
        "warm_min_ms": round(min(warm) * 1000),
        "warm_max_ms": round(max(warm) * 1000),
        "runs": len(warm),
        "under_300_ms": sum(t < 0.3 for t in warm),
        "kernel_cpu_per_tweak_ms": None if cpu is None else round(cpu * 1000),
        "one_snippet_median_ms": round(statistics.median(one_snippet) * 1000),
        "one_snippet_p90_ms": round(percentile(one_snippet, 0.9) * 1000),
        "kernel_cpu_per_one_snippet_ms": None if cpu_one is None else round(cpu_one * 1000),
        "floor_1_plus_2_ms": round(floor * 1000),
        "steps_in_kernel_ms": {name: round(ms, 1) for name, ms in zip(STEPS, steps)},
    }
    if args.json:
        print(json.dumps(figures))
        return
    print(f"tweak cell (edit fc6, recount, summary, chart PNG), through the kernel; "
          f"1-min load {figures['load_1min'][0]} -> {figures['load_1min'][1]}")
    print(f"  cold (first execution)   {figures['cold_ms']} ms")
    print(f"  warm, {len(warm)} executions     median {figures['warm_median_ms']} ms, p90 {figures['warm_p90_ms']} ms, "
          f"min {figures['warm_min_ms']} ms, max {figures['warm_max_ms']} ms; "
          f"{figures['under_300_ms']}/{len(warm)} under 300 ms")
    print(f"  kernel CPU per tweak cell  {figures['kernel_cpu_per_tweak_ms']} ms (all threads)")
    print(f"  the same as one snippet    median {figures['one_snippet_median_ms']} ms, p90 {figures['one_snippet_p90_ms']} ms "
          f"(`tweak(n)`, a method defined once: JShell compiles one snippet instead of five); "
          f"kernel CPU {figures['kernel_cpu_per_one_snippet_ms']} ms")
    print(f"  `1 + 2` in the same kernel {figures['floor_1_plus_2_ms']} ms (JShell compile + round trip)")
    print("  steps inside the kernel    " + ", ".join(f"{k} {v} ms" for k, v in figures["steps_in_kernel_ms"].items()))


if __name__ == "__main__":
    main()
