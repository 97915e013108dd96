"""Fixtures for the fault tests: the Java kernel exactly as bin/lab installs it into .venv,
driven through jupyter_client with the helpers of tests/kernel/kernel_harness.py.

One kernel, started in notebooks/ with the library loaded the notebooks' way (`%jars`), is
shared by the tests that leave it usable; tests that restart or need a fresh kernel start their own.
"""

import pytest

from faults_harness import LIB_JAR, LOAD_LIBRARY, NOTEBOOKS, VENV_KERNELS
from kernel_harness import start_kernel


@pytest.fixture(scope="session")
def installed_kernels():
    """.venv's kernels directory, where bin/lab (and bin/test) install the kernelspec `java`."""
    if not (VENV_KERNELS / "java" / "kernel.json").is_file():
        pytest.fail(f"no kernelspec 'java' in {VENV_KERNELS}: run bin/lab --execute (or bin/test) first",
                    pytrace=False)
    if not LIB_JAR.is_file():
        pytest.fail(f"{LIB_JAR} is missing: build it with `mvn -B -q package -DskipTests`", pytrace=False)
    return VENV_KERNELS


@pytest.fixture(scope="session")
def library_kernel(installed_kernels, tmp_path_factory):
    """A kernel in notebooks/ with the paramcount library loaded, shared by the tests of this directory."""
    kernel = start_kernel(installed_kernels, NOTEBOOKS, tmp_path_factory.mktemp("faults"))
    try:
        kernel.ok(LOAD_LIBRARY)
        kernel.ok("import dev.paramcount.ParamCount;\nimport dev.paramcount.model.*;\n"
                  "import dev.paramcount.presets.AlexNets;\nimport dev.paramcount.nd4j.*;")
        yield kernel
    finally:
        kernel.stop()


@pytest.fixture
def fresh_kernel(installed_kernels, tmp_path):
    started = []

    def start():
        kernel = start_kernel(installed_kernels, NOTEBOOKS, tmp_path)
        started.append(kernel)
        return kernel

    yield start
    for kernel in started:
        kernel.stop()
