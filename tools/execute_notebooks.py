"""Execute notebooks headless on the installed Java kernel, the way a student's "Run All" would.

Used by `bin/lab --execute` and by the notebook tests. Each notebook runs in its own kernel
with the notebook's directory as working directory (so `%jars ../lib/target/...` resolves as
it does in JupyterLab). Executed copies are written to --out. On the first failing cell the
script names the notebook and the cell and exits 1. What a kernel writes to its own stderr (in
JupyterLab: the server's console; e.g. the JDK's warning about the kernel's exit guard) is kept
out of the terminal and shown only when that kernel dies.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

KERNEL_NAME = "java"


class NotebookFailure(Exception):
    """A notebook cell failed; the message names the notebook and the cell."""


def failing_cell(nb) -> str:
    """Names the cell whose outputs hold the error (1-based, counting every cell as JupyterLab shows them)."""
    for index, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                return f"cell {index}"
    return "a cell"


def execute(path: Path, out_dir: Path | None, timeout: int = 600) -> tuple[nbformat.NotebookNode, float]:
    """Runs every cell of `path`; returns the executed notebook and the seconds it took."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name=KERNEL_NAME,
        timeout=timeout,
        resources={"metadata": {"path": str(path.parent.resolve())}},
    )
    started = time.monotonic()
    kernel_log = tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace")
    try:
        client.execute(stderr=kernel_log)
    except CellExecutionError as e:
        # The kernel's own words for the error (e.g. "java.lang.ArithmeticException: / by zero");
        # str(e) is the cell's source and a traceback, which may be empty.
        summary = (getattr(e, "evalue", "") or getattr(e, "ename", "") or "error").strip().splitlines()[0]
        raise NotebookFailure(f"{path.name}: {failing_cell(nb)} failed: {summary}") from None
    except CellTimeoutError:
        raise NotebookFailure(f"{path.name}: {failing_cell(nb)} did not finish within {timeout} s") from None
    except DeadKernelError as e:
        kernel_log.seek(0)
        said = kernel_log.read().strip()
        raise NotebookFailure(f"{path.name}: the kernel died: {e}" + (f"; it said:\n{said}" if said else "")) from None
    finally:
        kernel_log.close()
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, out_dir / path.name)
    return nb, time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=None, help="directory for the executed copies")
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell")
    args = parser.parse_args(argv)
    total = 0.0
    for path in args.notebooks:
        try:
            _, seconds = execute(path, args.out, args.timeout)
        except NotebookFailure as failure:
            print(f"paramcount: error: {failure}", file=sys.stderr)
            return 1
        total += seconds
        print(f"paramcount: executed {path.name} in {seconds:.1f} s", file=sys.stderr)
    print(f"paramcount: all {len(args.notebooks)} notebooks executed in {total:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
