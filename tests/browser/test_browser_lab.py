"""A student's session in a real browser: JupyterLab (started by bin/lab) in headless Chromium.

lab.mjs opens notebook 01 and runs all cells from the Run menu, then reads the classic summary
(25,678,184) and the chart off the rendered page; it opens notebook 06 from the file browser,
changes the knob `fc6Units` from 4096 to 2048 in the editor, re-runs that cell and the chart
below it, and reads the new total, 33,700,200. Screenshots: target/browser-artifacts/.
"""

import os
import shutil
import subprocess

from browser_harness import ARTIFACTS, CHROMIUM, HERE, NOTEBOOKS, changes, snapshot

# Two notebooks run cold on a busy 2-core machine; the script has its own per-step limits.
SCRIPT_TIMEOUT = 1500


def test_a_student_runs_the_mystery_and_tweaks_fc6_in_the_browser(lab, node_modules, notebooks_before):
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    env = dict(os.environ, LAB_URL=lab.url, LAB_TOKEN=lab.token, ARTIFACTS=str(ARTIFACTS), CHROMIUM=CHROMIUM)
    done = subprocess.run(["node", str(HERE / "lab.mjs")], cwd=HERE, env=env,
                          capture_output=True, text=True, timeout=SCRIPT_TIMEOUT)
    print(done.stdout)
    assert done.returncode == 0, (
        f"the browser session failed (screenshots in {ARTIFACTS}):\n{done.stdout}\n{done.stderr}\n"
        f"JupyterLab's log:\n{lab.log_tail()}")
    assert "all checks held" in done.stdout
    shots = sorted(p.name for p in ARTIFACTS.glob("*.png"))
    assert any("classic-summary" in s for s in shots) and any("new-total" in s for s in shots), shots

    # Nothing was saved: no outputs in the committed notebooks, no checkpoints beside them.
    assert changes(notebooks_before, snapshot(NOTEBOOKS)) == []
