"""The kernel on a Java newer than 23, which has no security manager: it starts and works, says
once on its stderr that System.exit in a cell will end it, and a cell that calls it ends the
process (as in IJava); Jupyter's restart brings back a working kernel.

Runs when a JDK 24 or newer is found: $PARAMCOUNT_TEST_NEWER_JDK (a JDK's home), else the newest
under /usr/lib/jvm.
"""

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from kernel_harness import TIMEOUT, start_kernel


def feature_of(java):
    shown = subprocess.run([str(java), "-XshowSettings:properties", "-version"],
                           capture_output=True, text=True, timeout=60).stderr
    match = re.search(r"java\.specification\.version = (\d+)", shown)
    return int(match.group(1)) if match else 0


def newer_jdk():
    homes = [Path(os.environ["PARAMCOUNT_TEST_NEWER_JDK"])] if os.environ.get("PARAMCOUNT_TEST_NEWER_JDK") \
        else sorted(Path("/usr/lib/jvm").glob("*")) if Path("/usr/lib/jvm").is_dir() else []
    found = [(feature_of(h / "bin" / "java"), h) for h in homes if (h / "bin" / "java").exists() and (h / "bin" / "jshell").exists()]
    found = [(f, h) for f, h in found if f >= 24]
    return max(found)[1] if found else None


@pytest.fixture(scope="module")
def newer_kernels(kernel_jar, tmp_path_factory):
    home = newer_jdk()
    if home is None:
        pytest.skip("no JDK 24 or newer (set PARAMCOUNT_TEST_NEWER_JDK to one)")
    prefix = tmp_path_factory.mktemp("newer")
    done = subprocess.run([str(home / "bin" / "java"), "-jar", str(kernel_jar), "install", "--prefix", str(prefix), "--no-cds"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return prefix / "share" / "jupyter" / "kernels"


def test_the_installer_leaves_out_the_option_newer_jvms_refuse_to_start_with(newer_kernels):
    argv = json.loads((newer_kernels / "java" / "kernel.json").read_text())["argv"]
    assert not any(a.startswith("-Djava.security.manager") for a in argv), argv


def test_system_exit_ends_the_kernel_there_and_a_restart_brings_it_back(newer_kernels, tmp_path):
    kernel = start_kernel(newer_kernels, tmp_path, tmp_path)
    try:
        assert int(kernel.value("Runtime.version().feature()")) >= 24
        assert "System.exit in a cell will end this kernel" in kernel.kernel_log()
        process = kernel.manager.provisioner.process
        kernel.send("System.exit(0);")
        process.wait(timeout=30)
        assert not kernel.manager.is_alive()
        kernel.manager.restart_kernel(now=True)
        kernel.client.wait_for_ready(timeout=TIMEOUT)
        assert kernel.value("1 + 1") == "2"
    finally:
        kernel.stop()
