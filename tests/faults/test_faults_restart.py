"""A kernel restart, then the notebook again: the same outputs, text and charts alike."""

import base64
import hashlib

import nbformat

from faults_harness import NOTEBOOKS, kernel_pid


def run_notebook(kernel, path):
    """Every code cell in order, as Run All does; returns each cell's outputs in a comparable form."""
    outputs = []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        result = kernel.execute(cell.source, timeout=600)
        assert result.status == "ok", f"{path.name}: {cell.source[:60]!r} failed: {result.messages}"
        shown = []
        for msg in result.of_type("stream", "execute_result", "display_data"):
            content = msg["content"]
            if msg["msg_type"] == "stream":
                # A notebook joins consecutive chunks of one stream into one output; where the
                # kernel cut the text into messages depends on timing, so compare the joined text.
                if shown and shown[-1][0] == content["name"]:
                    shown[-1] = (content["name"], shown[-1][1] + content["text"])
                else:
                    shown.append((content["name"], content["text"]))
            else:
                data = content["data"]
                if "image/png" in data:
                    png = base64.b64decode(data["image/png"])
                    shown.append(("image/png", hashlib.sha256(png).hexdigest()))
                else:
                    shown.append(("text/plain", data.get("text/plain")))
        outputs.append(shown)
    return outputs


def test_a_restart_then_the_notebook_again_gives_the_same_outputs(fresh_kernel):
    kernel = fresh_kernel()
    notebooks = [NOTEBOOKS / "01-the-25m-mystery.ipynb", NOTEBOOKS / "06-tweak-it-yourself.ipynb"]
    first = [run_notebook(kernel, nb) for nb in notebooks]
    old_pid = kernel_pid(kernel)
    kernel.manager.restart_kernel(now=False)
    kernel.client.wait_for_ready(timeout=120)
    assert kernel_pid(kernel) != old_pid, "the restart started a new process"
    second = [run_notebook(kernel, nb) for nb in notebooks]
    assert second == first
    # The comparison had something to compare: the summary's total and a chart are among them.
    flat = [item for nb in first for cell in nb for item in cell]
    assert any(kind == "stdout" and "Total params: 25,678,184" in text for kind, text in flat)
    assert sum(kind == "image/png" for kind, _ in flat) >= 4
