"""tools/execute_notebooks.py, the code behind `bin/lab --execute`: a failing cell is named with the
kernel's own error in one line and a non-zero exit; the kernel's console output stays out of it."""

import subprocess
import sys
from pathlib import Path

import nbformat

from notebook_checks import REPO

SCRIPT = REPO / "tools" / "execute_notebooks.py"


def notebook(path: Path, *sources: str) -> Path:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    nb.metadata.kernelspec = {"name": "java", "display_name": "Java", "language": "java"}
    nbformat.write(nb, path)
    return path


def execute(*paths: Path, out: Path):
    return subprocess.run([sys.executable, str(SCRIPT), "--out", str(out), *map(str, paths)],
                          capture_output=True, text=True, timeout=600)


def test_a_failing_cell_is_named_with_the_kernels_error_and_the_run_stops(java_kernel, tmp_path):
    bad = notebook(tmp_path / "bad.ipynb", "int ok = 1;", "int zero = 0;\nok / zero")
    never = notebook(tmp_path / "never.ipynb", "1 + 1")
    done = execute(bad, never, out=tmp_path / "out")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == \
        "paramcount: error: bad.ipynb: cell 2 failed: java.lang.ArithmeticException: / by zero"
    # The executed copy up to the failure is written; the next notebook never ran.
    assert (tmp_path / "out" / "bad.ipynb").is_file()
    assert not (tmp_path / "out" / "never.ipynb").exists()


def test_a_clean_run_prints_only_its_own_progress_lines(java_kernel, tmp_path):
    fine = notebook(tmp_path / "fine.ipynb", 'System.out.println("hello")')
    done = execute(fine, out=tmp_path / "out")
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines and all(line.startswith("paramcount: ") for line in lines), lines
    assert nbformat.read(tmp_path / "out" / "fine.ipynb", as_version=4).cells[0].outputs[0].text == "hello\n"
