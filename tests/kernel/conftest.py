"""Fixtures for the kernel protocol tests: the real kernel, driven through jupyter_client.

The kernel jar must already be built (`mvn -B -q -pl kernel -am package -DskipTests`); the
kernelspec is installed by the jar's own installer into a temporary prefix, and Jupyter is
pointed at that prefix only, so nothing is read from or written to the user's home.
"""

from pathlib import Path

import pytest

from kernel_harness import KERNEL_JAR, install_kernelspec, kernel_java, start_kernel


@pytest.fixture(scope="session")
def kernel_jar():
    if not KERNEL_JAR.is_file():
        pytest.fail(
            f"{KERNEL_JAR} is missing: build it first with "
            "`mvn -B -q -pl kernel -am package -DskipTests` (from the repository root)",
            pytrace=False,
        )
    return KERNEL_JAR


@pytest.fixture(scope="session")
def kernels_dir(kernel_jar, tmp_path_factory):
    """The kernelspec as bin/lab installs it (class-data archive included), in a temporary prefix."""
    return install_kernelspec(kernel_jar, tmp_path_factory.mktemp("prefix"))


@pytest.fixture
def new_kernel(kernels_dir, tmp_path):
    """Starts kernels (in `cwd`, default a fresh directory) and stops them after the test."""
    started = []

    def start(cwd=None):
        kernel = start_kernel(kernels_dir, cwd or tmp_path, tmp_path)
        started.append(kernel)
        return kernel

    yield start
    for kernel in started:
        kernel.stop()


@pytest.fixture(scope="session")
def kernel(kernels_dir, tmp_path_factory):
    """One kernel shared by the tests that only need a working kernel."""
    work = tmp_path_factory.mktemp("work")
    k = start_kernel(kernels_dir, work, work)
    yield k
    k.stop()


@pytest.fixture(scope="session")
def javac(kernels_dir):
    """javac from the same JDK as the kernel, to build the small jars the magics tests load."""
    candidate = Path(kernel_java(kernels_dir)).with_name("javac")
    if not candidate.exists():
        pytest.fail(f"no javac next to {kernel_java(kernels_dir)}: the tests need a full JDK", pytrace=False)
    return str(candidate)
