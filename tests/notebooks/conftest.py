"""Fixtures for the notebook tests: every notebook in notebooks/ executed headless on the installed
`java` kernel, through tools/execute_notebooks.py (what `bin/lab --execute` runs), once per session.

Needs what `bin/lab` or `bin/test` set up: lib/target/paramcount-all.jar and the kernelspec `java`
in .venv. Jupyter is pointed at .venv the way bin/_common.sh does, so a kernelspec `java` in the
user's home cannot stand in for ours.
"""

import json
import re
from pathlib import Path

import pytest

from notebook_checks import NOTEBOOKS, REPO, VENV, run_notebook, short, use_venv_jupyter_dirs

use_venv_jupyter_dirs()

LIB_JAR = REPO / "lib" / "target" / "paramcount-all.jar"
SETUP_HINT = "run `bin/lab --execute` (or `bin/test`) first: it builds the jars and installs the kernel into .venv"


def installed_java_kernelspec():
    """The kernelspec `java` that nbclient will start, as (resource dir, argv); fails unless it is .venv's."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec("java")
    except NoSuchKernel:
        pytest.fail(f"no Jupyter kernelspec named 'java' is installed: {SETUP_HINT}", pytrace=False)
    where = Path(spec.resource_dir).resolve()
    expected = (VENV / "share" / "jupyter" / "kernels" / "java").resolve()
    if where != expected:
        pytest.fail(f"the kernelspec 'java' Jupyter would use is {where}, not the project's {expected} "
                    f"(check JUPYTER_DATA_DIR / JUPYTER_PATH): {SETUP_HINT}", pytrace=False)
    return where, spec.argv


def pytest_report_header(config):
    spec = VENV / "share" / "jupyter" / "kernels" / "java" / "kernel.json"
    if spec.is_file():
        argv = json.loads(spec.read_text())["argv"]
        jar = next((a for a in argv if a.endswith(".jar")), " ".join(argv[:3]))
        return f"notebooks: kernelspec java in .venv runs {jar}"
    return "notebooks: no kernelspec java in .venv"


@pytest.fixture(scope="session")
def java_kernel():
    """Checks, before any notebook runs, that the notebooks will run on the project's kernel setup."""
    if not LIB_JAR.is_file():
        pytest.fail(f"{LIB_JAR} is missing (the notebooks load it with %jars): {SETUP_HINT}", pytrace=False)
    return installed_java_kernelspec()


def execute_all(out_dir):
    return {short(path): run_notebook(path, out_dir) for path in NOTEBOOKS}


@pytest.fixture(scope="session")
def runs(java_kernel, tmp_path_factory):
    """Every notebook, executed once: {'01': Run, ...}. About 40 s on a quiet machine."""
    assert NOTEBOOKS, "no notebooks found in notebooks/"
    return execute_all(tmp_path_factory.mktemp("executed"))


@pytest.fixture(scope="session")
def second_runs(java_kernel, runs, tmp_path_factory):
    """Every notebook executed a second time, in fresh kernels, for the determinism test."""
    return execute_all(tmp_path_factory.mktemp("executed-again"))


@pytest.fixture(scope="session")
def notebook_copy(tmp_path_factory):
    """Executes an edited copy of a committed notebook, as a student's edit-and-rerun would.

    The copy sits in a directory laid out like the repository (lib/ and notebooks/models linked
    back), so its `%jars ../lib/target/...` and `models/...` paths resolve unchanged."""
    import nbformat

    root = tmp_path_factory.mktemp("edited")
    (root / "lib").symlink_to(REPO / "lib", target_is_directory=True)
    (root / "notebooks").mkdir()
    (root / "notebooks" / "models").symlink_to(REPO / "notebooks" / "models", target_is_directory=True)

    def run(name, edits):
        """edits: {source pattern (regex) in one code cell: replacement}; each must match exactly once."""
        source = next(p for p in NOTEBOOKS if p.name.startswith(name))
        nb = nbformat.read(source, as_version=4)
        for pattern, replacement in edits.items():
            hits = [c for c in nb.cells if c.cell_type == "code" and re.search(pattern, c.source)]
            assert len(hits) == 1, f"{source.name}: expected one code cell matching {pattern!r}, found {len(hits)}"
            hits[0].source, n = re.subn(pattern, replacement, hits[0].source)
            assert n == 1, f"{source.name}: {pattern!r} matches {n} times in its cell"
        copy = root / "notebooks" / source.name
        nbformat.write(nb, copy)
        return run_notebook(copy, root / "out")

    return run
