"""A notebook like ours, run headless by nbclient on the kernel, as bin/lab --execute does."""


import nbformat
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

from kernel_harness import build_jar, png_size


def test_a_notebook_with_jars_printing_and_a_chart_runs_headless(kernels_dir, javac, tmp_path):
    build_jar(javac, tmp_path, tmp_path / "lib" / "target" / "greeter.jar", "hello", "Hello", "Hi")
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "java", "display_name": "Java", "language": "java"}
    nb.cells = [
        nbformat.v4.new_code_cell("%jars ../lib/target/greeter.jar"),
        nbformat.v4.new_code_cell('import demo.hello.Hello;\nSystem.out.println(Hello.greet("reader"));'),
        nbformat.v4.new_code_cell(
            "import java.awt.*;\nimport java.awt.image.BufferedImage;\n"
            "BufferedImage chart = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);\n"
            "Graphics2D g = chart.createGraphics();\ng.setColor(Color.ORANGE);\ng.fillRect(4, 4, 20, 40);\ng.dispose();\n"
            "chart"),
        nbformat.v4.new_code_cell("long params = 256L * 4096 + 4096;\nparams"),
    ]
    manager = KernelManager(kernel_name="java", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernels_dir)]))
    NotebookClient(nb, km=manager, timeout=120, resources={"metadata": {"path": str(notebooks)}}).execute()

    assert nb.cells[0].outputs == []
    assert [o["text"] for o in nb.cells[1].outputs] == ["Hi, reader\n"]
    [image] = nb.cells[2].outputs
    assert image["output_type"] == "execute_result"
    assert png_size(image["data"]["image/png"]) == (64, 48)
    assert nb.cells[3].outputs[0]["data"]["text/plain"] == "1052672"
    assert nb.metadata["language_info"]["name"] == "java"
