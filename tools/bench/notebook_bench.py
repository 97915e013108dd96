#!/usr/bin/env python3
"""How long the notebooks take headless, and how that compares with the same work in Keras.

    .venv/bin/python tools/bench/notebook_bench.py [--rounds 3] [--starts 5] [--no-keras] [--json]

Measures, through jupyter_client and the kernelspec `java` that bin/lab installed into .venv:

  start      kernel launched -> result of `1 + 2` (sent as soon as the kernel is ready), and
             launched -> the first number of a notebook: the `%jars` cell, the imports, and
             `ParamCount.count(AlexNets.paper()).totalParams()` (median over --starts kernels)
  notebooks  each notebook run headless with tools/execute_notebooks.py (what bin/lab --execute
             runs: its own kernel per notebook), wall time including the kernel's start, and its
             cells alone (busy -> idle, from nbclient's timing metadata); the whole set
  keras      tools/bench/keras_notebook/run.sh: the same summaries, tables, charts, forward passes
             and sweeps in one Keras 3 notebook (its sections follow notebooks 01-06), run right
             after each round of the Java notebooks; the ratio Keras / Java per round

Figures are medians over --rounds rounds; every round records the 1-minute load average before it
(the machine is shared, 2 cores), and the quietest round is printed on its own as well.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))
sys.path.insert(0, str(REPO / "tests" / "kernel"))
from execute_notebooks import execute  # noqa: E402
from kernel_harness import start_kernel  # noqa: E402

KERNELS = REPO / ".venv" / "share" / "jupyter" / "kernels"
NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))
KERAS_RUNNER = REPO / "tools" / "bench" / "keras_notebook" / "run.sh"
FIRST_CELLS = ["%jars ../lib/target/paramcount-all.jar",
               "import dev.paramcount.ParamCount;\nimport dev.paramcount.presets.AlexNets;",
               "ParamCount.count(AlexNets.paper()).totalParams()"]


def load():
    return round(os.getloadavg()[0], 2)


def jupyter_env():
    """Jupyter's dirs inside .venv, as bin/_common.sh's pc_jupyter_env sets them."""
    venv = REPO / ".venv"
    os.environ.update({
        "JUPYTER_CONFIG_DIR": str(venv / "etc" / "jupyter"), "JUPYTER_DATA_DIR": str(venv / "share" / "jupyter"),
        "JUPYTER_RUNTIME_DIR": str(venv / "share" / "jupyter" / "runtime"), "JUPYTER_PLATFORM_DIRS": "1",
        "IPYTHONDIR": str(venv / "etc" / "ipython")})


def result_time(result):
    """When the cell's result arrived (its execute_result, else its reply)."""
    times = [t for t, m in result.messages if m["msg_type"] == "execute_result"]
    return times[0] if times else result.replied_at


def starts(count, logs):
    trivial, first_number = [], []
    for _ in range(count):
        launched = time.monotonic()
        kernel = start_kernel(KERNELS, REPO / "notebooks", logs)
        try:
            trivial.append(result_time(kernel.ok("1 + 2")) - launched)
            for code in FIRST_CELLS[:-1]:
                kernel.ok(code)
            last = kernel.ok(FIRST_CELLS[-1])
            assert last.result["text/plain"] == "60965224", last.result
            first_number.append(result_time(last) - launched)
        finally:
            kernel.stop()
    return trivial, first_number


def cells_seconds(nb):
    parse = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))  # noqa: E731
    total = 0.0
    for cell in nb.cells:
        timing = cell.metadata.get("execution", {})
        if "iopub.status.busy" in timing and "iopub.status.idle" in timing:
            total += (parse(timing["iopub.status.idle"]) - parse(timing["iopub.status.busy"])).total_seconds()
    return total


def java_round(out_dir):
    walls, cells = {}, {}
    for path in NOTEBOOKS:
        nb, seconds = execute(path, out_dir)
        walls[path.name[:2]] = round(seconds, 2)
        cells[path.name[:2]] = round(cells_seconds(nb), 2)
    return walls, cells


def keras_round():
    done = subprocess.run([str(KERAS_RUNNER), "--runs", "1"], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"error: the Keras notebook failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def median(values):
    return round(statistics.median(values), 2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--no-keras", action="store_true", help="skip the Keras comparison")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not (KERNELS / "java" / "kernel.json").is_file():
        sys.exit("error: no kernelspec java in .venv: run bin/lab --execute first")
    jupyter_env()

    figures = {"cpus": os.cpu_count(), "rounds": []}
    with tempfile.TemporaryDirectory() as tmp:
        load_before = load()
        trivial, first_number = starts(args.starts, tmp)
        figures["start"] = {
            "load_1min": [load_before, load()],
            "to_1_plus_2_s": median(trivial), "to_1_plus_2_all_s": [round(t, 2) for t in trivial],
            "to_first_number_s": median(first_number), "to_first_number_all_s": [round(t, 2) for t in first_number],
        }
        for _ in range(args.rounds):
            entry = {"load_1min_java": load()}
            walls, cells = java_round(Path(tmp) / "out")
            entry.update(java_s=walls, java_cells_s=cells, java_total_s=round(sum(walls.values()), 2),
                         java_cells_total_s=round(sum(cells.values()), 2))
            if not args.no_keras:
                entry["load_1min_keras"] = load()
                keras = keras_round()
                entry.update(keras_s=keras["median_s"], keras_cells_s=keras["cells_s"][0],
                             keras_sections_s=keras["sections_s"], keras_versions=keras["versions"],
                             ratio_keras_over_java=round(keras["median_s"] / entry["java_total_s"], 2))
            figures["rounds"].append(entry)

    rounds = figures["rounds"]
    figures["median"] = {
        "java_s": {n: median([r["java_s"][n] for r in rounds]) for n in rounds[0]["java_s"]},
        "java_cells_s": {n: median([r["java_cells_s"][n] for r in rounds]) for n in rounds[0]["java_cells_s"]},
        "java_total_s": median([r["java_total_s"] for r in rounds]),
        "java_cells_total_s": median([r["java_cells_total_s"] for r in rounds]),
    }
    if not args.no_keras:
        figures["median"].update(
            keras_s=median([r["keras_s"] for r in rounds]),
            keras_cells_s=median([r["keras_cells_s"] for r in rounds]),
            ratio_keras_over_java=median([r["ratio_keras_over_java"] for r in rounds]))
    if args.json:
        print(json.dumps(figures))
        return
    s = figures["start"]
    print(f"{figures['cpus']} CPUs")
    print(f"start (load {s['load_1min'][0]} -> {s['load_1min'][1]}): launch -> `1 + 2` {s['to_1_plus_2_s']} s "
          f"{s['to_1_plus_2_all_s']}; launch -> first count (%jars, imports, count) {s['to_first_number_s']} s "
          f"{s['to_first_number_all_s']}")
    for i, r in enumerate(rounds, 1):
        line = (f"round {i}: java (load {r['load_1min_java']}) {r['java_total_s']} s, cells {r['java_cells_total_s']} s "
                f"{r['java_s']}")
        if "keras_s" in r:
            line += (f"; keras (load {r['load_1min_keras']}) {r['keras_s']} s, cells {r['keras_cells_s']} s "
                     f"{r['keras_sections_s']}; ratio {r['ratio_keras_over_java']}")
        print(line)
    m = figures["median"]
    print(f"median over {len(rounds)} rounds: java {m['java_total_s']} s (cells {m['java_cells_total_s']} s) {m['java_s']}")
    if "keras_s" in m:
        print(f"  keras {m['keras_s']} s (cells {m['keras_cells_s']} s); Keras / Java {m['ratio_keras_over_java']}")
    quietest = min(rounds, key=lambda r: r["load_1min_java"])
    print(f"quietest round (load {quietest['load_1min_java']}): java {quietest['java_total_s']} s"
          + (f", keras {quietest['keras_s']} s, ratio {quietest['ratio_keras_over_java']}" if "keras_s" in quietest else ""))


if __name__ == "__main__":
    main()
