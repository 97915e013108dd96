"""The notebooks' first line: %jars of the library's shaded jar, with ND4J's native code inside."""

import pytest

from kernel_harness import REPO

LIB_JAR = REPO / "lib" / "target" / "paramcount-all.jar"


@pytest.fixture(scope="module")
def lib_jar():
    if not LIB_JAR.is_file():
        pytest.fail(f"{LIB_JAR} is missing: build the library first (`mvn -B -q package -DskipTests`)", pytrace=False)
    return LIB_JAR


def test_nd4j_loads_its_native_backend_from_a_jar_added_with_jars(new_kernel, lib_jar):
    kernel = new_kernel(cwd=REPO / "notebooks")
    kernel.ok("%jars ../lib/target/paramcount-all.jar")
    result = kernel.ok(
        "import org.nd4j.linalg.factory.Nd4j;\n"
        "var a = Nd4j.ones(3, 4);\n"
        "var b = Nd4j.ones(4, 2).muli(2);\n"
        "a.mmul(b).getDouble(0, 0)")
    assert result.result["text/plain"] == "8.0"
    assert kernel.value("Nd4j.getBackend().getClass().getSimpleName()") == "CpuBackend"
