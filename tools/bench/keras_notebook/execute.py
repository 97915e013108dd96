"""Executes alexnet_keras.ipynb headless on the `python3` kernel of .venv-keras3 and prints timings.

Run through run.sh (which sets up .venv-keras3 and Jupyter's dirs); prints one JSON line:
  runs_s        wall time of each run: kernel start, every cell, kernel shutdown
  cells_s       the cells alone (busy -> idle of each cell, summed), per run
  sections_s    the cells of each section (one per Java notebook), median over the runs
  load_1min     the 1-minute load average before each run (a shared 2-core machine)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent
NOTEBOOK = HERE / "alexnet_keras.ipynb"


def cell_seconds(cell) -> float:
    timing = cell.metadata.get("execution", {})
    busy, idle = timing.get("iopub.status.busy"), timing.get("iopub.status.idle")
    if not busy or not idle:
        return 0.0
    parse = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))  # noqa: E731
    return (parse(idle) - parse(busy)).total_seconds()


def run_once(out_dir: Path | None):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(nb, kernel_name="python3", timeout=1800, record_timing=True,
                            resources={"metadata": {"path": str(HERE)}})
    started = time.monotonic()
    client.execute()
    wall = time.monotonic() - started
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    if errors:
        sys.exit(f"keras_notebook: a cell failed: {errors[0].ename}: {errors[0].evalue}")
    sections: dict[str, float] = {}
    for cell in nb.cells:
        if cell.cell_type == "code":
            tag = next(t for t in cell.metadata.get("tags", []) if t.startswith("section-"))[len("section-"):]
            sections[tag] = sections.get(tag, 0.0) + cell_seconds(cell)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, out_dir / NOTEBOOK.name)
    return wall, sections


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None, help="directory for the executed copy")
    args = parser.parse_args()
    walls, cells, loads, per_section = [], [], [], []
    for _ in range(args.runs):
        loads.append(round(os.getloadavg()[0], 2))
        wall, sections = run_once(args.out)
        walls.append(round(wall, 2))
        cells.append(round(sum(sections.values()), 2))
        per_section.append(sections)
    import keras
    import matplotlib
    import tensorflow as tf

    print(json.dumps({
        "notebook": str(NOTEBOOK.relative_to(HERE.parents[2])),
        "versions": {"python": platform.python_version(), "keras": keras.__version__,
                     "tensorflow": tf.__version__, "matplotlib": matplotlib.__version__},
        "runs_s": walls,
        "median_s": round(statistics.median(walls), 2),
        "cells_s": cells,
        "sections_s": {k: round(statistics.median(s[k] for s in per_section), 2) for k in sorted(per_section[0])},
        "load_1min": loads,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
