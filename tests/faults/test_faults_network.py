"""Nothing in the notebooks reaches the network: no network calls in their code, a kernel that
listens only on loopback, and every notebook runs in a network namespace with loopback alone."""

import json
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from faults_harness import NOTEBOOKS, REPO

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "browser"))
from browser_harness import listening_sockets  # noqa: E402

# What Java code needs to reach another machine, and what a %jars line would fetch.
NETWORK_CODE = re.compile(
    r"https?://|\bURL\s*\(|\bURI\s*\.\s*create|\bHttpClient\b|\bHttpURLConnection\b|\bSocket\b|"
    r"\bDatagramSocket\b|\bopenStream\b|\bopenConnection\b|%maven|%jars\s+\S*://", re.IGNORECASE)


def code_cells():
    for path in sorted(NOTEBOOKS.glob("[0-9]*.ipynb")):
        for index, cell in enumerate(nbformat.read(path, as_version=4).cells, start=1):
            if cell.cell_type == "code":
                yield path.name, index, cell.source


def test_the_notebooks_code_calls_no_network_api():
    cells = list(code_cells())
    assert len({name for name, _, _ in cells}) == 6, "all six notebooks were read"
    found = [f"{name} cell {index}: {match.group(0)}" for name, index, source in cells
             for match in NETWORK_CODE.finditer(source)]
    assert found == []


def test_the_scan_would_find_network_code():
    for code in ['new java.net.URL("https://example.org/model.json").openStream()',
                 "java.net.http.HttpClient.newHttpClient()", "new java.net.Socket(host, 80)",
                 "%jars https://repo.example/lib.jar"]:
        assert NETWORK_CODE.search(code), code


def test_the_installed_kernel_listens_only_on_its_connection_files_ip(library_kernel):
    info = library_kernel.manager.get_connection_info()
    assert info["ip"] == "127.0.0.1"
    ports = {info[k] for k in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")}
    sockets = listening_sockets(library_kernel.manager.provisioner.process.pid)
    assert {port for _, port in sockets} == ports, sockets
    assert all(address == "127.0.0.1" for address, _ in sockets), sockets


def test_every_notebook_runs_without_any_network(tmp_path):
    """`unshare -n` gives the run a network namespace of its own with only a loopback device:
    a notebook that tried to fetch anything would fail. The client and kernel talk over that loopback."""
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode != 0:
        pytest.fail("this test needs `unshare -n` (util-linux, run as root): it could not make a network namespace",
                    pytrace=False)
    notebooks = [str(p) for p in sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))]
    script = ('ip link set lo up && devices=$(ip -o link show | cut -d: -f2 | tr -d " ") && '
              '{ [ "$devices" = lo ] || { echo "devices: $devices" >&2; exit 3; }; } && '
              'exec "$0" tools/execute_notebooks.py --out "$1" "${@:2}"')
    done = subprocess.run(["unshare", "-n", "bash", "-c", script, str(REPO / ".venv" / "bin" / "python"),
                           str(tmp_path), *notebooks],
                          cwd=REPO, capture_output=True, text=True, timeout=1800,
                          env=jupyter_env())
    assert done.returncode == 0, done.stderr[-4000:]
    assert f"all {len(notebooks)} notebooks executed" in done.stderr
    executed = nbformat.read(tmp_path / "01-the-25m-mystery.ipynb", as_version=4)
    text = json.dumps(executed.cells[7].outputs)
    assert "Total params: 25,678,184" in text


def jupyter_env():
    """The Jupyter directories inside .venv, read from bin/_common.sh rather than repeated here."""
    import os
    names = ["JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTER_PLATFORM_DIRS", "IPYTHONDIR"]
    printed = subprocess.run(
        ["bash", "-c", 'source bin/_common.sh && pc_jupyter_env && for n in "$@"; do printf "%s=%s\\n" "$n" "${!n}"; done',
         "_", *names], cwd=REPO, capture_output=True, text=True, check=True).stdout
    return dict(os.environ, **dict(line.split("=", 1) for line in printed.splitlines()))
