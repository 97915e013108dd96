"""Fixtures for the browser tests: JupyterLab started by bin/lab, and the Node side of Playwright.

The server is shared by the tests of this directory and always stopped at the end, with every
kernel it started, whether the tests passed or not. The committed notebooks are compared before
and after: a run in the browser must leave notebooks/ exactly as it was.
"""

import os
import shutil
import subprocess

import pytest

from browser_harness import CHROMIUM, HERE, NOTEBOOKS, changes, snapshot, start_lab, stop_lab


@pytest.fixture(scope="session")
def notebooks_before():
    return snapshot(NOTEBOOKS)


@pytest.fixture(scope="session")
def lab(tmp_path_factory, notebooks_before):
    lab = start_lab(tmp_path_factory.mktemp("lab"))
    try:
        yield lab
    finally:
        stop_lab(lab)
        after = snapshot(NOTEBOOKS)
        if after != notebooks_before:
            # Report the change, and undo it so that it is not committed by accident.
            for rel in set(after) - set(notebooks_before):
                target = NOTEBOOKS / rel
                if target.is_dir():
                    shutil.rmtree(target, ignore_errors=True)
                elif target.exists():
                    target.unlink()
            for rel, content in notebooks_before.items():
                if content is not None and after.get(rel) != content:
                    (NOTEBOOKS / rel).write_bytes(content)
            pytest.fail("the browser session changed notebooks/: " + "; ".join(changes(notebooks_before, after)),
                        pytrace=False)


@pytest.fixture(scope="session")
def node_modules():
    """playwright-core from package-lock.json (npm ci), installed only when missing or outdated."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            pytest.fail(f"the browser test needs {tool} (Node.js 20 or newer) on PATH", pytrace=False)
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"no Chromium at {CHROMIUM}: install Debian's package (apt-get install chromium) "
                    "or set CHROMIUM=/path/to/chromium", pytrace=False)
    installed = HERE / "node_modules" / ".package-lock.json"
    lock = HERE / "package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE,
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"npm ci failed in {HERE}:\n{done.stdout}\n{done.stderr}"
    return HERE / "node_modules"
