"""Where the fault tests find the kernel as bin/lab installs it, and small helpers they share."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "kernel"))

from kernel_harness import REPO, fresh_client  # noqa: E402,F401 (fresh_client: for the tests here)

VENV_KERNELS = REPO / ".venv" / "share" / "jupyter" / "kernels"
LIB_JAR = REPO / "lib" / "target" / "paramcount-all.jar"
NOTEBOOKS = REPO / "notebooks"
LOAD_LIBRARY = "%jars ../lib/target/paramcount-all.jar"


def kernel_pid(kernel):
    return kernel.manager.provisioner.process.pid
